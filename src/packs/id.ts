import type { LanguagePack } from './types';

/**
 * Indonesian, as teens write it in DMs: kamu/km/lu/lo/elu, aku/gue/gw,
 * -mu/-nya suffixes, dong/deh/ya/yuk, pap, vc, wa, tele, ortu, wkwk.
 * Grammar: request verb x object x modifier, with the hard negatives
 * beside the rule they guard. Format: ./FORMAT.md.
 */

export const idPack: LanguagePack = {
  lang: 'id',
  lexicon: {
    /** "A pity if", who, "found out / saw" (threat.shame_if_they_knew). */
    shame_lead: ['sayang banget kalau', 'sayang bgt kalo', 'sayang banget kalo', 'sayang bgt kalau', 'sayang kalau', 'sayang kalo', 'kasian kalau', 'kasian kalo', 'kasihan kalau', 'malu dong kalau', 'malu dong kalo'],
    shame_audience: ['sekolah', 'ortu', 'orang tua', 'mama', 'papa', 'temen', 'teman', 'guru', 'grup kelas', 'satu sekolah', 'keluarga', 'followers'],
    shame_verb: ['tau', 'tahu', 'liat', 'lihat', 'ngeliat', 'sampe tau', 'nyebar'],
    /** Pictures, and "that you didn't post" (photo.unposted_pics). */
    unposted_pic: ['foto', 'fotonya', 'pap', 'pict', 'yg lain', 'yang lain'],
    unposted_where: ['yg ga di upload', 'yang ga diupload', 'yg gak diupload', 'yang gak di upload', 'yg ga diupload', 'yg ga ada di ig', 'yang ga ada di ig', 'yg ga dipost', 'yang gak dipost', 'yg belum diupload'],
    // --- verbs -------------------------------------------------------------
    send: ['kirim', 'kirimin', 'kirimkan', 'kirimlah', 'krm', 'send', 'sen', 'share', 'bagi', 'bagiin', 'kasih', 'kasi', 'minta', 'mintain', 'liatin', 'lihatin', 'tunjukin', 'pap', 'post', 'upload', 'dm'],
    show_me: ['liat dong', 'lihat dong', 'mau liat', 'mau lihat', 'pengen liat', 'pengen lihat', 'pgn liat', 'kepo liat', 'liatin', 'lihatin', 'tunjukin', 'coba liat'],
    you: ['kamu', 'km', 'kmu', 'lu', 'lo', 'loe', 'elu', 'elo', 'kau', 'dirimu', 'kakak', 'kak', 'dek', 'adek', 'say', 'sayang', 'beb'],
    your: ['kamu', 'km', 'mu', 'lu', 'lo', 'elu', 'kau', 'nya', 'fotomu', 'badanmu', 'mukamu', 'wajahmu'],
    pic: ['foto', 'fotoin', 'videoin', 'fotomu', 'fotonya', 'fotokamu', 'poto', 'potomu', 'photo', 'pic', 'pict', 'pics', 'gambar', 'selfie', 'swafoto', 'pap', 'video', 'videomu', 'videonya', 'vidio', 'vid', 'rekaman', 'ss', 'full body', 'fullbody', 'bugil', 'telanjang', 'seksi', 'sexy', 'hot', '@pic_emoji'],
    body: ['badan', 'badanmu', 'tubuh', 'muka', 'mukamu', 'wajah', 'wajahmu', 'full body', 'kamar', 'di kamar', 'lagi mandi', 'abis mandi', 'baju', 'pakai apa', 'pake apa', 'tanpa baju', 'dalaman', 'bh', 'cantik', 'ganteng', 'seksi', 'hot', 'lagi apa'],
    /** Undressed or in bed: a photo ask with one of these is unambiguous (conversation.ts UNAMBIGUOUS_RULES); 'muka' or 'baju' is not. */
    undressed: [
      'tanpa baju', 'ga pake baju', 'gak pake baju', 'nggak pake baju', 'tdk pakai baju', 'tanpa busana', 'telanjang', 'bugil', 'dalaman', 'daleman', 'pakaian dalam', 'celana dalam', 'bh', 'bikini',
      'lagi mandi', 'abis mandi', 'habis mandi', 'pake handuk', 'di kamar mandi', 'di kasur', 'baju tidur', 'piyama', 'full body', 'badanmu', 'badan kamu', 'tubuhmu', 'tubuh kamu', 'seksi', 'sexy',
    ],
    undressed_lead: ['@pic', '@show_me', '@send'],
    /** The sender's picture sent first, then the teen's asked for (photo.your_turn). */
    sent_mine: ['aku udah kirim', 'aku udh kirim', 'udah aku kirim', 'aku sudah kirim', 'aku udah pap', 'udah kukirim', 'aku kirim punyaku', 'aku dah kirim'],
    your_turn: ['giliran kamu', 'giliranmu', 'gantian', 'sekarang kamu', 'kirim punyamu', 'pap balik', 'bales pap', 'balas pap'],
    /** Words for nude pictures themselves: asked for, they are the ask (photo.send_nudes). */
    nudes: ['nudes', 'nudez', 'nudz', 'foto bugil', 'pap bugil', 'foto telanjang', 'video bugil', 'foto nude', 'pap nude', 'konten dewasa'],
    send_nudes_lead: ['@send', '@show_me', 'punya', 'ada', 'tuker', 'tukeran', 'jual'],
    camera: ['vc', 'video call', 'videocall', 'vidcall', 'vcs', 'kamera', 'kamera on', 'nyalain kamera', 'on cam'],
    /** Asking the teen to undress, or to be undressed, on a call (photo.undress_on_camera). */
    undress_ask: ['buka jilbab', 'lepas jilbab', 'buka hijab', 'lepas hijab', 'lepas kerudung', 'buka baju', 'bukain baju', 'lepas baju', 'lepasin baju', 'copot baju', 'buka bajunya', 'lepas bajunya', 'buka celana', 'lepas celana'],
    call: ['call', 'telpon', 'telepon'],
    just_us: ['buat aku aja', 'buat aku doang', 'untuk aku aja', 'buat aku', 'aku aja', 'cuma aku', 'cuman aku', 'kita berdua', 'berdua aja', 'kita aja', 'jangan kasih orang', 'jangan kasih siapa', 'jangan dikasih', 'ga aku sebar', 'gak aku sebar', 'ga bakal aku sebar', 'privat', 'private', 'rahasia'],
    schoolwork: ['pr', 'tugas', 'catatan', 'catetan', 'materi', 'jadwal', 'soal', 'ujian', 'ulangan', 'buku', 'halaman', 'rangkuman', 'kerja kelompok', 'kelompok', 'presentasi', 'modul', 'lks', 'jawaban', 'matematika', 'mtk', 'fisika', 'kimia', 'biologi'],
    group_place: ['grup', 'group', 'gc', 'grup kelas', 'group kelas', 'grup sekolah', 'album', 'drive', 'story', 'sg', 'semua'],
    benign_pic_subject: ['kucing', 'anjing', 'study tour', 'liburan', 'makanan', 'kue', 'pemandangan', 'konser', 'wisuda', 'acara', 'lomba', 'nenek', 'kakek', 'adik', 'bayi', 'kelas'],
    // --- off platform -------------------------------------------------------
    move: ['chat', 'ngobrol', 'pindah', 'lanjut', 'add', 'follow', 'hubungi', 'kontak', 'japri', 'dm', 'pc', 'wa', 'telpon', 'telepon', 'tlp', 'call', 'save', 'simpen', 'simpan'],
    there: ['aja', 'di', 'ke', 'lewat', 'via', 'sana'],
    number: ['nomor', 'nomer', 'nomormu', 'nomermu', 'no hp', 'nomor hp', 'nomer hp', 'no wa', 'nomor wa', 'nomer wa', 'kontak', 'id line'],
    ask: ['berapa', 'brp', 'apa', 'minta', 'mana', 'bagi', 'kasih', 'kasi', 'boleh minta', 'boleh tau', 'boleh tahu'],
    here_bad: ['lebih aman', 'lebih privat', 'lebih private', 'di sini ga aman', 'disini ga aman', 'disini rame', 'ga enak di sini', 'ga enak disini', 'biar aman', 'biar ga ketahuan', 'akun lain', 'akun kedua', 'akun kedua aku', 'second account', 'akun fake', 'pesan sementara', 'pesan hilang', 'disappearing messages'],
    // --- secrecy ------------------------------------------------------------
    neg: ['jangan', 'jgn', 'jngn', 'ga usah', 'gak usah', 'nggak usah', 'gausah', 'gk usah', 'ga perlu', 'gak perlu', 'ngga usah'],
    tell: ['bilang', 'bilangin', 'kasih tau', 'kasih tahu', 'kasitau', 'cerita', 'cerita2', 'ngomong', 'lapor', 'lapor2', 'ngadu', 'kasi tau', 'kasih liat', 'tunjukin'],
    who: ['siapa', 'siapa2', 'siapapun', 'siapa pun', 'orang', 'orang lain', 'ortu', 'ortumu', 'orang tua', 'orangtua', 'mama', 'mamamu', 'mamah', 'mami', 'papa', 'papamu', 'papah', 'ibu', 'ibumu', 'bapak', 'bapakmu', 'ayah', 'ayahmu', 'bunda', 'temen', 'temen2', 'teman', 'teman2', 'temanmu', 'temenmu', 'guru', 'kakakmu', 'adikmu', 'pacarmu', 'keluarga', 'keluargamu'],
    about_us: ['soal aku', 'soal kita', 'tentang aku', 'tentang kita', 'tentang ini', 'soal ini', 'masalah ini', 'hal ini', 'ini ya', 'chat kita', 'kita'],
    secret: ['rahasia kita', 'rahasia kita berdua', 'rahasiain', 'rahasiakan', 'rahasia ya', 'jadi rahasia', 'diem2', 'diam2', 'diam diam', 'diem diem', 'cukup kita', 'kita aja yang tau', 'kita aja yg tau', 'ga usah ada yang tau', 'gak usah ada yang tau', 'jangan sampe ketahuan', 'jangan sampai ketahuan', 'biar ga ketahuan', 'ga bakal ada yang tau', 'gak bakal ada yang tau', 'ga bakal ada yg tau', 'gak bakal ada yg tau', 'ga akan ada yang tau', 'tidak akan ada yang tahu', 'gak akan ada yang tahu', '@secret_emoji'],
    delete: ['hapus', 'apus', 'hapusin', 'apusin', 'delete', 'del', 'unsend'],
    chat_obj: ['chat', 'chatnya', 'chat ini', 'chat kita', 'pesan', 'pesannya', 'percakapan', 'obrolan', 'dm', 'history', 'riwayat', 'ini'],
    cover_story: ['bilang aja', 'bilang ke mama', 'bilang ke ortu', 'bilang ke ibu', 'bilang ke papa', 'alesan', 'alasan', 'pura2', 'pura pura', 'ngakunya', 'ngaku aja'],
    cover_place: ['nginep', 'nginap', 'rumah temen', 'rumah teman', 'kerja kelompok', 'belajar bareng', 'les', 'temen cewek', 'teman sekolah'],
    surprise: ['surprise', 'kejutan', 'ultah', 'ulang tahun', 'kado', 'hadiah', 'pesta', 'spoiler', 'ending', 'rencana', 'gebetan', 'naksir'],
    // --- meetup -------------------------------------------------------------
    meet: ['ketemu', 'ketemuan', 'ktm', 'ktmu', 'ketemu yuk', 'kopdar', 'jalan', 'jalan2', 'jalan bareng', 'main', 'main ke', 'nongkrong', 'jumpa', 'ngedate', 'date', 'dinner'],
    meet_time: ['yuk', 'yok', 'ayo', 'ayok', 'kapan', 'besok', 'nanti', 'ntar', 'malam ini', 'malem ini', 'sabtu', 'minggu', 'weekend', 'minggu depan', 'jam berapa', 'di mana', 'dimana', 'berdua', 'berdua aja', 'sendiri', 'sendirian', 'mau', 'gimana kalo', 'gmn kalo'],
    pickup: ['jemput', 'jemputin', 'aku jemput', 'dijemput', 'anter', 'anterin', 'antar', 'samperin', 'datang ke', 'dateng ke', 'mampir', 'aku tunggu', 'ku tunggu', 'kutunggu', 'nunggu di', 'tunggu di', 'tunggu depan'],
    place_you: ['sekolah', 'sekolahmu', 'rumah', 'rumahmu', 'rumah kamu', 'kosan', 'kos', 'depan', 'gang', 'kota kamu', 'kotamu', 'daerah kamu', 'daerahmu', 'pulang sekolah'],
    my_place: ['rumahku', 'rumah aku', 'kosanku', 'kos aku', 'apartemen', 'apartemenku', 'hotel', 'kamarku', 'tempatku', 'tempat aku', 'mobilku'],
    travel: ['ongkos', 'ongkir', 'tiket', 'ojol', 'gojek', 'grab', 'ojek', 'travel', 'pesawat', 'kereta', 'bensin', 'aku bayarin', 'aku yang bayar', 'aku tanggung'],
    /** Paying your share, or asking them to pay theirs: friends splitting a ride, not a stranger paying the teen's way (meet.pay_travel). */
    split_cost: ['patungan', 'bagi dua', 'dibagi dua', 'bayar sendiri', 'bayar masing masing', 'split bill'],
    benign_meet: ['perpus', 'perpustakaan', 'kelas', 'kerja kelompok', 'tugas kelompok', 'tugas', 'ekskul', 'latihan', 'les', 'gereja', 'masjid', 'pengajian', 'rumah nenek', 'sama mama', 'mama nanya', 'sama papa', 'sama ortu', 'bareng anak2', 'rame2', 'bareng temen2'],
    // --- gifts ----------------------------------------------------------------
    gift: ['pulsa', 'kuota', 'saldo', 'dana', 'ovo', 'gopay', 'shopeepay', 'transfer', 'tf', 'duit', 'uang', 'cuan', 'diamond', 'diamonds', 'dm ff', 'dm ml', 'skin', 'skins', 'voucher', 'giftcard', 'gift card', 'hadiah', 'kado', 'hp baru', 'iphone', 'baju baru', 'sepatu', 'jajan', 'uang jajan', 'top up', 'topup', 'traktir', 'ditraktir', 'robux', '@MONEY', '@money_emoji'],
    give: ['kasih', 'kasi', 'kirim', 'kirimin', 'transfer', 'tf', 'beliin', 'belikan', 'topupin', 'top up', 'topup', 'isiin', 'bayarin', 'traktir', 'gratis', 'free', 'hadiahin', 'dapet', 'dapat'],
    i_will: ['aku', 'ak', 'aq', 'gue', 'gw', 'saya', 'nanti', 'ntar', 'ku', 'abang', 'om'],
    if_you: ['kalo', 'kalau', 'klo', 'asal', 'asalkan', 'yang penting', 'tapi', 'syaratnya', 'buat', 'untuk', 'dulu'],
    offer: ['mau', 'mau ga', 'mau gak', 'butuh', 'gratis', 'free', 'bagi2', 'nih'],
    // --- personal info ---------------------------------------------------------
    age_q: ['umur berapa', 'umurmu berapa', 'umur kamu berapa', 'berapa umur', 'berapa umurmu', 'usia berapa', 'usiamu', 'umurnya berapa', 'lahir tahun berapa', 'thn berapa'],
    where_q: ['di mana', 'dimana', 'dmn', 'mana', 'daerah mana', 'di daerah mana', 'alamat', 'alamatmu', 'alamat kamu', 'alamat rumah', 'share loc', 'shareloc', 'sharelok', 'lokasi', 'lokasimu', 'tinggal di', 'tinggal dimana', 'tinggal di mana', 'rumahnya', 'posisi'],
    place_q: ['rumah', 'rumahmu', 'rumah kamu', 'rumah lu', 'sekolah', 'sekolahmu', 'sekolah kamu', 'kos', 'kosan', 'kamu tinggal', 'kamu sekolah', 'tinggal'],
    alone_q: ['lagi sendirian', 'lg sendirian', 'sendirian di rumah', 'sendiri di rumah', 'di rumah sendirian', 'di rumah sendiri', 'kamu sendirian', 'km sendirian', 'sendirian aja', 'sendirian ga', 'sendirian gak', 'sendirian nggak', 'sendirian ya', 'sorangan', 'ortu ada', 'ortumu ada', 'ortu di rumah', 'ortu pergi', 'mama ada', 'mamamu ada', 'papa ada', 'ada orang di rumah', 'ada siapa di rumah', 'di rumah sama siapa', 'di rumah ada siapa', 'ada yang liat', 'ada yg liat'],
    hp_check: ['hp kamu dicek', 'hpmu dicek', 'hp kamu diperiksa', 'ortu suka cek', 'mama suka cek'],
    // --- jobs -------------------------------------------------------------------
    job: ['kerja', 'kerjaan', 'lowongan', 'loker', 'pekerjaan', 'job', 'part time', 'parttime', 'freelance', 'model', 'modeling', 'endorse', 'brand ambassador', 'talent', 'casting', 'pemotretan', 'photoshoot', 'agensi', 'agency', 'sampingan', 'open recruitment', 'dicari', 'rekrut'],
    lure: ['gampang', 'mudah', 'duit cepet', 'duit cepat', 'uang cepat', 'cuan cepat', 'gaji', 'gajinya', 'dibayar', 'bayaran', 'per hari', 'sehari', 'perhari', 'luar negeri', 'luar kota', 'bangkok', 'malaysia', 'singapura', 'jepang', 'dubai', 'tiket pesawat', 'mess', 'tempat tinggal', 'tanpa pengalaman', 'ga perlu pengalaman', 'remaja', 'cewek', 'usia 15', 'usia 16', 'usia 17', '@MONEY'],
    benign_job: ['model un', 'delegasi', 'job fair', 'bursa kerja', 'magang', 'pkl', 'prakarya', 'cita2', 'cita-cita', 'karir', 'tugas', 'guru', 'sekolah', 'kakakku', 'mamaku', 'papaku', 'aula'],
    // --- account ---------------------------------------------------------------
    secret_code: ['otp', 'kode otp', 'kode', 'kode verifikasi', 'kode login', 'password', 'pass', 'pw', 'sandi', 'kata sandi', 'pin', 'login', 'akun', 'email sama password', 'email dan password', 'qr', 'kode qr'],
    account: ['akun', 'akunmu', 'akun kamu', 'ig', 'ig mu', 'igmu', 'fb', 'ml', 'ff', 'akun ml', 'akun ff', 'tiktok', 'wa', 'email', 'gmail', 'roblox', 'steam'],
    came_in: ['yang masuk', 'yg masuk', 'masuk ke hp', 'masuk ke hpmu', 'masuk ke nomor', 'ke hp kamu', 'ke hpmu', 'salah kirim', 'kesalahan', 'kepencet', 'ga sengaja', 'nggak sengaja', 'tadi masuk'],
    borrow: ['pinjem', 'pinjam', 'minjem', 'minjam', 'login', 'masuk', 'naikin', 'push rank', 'joki', 'mabar pake', 'pake akun', 'pakai akun', 'tuker akun', 'tukar akun'],
    benign_code: ['wifi', 'wi-fi', 'hotspot', 'classroom', 'kode kelas', 'kode classroom', 'kode promo', 'voucher diskon', 'kode pos', 'loker', 'kode pintu', 'pin pintu', 'kode pagar', 'kode gerbang', 'kode garasi'],
    // --- threats -----------------------------------------------------------------
    spread: ['sebar', 'sebarin', 'aku sebar', 'ku sebar', 'kusebar', 'upload', 'post', 'posting', 'viralin', 'kirim ke', 'kirimin ke', 'kasih liat', 'tunjukin', 'bocorin', 'kasih ke'],
    targets: ['grup', 'grup sekolah', 'sekolah', 'sekolahmu', 'ortu', 'ortumu', 'orang tua', 'mama', 'mamamu', 'papamu', 'keluarga', 'keluargamu', 'temen2', 'temanmu', 'followers', 'semua orang', 'medsos', 'sosmed', 'internet', 'guru'],
    or_else: ['kalo ga', 'kalau ga', 'kalo gak', 'kalau gak', 'kalau tidak', 'kalo nggak', 'kalau nggak', 'klo ga', 'klo gk', 'atau', 'awas', 'kalo kamu lapor', 'kalau kamu lapor', 'kalo kamu blok', 'kalo kamu block', 'kalo kamu cerita'],
    harm: ['aku datengin', 'aku datangi', 'ku datengin', 'aku samperin', 'aku hajar', 'aku pukul', 'aku bunuh', 'ku bunuh', 'aku cari', 'aku temuin', 'aku hancurin', 'hidupmu hancur', 'kamu nyesel', 'nyesel', 'tau rasa', 'aku hack', 'aku retas'],
    owe: ['utang', 'hutang', 'berutang', 'berhutang', 'harus bayar', 'harus ganti', 'jangan macem2', 'jangan macam2', 'jangan macem macem'],
    /** "I know where you live / which school": said unasked, a threat (threat.know_where). */
    know_where: ['aku tau rumah kamu', 'aku tahu rumah kamu', 'aku tau rumahmu', 'aku tahu rumahmu', 'gue tau rumah lo', 'gw tau rumah lo', 'aku tau sekolah kamu', 'aku tahu sekolah kamu', 'aku tau sekolahmu', 'gue tau sekolah lo', 'aku tau kamu tinggal dimana', 'aku tahu kamu tinggal di mana', 'aku tau alamat kamu', 'aku tahu alamatmu', 'gue tau alamat lo'],
    game_context: ['ff', 'ml', 'mabar', 'pubg', 'game', 'wkwk', 'wkwkwk', 'haha', 'hehe', 'canda', 'bercanda', 'becanda', 'nanti malem', 'rank', 'push'],
    /** Someone else's words told, not an ask of the reader ("katanya", "dia minta"). */
    reported_speech: ['katanya', 'dia bilang', 'dia minta', 'ada yang minta', 'ada orang minta', 'orang itu minta', 'cowok itu minta', 'temenku dimintain', 'temen aku dimintain', 'di film', 'lirik'],
    safety_talk: ['penipuan', 'scam', 'penipu', 'jangan pernah', 'jgn pernah', 'hati2', 'hati hati', 'waspada', 'lapor polisi', 'polisi', 'berita', 'aku block', 'langsung aku block', 'aku blok', 'aku laporin', 'om2', 'orang asing', 'stranger', 'tadi ada', 'ada orang'],
    // --- words the shared templates ask for (./templates.ts) ----------------------
    alone_words: ['@alone_q', '@hp_check'],
    area_words: ['daerah mana', 'di daerah mana', 'kecamatan mana', 'kelurahan mana', 'deket mana', 'dekat mana', 'kota mana', 'jalan apa', 'jl apa', 'komplek mana', 'perumahan mana', 'rt berapa'],
    borrow_account_obj: ['@account'],
    cover_story_obj: ['@cover_place', '@who'],
    /** The teen's parents, as a sender names them (secrecy.dont_tell_parents). */
    parents_obj: ['ortu', 'ortumu', 'ortu kamu', 'orang tua', 'orang tuamu', 'orang tua kamu', 'orangtua', 'mama', 'mamah', 'mamamu', 'mama kamu', 'papa', 'papamu', 'papa kamu', 'ibu', 'ibumu', 'ibu kamu', 'ayah', 'ayahmu', 'ayah kamu', 'bokap', 'nyokap', 'keluargamu'],
    /** The sender will tell the parents themselves ("I'll tell them myself"): a secret between siblings or friends, kept for now (secrecy.dont_tell_parents). */
    tell_myself: ['nanti aku cerita sendiri', 'aku cerita sendiri', 'aku sendiri yang bilang', 'aku yg bilang sendiri', 'nanti aku bilang sendiri', 'aku mau bilang sendiri', 'nanti aku kasih tau sendiri'],
    dont_tell_obj: ['@who', '@about_us'],
    easy_money_words: ['duit cepet', 'duit cepat', 'uang cepat', 'cuan cepat', 'duit gampang', 'uang gampang', 'uang mudah', 'cuan gampang', 'penghasilan tambahan'],
    free_lead: ['@offer'],
    gift_for_pic_obj: ['@pic', '@camera', 'selfie', 'kirim foto'],
    give_code_lead: ['@send', '@ask', '@borrow', 'kasih', 'kasi', 'minta', 'bagi'],
    if_you_tell_lead: ['kalo', 'kalau', 'klo', 'kl'],
    if_you_tell_mid: ['kamu', 'km', 'lu', 'lo', 'elu'],
    if_you_tell_obj: ['lapor', 'bilang', 'cerita', 'ngadu', 'kasih tau', 'kasih tahu', 'ngomong'],
    meet_up_obj: ['@meet_time', '@my_place', '@pickup'],
    model_offer_lead: ['jadi', 'jd', 'cocok jadi', 'mau jadi', 'pengen jadi', 'ikut', 'daftar'],
    model_offer_obj: ['model', 'talent', 'brand ambassador', 'bintang iklan', 'endorse', 'casting', 'pemotretan', 'photoshoot'],
    move_app_lead: ['@move', '@there'],
    my_place_lead: ['main', 'dateng', 'datang', 'ke', 'nginep', 'mampir'],
    offer_lead: ['@i_will', '@offer'],
    pay_travel_obj: ['kamu', 'km', 'mu', 'ke sini', 'kesini', 'ketemu', 'dateng', 'datang'],
    pickup_obj: ['@place_you', '@you', 'nanti', 'besok', 'sabtu', 'malam'],
    send_again_mid: ['kirim', 'kirimin', 'send', 'pap'],
    send_again_obj: ['lagi', 'lg'],
    show_me_obj: ['@body', '@your', '@you'],
  },
  uses: {
    'threat.shame_if_they_knew': {
      within: 9,
      extraUnless: ['nilai|rapor|ranking|lomba|juara|menang|prestasi|tugas|pr|ujian|ga liat|gak liat|nggak liat|ga lihat|ga tau|gak tau|nggak tau|penampilan|pentas|pensi|mending bilang|bilang sendiri|dari orang lain'],
      examples: ['sayang bgt kalo sekolah km sampe tau soal ini', 'kasian kalo ortu kamu liat ini'],
      counterExamples: ['sayang banget kalau temen2 ga tau kamu juara lomba, posting dong'],
    },
    'photo.unposted_pics': {
      extraUnless: ['liburan|jalan2|pesta|ultah|grup|kelas|tim|nikahan|album'],
      examples: ['km cantik, ada foto lain yg ga di upload?'],
      counterExamples: ['kirim foto liburan yg ga diupload dong buat album'],
    },
    // ====================== photo_request ======================
    'photo.send_nudes': {
      extraUnless: ['jangan pernah|jangan kirim|jangan sampe|jangan sampai|lipstik|lipstick|lip|sepatu|warna|shade|makeup|bra|pashmina|jilbab|hijab|kerudung|tudung|shawl|polisi|lapor|diperas|sextortion'],
      examples: ['kirim nudes dong', 'kirimin foto bugil kamu', 'ada nudes ga?'],
      counterExamples: ['jangan pernah kirim nudes ke siapa pun', 'kirim link lipstik nude yang kemarin dong'],
    },
    'photo.send_pic': {
      examples: ['kirim foto kamu dong', 'kirimin fotomu yang baru', 'minta pap dong kak', 'k1rim f0to'],
      counterExamples: ['kirim foto tugas ke grup kelas', 'minta foto catatan biologi dong'],
    },
    'photo.show_me': {
      weight: 0.5,
      examples: ['pengen liat badanmu', 'mau liat kamu lagi di kamar'],
    },
    'photo.pic_body': {
      examples: ['foto badanmu', 'video lagi di kamar'],
    },
    'photo.undressed': {
      extraUnless: ['toko|olshop|diskon|beli|katalog|shopee'],
      examples: ['kirim foto tanpa baju dong', 'pengen liat kamu pake baju tidur', 'pap lagi di kasur', 'foto full body dong', 'kirim foto kamu yg kayak kemarin lagi dong, yg pake handuk'],
      counterExamples: ['liat foto bikini di olshop ini, mau beli'],
    },
    'photo.your_turn': {
      extraUnless: ['@reported_speech', 'kucingku|anjingku|tugas|pr'],
      examples: ['aku udah pap, sekarang giliran kamu', 'aku udah kirim fotoku, gantian dong', 'aku udah kirim pap, giliran kamu hehe'],
      counterExamples: ['aku udah kirim foto kucingku, giliran kamu', 'aku udah kirim tugas kelompok, kirim punyamu'],
    },
    'photo.undress_on_camera': {
      examples: ['buka baju pas vc ya', 'nyalain kamera trus lepas bajunya 🙈'],
      counterExamples: ['buka jaketnya pas vc biar keliatan bajunya'],
    },
    'photo.just_for_me': {
      examples: ['fotonya buat aku aja ya', 'vc kita berdua aja'],
    },
    'photo.gift_for_pic': {
      examples: ['aku kasih pulsa kalo kamu kirim foto', 'diamond gratis asal vc'],
    },
    'photo.send_again': {
      examples: ['kalo ga kirim lagi aku marah'],
    },
    // ====================== meetup ======================
    'meet.pay_travel': {
      within: 7,
      extraUnless: ['mama|papa|ortu'],
      examples: ['ongkos ke sini aku bayarin', 'tiket kereta kamu aku yang bayar, dateng ya'],
    },
    'meet.meet_up': {
      extraUnless: ['kita ketemu lagi|sampai ketemu|sampe ketemu|senang ketemu|seneng ketemu|sampai jumpa|sampe jumpa|kapan-kapan|kapan2|game|mabar', 'mama jemput|mamah jemput|papa jemput|ayah jemput|bunda jemput|ibu jemput|mama yang jemput|papa yang jemput|dijemput mama|dijemput papa|dijemput ayah|jemput yg lain|jemput yang lain'],
      examples: ['ketemuan yuk besok', 'kapan kita ketemu', 'jalan berdua yuk sabtu'],
      counterExamples: ['ketemu di perpus abis kelas buat kerja kelompok'],
    },
    'meet.pickup': {
      extraUnless: ['ojol|paket|makanan|mama|papa|ayah|ibu|bunda|mamah|papah|ortu|nenek|kakek|supir|sopir', 'jemput yg lain|jemput yang lain|yg lain jg|yang lain juga|anak2 yg lain'],
      examples: ['aku jemput di depan sekolah', 'nanti aku tunggu pulang sekolah', 'aku samperin ke rumahmu'],
      counterExamples: ['papa mau jemput kamu abis latihan, sama mama'],
    },
    'meet.my_place': {
      examples: ['main ke rumahku aja', 'nginep di apartemenku'],
    },
    // ====================== off_platform ======================
    'offplat.app_link': {
      extraUnless: ['grup kelas|kelas|sekolah|guru'],
      examples: ['ini nomorku wa.me/628123456789'],
    },
    'offplat.move_app': {
      extraUnless: ['grup|kelas|error|eror|rusak|lemot|ga bisa|gabisa|down|dihapus|hapus|sticker|stiker'],
      examples: ['chat di wa aja yuk', 'pindah ke tele aja', 'add telegram aku'],
      counterExamples: ['wa aku lagi error, chat di sini aja'],
    },
    // ====================== secrecy ======================
    'secrecy.dont_tell_parents': {
      examples: ['jangan bilang ortu kamu ya soal kita', 'jgn kasih tau mamamu aku chat kamu'],
      counterExamples: ['jangan bilang mama ya, kita mau kasih kejutan ulang tahun', 'jangan bilang mama soal gelas, nanti aku cerita sendiri'],
    },
    'secrecy.dont_tell': {
      examples: ['jangan bilang ortu ya', 'jgn kasih tau siapa2', 'ga usah cerita ke mamamu soal aku'],
      counterExamples: ['jangan bilang dina, kita mau bikin kejutan ultahnya'],
    },
    'secrecy.if_you_tell': {
      within: 4,
      examples: ['kalo kamu lapor, awas ya'],
    },
    'secrecy.delete_chat': {
      extraUnless: ['@safety_talk', 'foto aku|fotoku|aib|grup|typo|salah ketik|spam|aplikasi|app|apk|game'],
      examples: ['hapus chat kita ya', 'apusin pesan ini abis baca'],
      counterExamples: ['hapus foto aku yang jelek dari grup dong'],
    },
    'secrecy.cover_story': {
      extraUnless: ['@surprise'],
      examples: ['bilang aja ke mama kamu nginep di rumah temen'],
    },
    'secrecy.secret': {
      examples: ['ini rahasia kita berdua ya', 'diem2 aja ya 🤫'],
    },
    // ====================== gift_money ======================
    'gift.offer': {
      extraUnless: ['patungan|iuran|buat bu guru|buat pak guru|buat guru|utang|hutang|balikin|ganti|kembaliin|gantiin|ultah|ulang tahun', 'mama isiin|mama beliin|mama transfer|mama kirim|ayah kasih|ayah transfer|papa kasih|papa transfer|bunda transfer|dari ayah|dari mama|dari papa'],
      examples: ['aku kasih pulsa 50rb', 'nanti aku beliin hp baru', 'aku topupin diamond ml kamu'],
      counterExamples: ['kado buat bu guru patungan 20rb'],
    },
    'gift.free': {
      extraUnless: ['@job', '@lure', 'patungan|iuran|bu guru|pak guru|beli sendiri|aku mau beli|harga|mahal|diskon|promo'],
      examples: ['mau diamond gratis?', 'butuh pulsa? nih'],
    },
    // ====================== personal_info ======================
    'info.age': {
      extraUnless: ['adikmu|adik kamu|adiknya|kakakmu|kucing|anjing|mobil|rumah|hp|mama|papa|ibu|ayah|nenek|kakek|dia'],
      examples: ['umur kamu berapa sih', 'lahir tahun berapa'],
      counterExamples: ['umur berapa adikmu sekarang'],
    },
    'info.alone': {
      extraUnless: ['jangan sendirian|aku sendirian|aku sendiri|sendiri aja deh|kerjain sendiri|belajar sendiri|ngerjain sendiri|sendiri2|pulang sendiri|saya|tinggal'],
      examples: ['lagi sendirian di rumah?', 'ortu ada di rumah ga?', 'di rumah sama siapa'],
    },
    'info.area': {
      extraUnless: ['nenek|kakek|acara|pesta|kelompok|perpus|kantin'],
      examples: ['kamu di daerah mana?', 'rumahnya deket mana'],
    },
    // ====================== job_offer ======================
    'job.easy_money': {
      examples: ['mau duit cepet?'],
    },
    'job.model_offer': {
      extraUnless: ['rambut|baju|hp|mobil|motor', 'model un|mun|delegasi'],
      examples: ['kamu cocok jadi model, mau?', 'mau ikut casting endorse?'],
    },
    'job.lure': {
      examples: ['ada kerjaan gampang gaji 5jt', 'lowongan model remaja ke luar negeri', 'kerja di bangkok, tiket pesawat ditanggung'],
      counterExamples: ['ada job fair di aula sekolah'],
    },
    // ====================== account_access ======================
    'account.borrow_account': {
      extraUnless: ['akunku|akun aku|akun sendiri|lupa'],
      examples: ['pinjem akun ml kamu bentar', 'joki akun ff kamu mau?'],
    },
    'account.give_code': {
      extraUnless: ['lupa password|ganti password|reset'],
      examples: ['minta kode otp dong', 'kasih password ig kamu', 'bagi kode verifikasi yang masuk'],
      counterExamples: ['password wifi rumah apa ma', 'ingat ya, kode otp jangan dikasih ke orang lain, banyak penipuan'],
    },
    'account.code_came_in': {
      examples: ['kode yang masuk ke hp kamu, aku salah kirim'],
    },
    // ====================== threat ======================
    'threat.harm': {
      examples: ['aku datengin rumahmu', 'hidupmu hancur nanti'],
      counterExamples: ['ku bunuh kau di ml nanti wkwk'],
    },
    'threat.owe': {
      extraUnless: ['@safety_talk', 'bakso|jajan|pulsa|kantin|patungan|20rb|10rb|5rb|ceban|goceng|kemarin|kemaren|kmrn'],
      examples: ['kamu utang sama aku, jangan macem2'],
      counterExamples: ['utang bakso kemarin jangan lupa'],
    },
    'threat.or_else': {
      examples: ['kalo ga nurut aku sebarin', 'kalau kamu lapor aku datengin rumahmu'],
      counterExamples: ['siap2 kalah ya di ff nanti malam wkwk'],
    },
    'threat.know_where': {
      extraUnless: ['di film|filmnya|sinetron|kue|anterin|antar|jemput|tante|mama|papa|undangan|paket|ojol|kurir|pernah main|pernah ke|main ke sana'],
      examples: ['aku tau rumah kamu dimana', 'gue tau sekolah lo, jangan macem2'],
      counterExamples: ['di film itu penjahatnya bilang aku tau rumah kamu', 'aku tau rumah kamu kok, nanti aku anterin kue - tante'],
    },
  },
  rules: [
    // ====================== threats without the usual words ======================
    {
      // "aku masih nyimpen yg km kirim": the kompromat is kept.
      id: 'id.threat.kept_copies',
      category: 'threat',
      weight: 0.55,
      match: ['masih nyimpen|masih simpen|masih nyimpan|masih simpan|masih ada|aku simpen|aku simpan|udah aku simpen|udah aku save|aku save|udah aku ss|aku rekam|udah aku rekam|aku screen record', 'yang kamu kirim|yg kamu kirim|yg km kirim|yang km kirim|yg kmu kirim|yg lu kirim|vc kita|vcs kita|chat kita|foto bugil|foto telanjang'],
      within: 9,
      unless: ['@safety_talk', '@reported_speech', '@benign_pic_subject', '@schoolwork', '@surprise', 'liburan|jalan2|wisuda|tugas|catatan|buat kenang2an|kenangan'],
      examples: ['aku masih nyimpen yg km kirim kemarin, pikirin baik2', 'udah aku rekam vc kita'],
      counterExamples: ['aku masih simpen foto kamu pas liburan ke bali, mau aku kirim?'],
    },
    // ====================== photo_request ======================
    {
      id: 'id.photo.pap',
      category: 'photo_request',
      weight: 0.55,
      match: ['pap'],
      unless: ['@schoolwork', '@group_place', '@benign_pic_subject', '@safety_talk', 'pr|tugas|makanan|makan'],
      examples: ['pap dong', 'kak pap yang baru bangun'],
      counterExamples: ['pap pr fisika dong, aku lupa'],
    },
    {
      id: 'id.photo.video_call',
      category: 'photo_request',
      weight: 0.55,
      match: ['@camera', 'yuk|yok|ayo|ayok|dong|mau|bisa|sekarang|nanti|malam|malem|yg|berdua|sama aku|sm aku|ga|gak|nggak'],
      within: 4,
      unless: ['@schoolwork', '@safety_talk', 'kelas|guru|kelompok|zoom|meet|rapat|grup|semua'],
      examples: ['vc yuk', 'video call sama aku mau', 'vcs dong'],
      counterExamples: ['vc kelompok buat presentasi nanti malam sama semua'],
    },
    // ====================== meetup ======================
    {
      id: 'id.meet.come_to_city',
      category: 'meetup',
      weight: 0.5,
      match: ['aku|gue|gw|saya', 'ke|di|main ke', 'kota kamu|kotamu|daerah kamu|daerahmu|tempatmu|sekolahmu'],
      within: 5,
      unless: ['@safety_talk', '@benign_meet'],
      examples: ['aku ke kota kamu minggu ini'],
    },
    // ====================== off_platform ======================
    {
      id: 'id.offplat.ask_number',
      category: 'off_platform',
      weight: 0.6,
      match: ['@ask|@number', '@number|@app|@app_weak'],
      within: 4,
      unless: ['@safety_talk', 'absen|rumah|kamar|loker|meja|kursi|urut|sepatu|rekening|guru|wali kelas|mama|papa'],
      examples: ['nomor wa kamu berapa', 'minta nomer hp dong', 'boleh minta id line'],
    },
    {
      id: 'id.offplat.handle',
      category: 'off_platform',
      weight: 0.5,
      match: ['@move|@app|@app_weak', '@HANDLE'],
      within: 4,
      unless: ['@safety_talk'],
      examples: ['add tele aku @someone_11'],
    },
    {
      id: 'id.offplat.private_place',
      category: 'off_platform',
      weight: 0.45,
      match: ['@here_bad'],
      unless: ['@safety_talk'],
      examples: ['di sana lebih aman', 'pake akun kedua aja'],
    },
    // ====================== secrecy ======================
    {
      id: 'id.secrecy.dont_see',
      category: 'secrecy',
      weight: 0.55,
      match: ['jangan sampe|jangan sampai|biar ga|biar gak|biar nggak', '@who|ketahuan|tau|liat|lihat'],
      within: 5,
      unless: ['@surprise', '@safety_talk', 'telat|lupa|sakit|jatuh|hilang|ketinggalan'],
      examples: ['jangan sampe mamamu liat', 'biar ga ketahuan ortu'],
    },
    // ====================== gift_money ======================
    {
      id: 'id.gift.treat',
      category: 'gift_money',
      weight: 0.5,
      match: ['aku|gue|gw|nanti|ntar', 'traktir|bayarin|beliin|transfer|tf'],
      within: 4,
      unless: ['@safety_talk', 'utang|hutang|balikin|ganti|patungan'],
      examples: ['nanti aku traktir', 'aku transfer sekarang'],
    },
    // ====================== personal_info ======================
    {
      id: 'id.info.where_live',
      category: 'personal_info',
      weight: 0.45,
      match: ['@place_q|@where_q', '@where_q'],
      within: 5,
      unless: ['@safety_talk', 'nenek|kakek|mama nanya|acara|pesta|ultah|tugas|kelompok|ujian|perpus|kelas|kantin', 'yg lain jg|yang lain juga|jemput yg lain|jemput yang lain', 'kurir nyasar|kurirnya nyasar|driver nyasar|drivernya nyasar|ojol nyasar|ojolnya nyasar|driver ga nemu|driver gak nemu|kurir ga nemu|kurir gak nemu|abang ojol|rider tak jumpa|rider sesat|kurier sesat'],
      examples: ['rumah kamu di mana', 'kamu tinggal di daerah mana', 'rumahmu di mana sih'],
    },
    {
      id: 'id.info.school_level',
      category: 'personal_info',
      weight: 0.45,
      match: ['masih smp|masih sma|masih sd|anak smp|anak sma|kelas berapa|smp mana|sma mana|sekolah dimana|sekolah di mana'],
      unless: ['@safety_talk', 'adikmu|adik kamu|adiknya|kakakmu|anaknya|anakmu'],
      examples: ['masih smp ya?', 'kelas berapa sekarang'],
    },
    {
      id: 'id.info.phone_number',
      category: 'personal_info',
      weight: 0.55,
      match: ['@number', 'berapa|brp|dong|minta|boleh|mana|apa|?'],
      anyOrder: true,
      within: 5,
      unless: ['@safety_talk', 'absen|rumah|kamar|loker|meja|kursi|urut|sepatu|rekening|guru|wali kelas|mama|papa'],
      examples: ['nomor wa kamu berapa', 'minta nomer hp dong'],
    },
    {
      id: 'id.info.address',
      category: 'personal_info',
      weight: 0.6,
      match: ['alamat kamu|alamatmu|alamat rumah|alamat rumahmu|shareloc|share loc|sharelok|share lokasi|kirim lokasi|lokasimu|lokasi kamu'],
      unless: ['@safety_talk', 'email|web|website|acara|pesta|ultah|kirim kado|mama|papa|undangan|kondangan|nikahan', 'yg lain jg|yang lain juga|jemput yg lain|jemput yang lain', 'kurir nyasar|kurirnya nyasar|driver nyasar|drivernya nyasar|ojol nyasar|ojolnya nyasar|driver ga nemu|driver gak nemu|kurir ga nemu|kurir gak nemu|abang ojol|rider tak jumpa|rider sesat|kurier sesat'],
      examples: ['alamatmu apa?', 'share loc dong', 'alamat rumah kamu di mana'],
    },
    {
      id: 'id.info.school',
      category: 'personal_info',
      weight: 0.55,
      match: ['kamu|km|lu|lo|kak|dek|sekolahmu', 'sekolah|sekolahnya|sekolahmu', 'mana|dimana|di mana|kelas berapa|pulang jam'],
      within: 4,
      unless: ['@safety_talk', '@benign_meet', 'adikmu|adik|kakakmu|tugas|ujian|ekskul|acara'],
      examples: ['kamu sekolah di mana', 'kamu sekolahnya pulang jam berapa'],
    },
    // ====================== threat ======================
    {
      id: 'id.threat.spread',
      category: 'threat',
      weight: 0.8,
      match: ['@pic|@chat_obj|rahasiamu|aibmu|video|chat', '@spread', '@targets'],
      within: 10,
      unless: ['@safety_talk', 'kirim foto study tour|foto liburan|foto acara|foto kelas|foto wisuda'],
      examples: ['foto kamu aku sebar ke grup sekolah', 'videomu aku kirim ke ortumu'],
      counterExamples: ['foto liburan aku kirim ke grup kelas ya'],
    },
    {
      id: 'id.threat.know_school',
      category: 'threat',
      weight: 0.7,
      match: ['aku tau|aku tahu|gue tau|gw tau', 'rumahmu|rumah kamu|sekolahmu|sekolah kamu|alamatmu|alamat kamu|kamu tinggal'],
      within: 5,
      unless: ['@safety_talk', '@game_context'],
      examples: ['aku tau rumahmu di mana'],
    },
  ],
};
