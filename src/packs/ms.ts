import type { LanguagePack } from './types';

/**
 * Malay (Malaysia, Brunei), as teens write it: awak/kau/u, saya/aku/i,
 * nak, tak, je, jom, kat, sorang2, mak ayah, bagitau, and English mixed
 * in (Manglish). Format: ./FORMAT.md.
 */

export const msPack: LanguagePack = {
  lang: 'ms',
  lexicon: {
    /** "A pity if", who, "found out / saw" (threat.shame_if_they_knew). */
    shame_lead: ['sayang la kalau', 'sayang kalau', 'kesian kalau', 'kesian la kalau', 'rugi kalau', 'malu la kalau'],
    shame_audience: ['sekolah', 'parents', 'mak', 'ayah', 'abah', 'kawan', 'cikgu', 'group kelas', 'satu sekolah', 'family', 'keluarga', 'followers'],
    shame_verb: ['tahu', 'tau', 'dapat tahu', 'nampak', 'tengok'],
    /** Pictures, and "that you didn't post" (photo.unposted_pics). */
    unposted_pic: ['gambar', 'foto', 'yg lain', 'yang lain'],
    unposted_where: ['yg tak post', 'yang tak post', 'yg tak upload', 'yang tak upload', 'tak ada kat ig', 'yang x post', 'yg x post'],
    send: ['hantar', 'hantarkan', 'hantar kan', 'send', 'bagi', 'kasi', 'share', 'tunjuk', 'tunjukkan', 'minta', 'pm', 'dm'],
    you: ['awak', 'kau', 'engkau', 'u', 'you', 'ko', 'kamu', 'sayang', 'adik', 'dik'],
    pic: ['gambar', 'gambar awak', 'gamba', 'pic', 'pics', 'foto', 'photo', 'selfie', 'swafoto', 'video', 'vid', 'rakaman', 'full body', 'seksi', 'sexy', 'bogel', '@pic_emoji'],
    body: ['badan', 'muka', 'awak', 'tengah mandi', 'lepas mandi', 'dalam bilik', 'bilik', 'baju', 'pakai apa', 'cantik', 'seksi'],
    /** Undressed or in bed: a photo ask with one of these is unambiguous (conversation.ts UNAMBIGUOUS_RULES); 'muka' or 'baju' is not. */
    undressed: [
      'tanpa baju', 'tak pakai baju', 'x pakai baju', 'tak pakai apa', 'bogel', 'telanjang', 'baju dalam', 'pakaian dalam', 'seluar dalam', 'bra', 'bikini',
      'tengah mandi', 'lepas mandi', 'pakai tuala', 'dalam bilik air', 'atas katil', 'kat katil', 'baju tidur', 'pijama', 'full body', 'badan awak', 'seksi', 'sexy',
    ],
    undressed_lead: ['@pic', '@send'],
    /** The sender's picture sent first, then the teen's asked for (photo.your_turn). */
    sent_mine: ['saya dah hantar', 'aku dah hantar', 'i dah hantar', 'dah hantar gambar', 'abang dah hantar', 'saya dah bagi', 'aku dah bagi'],
    your_turn: ['giliran awak', 'giliran kau', 'sekarang awak', 'sekarang kau', 'hantar awak punya', 'turn awak', 'ur turn', 'your turn'],
    /** Words for nude pictures themselves: asked for, they are the ask (photo.send_nudes). */
    nudes: ['nudes', 'nudez', 'nudz', 'gambar bogel', 'gambar telanjang', 'video bogel', 'gambar lucah', 'video lucah', 'gambar nude'],
    send_nudes_lead: ['@send', 'ada', 'tukar', 'jual'],
    camera: ['vc', 'video call', 'videocall', 'kamera', 'on kamera', 'buka kamera', 'facetime'],
    /** Asking the teen to undress, or to be undressed, on a call (photo.undress_on_camera). */
    undress_ask: ['bukak tudung', 'buka tudung', 'tanggal tudung', 'lepas tudung', 'bukak baju', 'buka baju', 'tanggal baju', 'tanggalkan baju', 'lepas baju', 'bukak seluar', 'buka seluar'],
    call: ['call', 'panggilan'],
    just_us: ['untuk saya je', 'untuk saya', 'untuk aku je', 'saya je', 'aku je', 'kita berdua', 'berdua je', 'jangan tunjuk orang', 'takkan tunjuk', 'tak tunjuk sesiapa', 'rahsia'],
    schoolwork: ['kerja sekolah', 'kerja rumah', 'homework', 'nota', 'buku', 'muka surat', 'jadual', 'soalan', 'jawapan', 'latihan', 'projek', 'sejarah', 'matematik', 'sains', 'karangan', 'tugasan', 'peperiksaan', 'exam'],
    group_place: ['group', 'grup', 'kumpulan', 'group kelas', 'group sekolah', 'gc', 'album', 'drive', 'semua'],
    benign_pic_subject: ['kucing', 'lawatan', 'rombongan', 'percutian', 'makanan', 'kek', 'pemandangan', 'majlis', 'konsert', 'nenek', 'atuk', 'baby', 'kelas'],
    move: ['borak', 'sembang', 'chat', 'pindah', 'tukar', 'add', 'follow', 'contact', 'call', 'whatsapp', 'pm', 'dm', 'mesej', 'jom', 'kat', 'guna'],
    number: ['nombor', 'nombor telefon', 'no fon', 'no phone', 'nombor phone', 'no tel', 'no wasap', 'nombor wasap', 'number', 'id telegram', 'username'],
    ask: ['berapa', 'apa', 'bagi', 'minta', 'boleh minta', 'boleh dapat', 'share'],
    here_bad: ['sini tak best', 'sini tak selamat', 'lebih selamat', 'lebih private', 'akaun lain', 'akaun kedua', 'akaun palsu', 'mesej hilang'],
    neg: ['jangan', 'jgn', 'tak payah', 'takpayah', 'tak perlu', 'usah'],
    tell: ['bagitau', 'bagitahu', 'beritahu', 'cakap', 'cerita', 'report', 'lapor', 'mengadu', 'tunjuk'],
    who: ['sesiapa', 'siapa', 'orang', 'orang lain', 'mak', 'ayah', 'mak ayah', 'mak bapak', 'parents', 'ibu bapa', 'abah', 'ibu', 'bapak', 'kawan', 'kawan2', 'cikgu', 'family', 'keluarga', 'abang', 'kakak'],
    about_us: ['pasal kita', 'pasal saya', 'pasal aku', 'pasal ni', 'pasal chat', 'tentang kita', 'hal ni'],
    secret: ['rahsia kita', 'rahsia kita berdua', 'rahsiakan', 'senyap senyap', 'senyap2', 'diam diam', 'diam2', 'kita je tahu', 'kita je tau', 'jangan sampai kantoi', 'jangan bagi kantoi', 'takkan ada orang tahu', '@secret_emoji'],
    delete: ['padam', 'delete', 'buang', 'hapus', 'unsend'],
    chat_obj: ['chat', 'chat ni', 'chat kita', 'mesej', 'mesej ni', 'perbualan', 'semua ni'],
    surprise: ['parti', 'hari jadi', 'birthday', 'surprise', 'kejutan', 'hadiah', 'spoiler', 'crush'],
    meet: ['jumpa', 'jmpa', 'keluar', 'lepak', 'dating', 'date', 'makan sama', 'jalan jalan', 'jalan2', 'meet'],
    meet_time: ['jom', 'jum', 'bila', 'esok', 'malam ni', 'petang ni', 'sabtu', 'ahad', 'weekend', 'minggu depan', 'kat mana', 'berdua', 'sorang', 'nak tak', 'nak'],
    pickup: ['ambik awak', 'ambil awak', 'jemput awak', 'hantar awak balik', 'abang tunggu', 'saya tunggu', 'aku tunggu', 'tunggu awak', 'datang rumah awak', 'pergi rumah awak'],
    place_you: ['sekolah', 'rumah awak', 'rumah', 'depan', 'simpang', 'kedai', 'stesen', 'bus stop', 'asrama'],
    my_place: ['rumah saya', 'rumah aku', 'rumah abang', 'bilik saya', 'hotel', 'kereta saya', 'kondo'],
    travel: ['tiket', 'grab', 'tambang', 'duit minyak', 'bas', 'flight', 'belanja tiket'],
    /** Paying your share, or asking them to pay theirs: friends splitting a ride, not a stranger paying the teen's way (meet.pay_travel). */
    split_cost: ['kongsi', 'bahagi dua', 'bayar sendiri', 'bayar masing masing', 'split bill', 'share duit'],
    benign_meet: ['perpustakaan', 'perpus', 'kelas', 'projek', 'latihan', 'kokurikulum', 'masjid', 'surau', 'gereja', 'study group', 'ramai2', 'dengan mak', 'dengan ayah'],
    gift: ['duit', 'wang', 'topup', 'top up', 'reload', 'diamond', 'diamonds', 'skin', 'tng', 'touch n go', 'ewallet', 'e-wallet', 'hadiah', 'fon baru', 'phone baru', 'iphone', 'baju baru', 'kasut', 'belanja', 'voucher', 'gift card', 'robux', '@MONEY', '@money_emoji'],
    give: ['bagi', 'kasi', 'topup', 'top up', 'reload', 'belanja', 'belikan', 'belanjakan', 'hantar', 'transfer', 'free', 'percuma'],
    i_will: ['saya', 'aku', 'i', 'abang', 'nanti'],
    if_you: ['kalau', 'kalo', 'asal', 'asalkan', 'tapi', 'untuk', 'kalau awak'],
    age_q: ['umur berapa', 'berapa umur', 'umur awak', 'umur u', 'umur kau', 'lahir tahun'],
    where_q: ['kat mana', 'dekat mana', 'mana', 'di mana', 'alamat', 'alamat rumah', 'lokasi', 'share location', 'share loc', 'duduk mana', 'tinggal mana'],
    place_q: ['rumah', 'rumah awak', 'sekolah', 'sekolah awak', 'awak duduk', 'awak tinggal', 'duduk', 'tinggal'],
    alone_q: ['sorang2', 'sorang sorang', 'sorang je', 'sorang ke', 'mak ayah ada', 'parents ada', 'ada orang kat rumah', 'siapa ada kat rumah'],
    job: ['kerja', 'kerja kosong', 'jawatan', 'part time', 'parttime', 'model', 'modeling', 'talent', 'casting', 'photoshoot', 'agensi', 'agent', 'job'],
    lure: ['senang', 'mudah', 'gaji', 'gaji lumayan', 'gaji besar', 'duit cepat', 'bayaran', 'sehari', 'luar negara', 'bangkok', 'singapura', 'dubai', 'tiket flight', 'tempat tinggal', 'tak perlu pengalaman', 'remaja', '@MONEY'],
    benign_job: ['model un', 'delegasi', 'perwakilan', 'job fair', 'karnival kerjaya', 'kerjaya', 'praktikal', 'latihan industri', 'cikgu', 'sekolah', 'kakak saya', 'abang saya'],
    secret_code: ['kod tac', 'tac', 'otp', 'kod otp', 'kod', 'kod pengesahan', 'password', 'kata laluan', 'pin', 'login', 'akaun'],
    account: ['akaun', 'account', 'akaun awak', 'ig', 'fb', 'tiktok', 'ml', 'ff', 'email', 'wasap', 'whatsapp'],
    came_in: ['yang masuk', 'masuk phone', 'masuk fon', 'masuk nombor', 'tersalah hantar', 'salah hantar', 'tertekan', 'tak sengaja'],
    borrow: ['pinjam', 'guna', 'login', 'masuk', 'naikkan', 'tukar akaun', 'main akaun'],
    benign_code: ['wifi', 'wi-fi', 'hotspot', 'classroom', 'kod kelas', 'poskod', 'kod promo', 'loker', 'kod pintu', 'pin pintu', 'kod pagar', 'kod gate', 'kod garaj'],
    spread: ['sebar', 'sebarkan', 'viralkan', 'post', 'upload', 'hantar kat', 'hantar ke', 'tunjuk kat', 'bagi kat'],
    targets: ['group sekolah', 'sekolah', 'mak ayah', 'mak', 'ayah', 'parents', 'family', 'keluarga', 'kawan2', 'kawan', 'kawan awak', 'kawan kau', 'semua kawan', 'semua orang', 'cikgu', 'followers', 'internet', 'group'],
    or_else: ['kalau tak', 'kalau tidak', 'kalau awak tak', 'kalau kau tak', 'kalau u tak', 'kalau awak tidak', 'kalo tak', 'klau tak', 'atau', 'kalau awak report', 'kalau awak block', 'kalau awak bagitau'],
    harm: ['saya cari', 'aku cari', 'saya datang rumah', 'aku datang rumah', 'saya pukul', 'aku pukul', 'belasah', 'aku bunuh', 'saya bunuh', 'hancurkan hidup', 'awak akan menyesal', 'kau akan menyesal', 'nanti menyesal', 'siap awak', 'siap kau', 'hack akaun'],
    owe: ['hutang', 'berhutang', 'kena bayar', 'kena ganti'],
    /** "I know where you live / which school": said unasked, a threat (threat.know_where). */
    know_where: ['aku tahu jalan balik sekolah kau', 'aku tahu jalan kau balik', 'aku tahu kau lalu', 'aku tahu rumah kau', 'aku tau rumah kau', 'aku tahu rumah awak', 'saya tahu rumah awak', 'aku tahu mana rumah kau', 'aku tahu sekolah kau', 'aku tahu kau sekolah mana', 'aku tahu sekolah awak', 'aku tahu kau tinggal mana', 'aku tahu kau duduk mana', 'aku tahu alamat kau', 'saya tahu alamat awak'],
    game_context: ['ml', 'ff', 'pubg', 'game', 'haha', 'hahaha', 'gurau', 'main main', 'rank'],
    /** Someone else's words told, not an ask of the reader ("katanya", "dia minta"). */
    reported_speech: ['dia kata', 'dia cakap', 'dia minta', 'ada orang minta', 'orang tu minta', 'lelaki tu minta', 'kawan aku kena minta', 'dalam filem', 'lirik'],
    safety_talk: ['scam', 'penipuan', 'tipu', 'jangan sesekali', 'hati2', 'hati hati', 'polis', 'dah report', 'saya report', 'block', 'orang asing', 'stranger', 'berita', 'saya block', 'terus block'],
    // --- words the shared templates ask for (./templates.ts) ----------------------
    alone_words: ['@alone_q'],
    borrow_account_obj: ['@account'],
    /** The teen's parents, as a sender names them (secrecy.dont_tell_parents). */
    parents_obj: ['mak', 'mak ayah', 'mak bapak', 'mak abah', 'ibu bapa', 'ibu bapa awak', 'parents', 'ayah', 'abah', 'ibu', 'mama', 'papa', 'family awak', 'keluarga awak'],
    /** The sender will tell the parents themselves ("I'll tell them myself"): a secret between siblings or friends, kept for now (secrecy.dont_tell_parents). */
    tell_myself: ['nanti aku cerita sendiri', 'aku cerita sendiri', 'biar aku bagitau sendiri', 'aku nak bagitau sendiri', 'nanti aku bagitau sendiri', 'biar aku cakap sendiri', 'nanti aku cakap sendiri'],
    dont_tell_obj: ['@who', '@about_us'],
    free_lead: ['nak', 'mahu', 'free', 'percuma'],
    gift_for_pic_obj: ['@pic', '@camera', 'hantar gambar'],
    give_code_lead: ['@send', '@ask'],
    meet_up_obj: ['@meet_time', '@my_place', '@pickup'],
    model_offer_lead: ['jadi', 'jd', 'sesuai jadi', 'nak jadi', 'masuk'],
    model_offer_obj: ['model', 'talent', 'casting', 'photoshoot'],
    move_app_lead: ['@move'],
    my_place_lead: ['datang', 'mai', 'pergi', 'tidur', 'lepak'],
    offer_lead: ['@i_will'],
    pay_travel_obj: ['saya bayar', 'aku bayar', 'saya belanja', 'abang bayar', 'saya tanggung', 'free'],
    send_again_mid: ['hantar', 'send', 'bagi'],
    send_again_obj: ['lagi'],
  },
  uses: {
    'threat.shame_if_they_knew': {
      within: 9,
      extraUnless: ['@schoolwork', 'keputusan|result|markah|pertandingan|menang|johan|tak nampak|tak tahu|tak tengok|lukisan|anugerah|sukan|baik bagitahu|bagitahu sendiri'],
      examples: ['sayang la kalau sekolah u dapat tahu pasal ni'],
      counterExamples: ['sayang la kalau cikgu tak tahu kau menang pertandingan tu'],
    },
    'photo.unposted_pics': {
      extraUnless: ['percutian|cuti|parti|birthday|group|kelas|pasukan|kahwin|album|raya|mak nak|ayah nak'],
      examples: ['ada gambar lain yg tak post?'],
      counterExamples: ['hantar gambar percutian yg tak post tu untuk album'],
    },
    // ====================== photo_request ======================
    'photo.send_nudes': {
      extraUnless: ['jangan hantar|jangan sesekali|jangan pernah|lipstik|lipstick|lip|kasut|warna|shade|makeup|bra|tudung|shawl|pashmina|polis|lapor|diugut|sextortion'],
      examples: ['hantar nudes', 'hantar gambar bogel awak', 'ada nudes tak?'],
      counterExamples: ['jangan hantar nudes kat sesiapa', 'hantar link lipstik nude tu'],
    },
    'photo.send_pic': {
      examples: ['hantar gambar awak boleh', 'send selfie sikit', 'bagi gambar u'],
      counterExamples: ['hantar gambar nota sejarah boleh', 'share gambar lawatan kat group kelas'],
    },
    'photo.pic_body': {
      examples: ['gambar dalam bilik', 'video tengah mandi'],
    },
    'photo.undressed': {
      extraUnless: ['kedai|shopee|diskaun|beli|katalog|jual'],
      examples: ['hantar gambar tanpa baju', 'nak gambar awak pakai baju tidur', 'gambar atas katil', 'bagi gambar full body'],
      counterExamples: ['tengok gambar bikini kat shopee ni, nak beli'],
    },
    'photo.your_turn': {
      extraUnless: ['@reported_speech'],
      examples: ['saya dah hantar gambar saya, sekarang giliran awak', 'abang dah hantar, turn awak pulak'],
      counterExamples: ['aku dah hantar gambar kucing aku, giliran kau', 'saya dah hantar kerja sekolah, hantar awak punya'],
    },
    'photo.undress_on_camera': {
      examples: ['bukak baju masa video call', 'on kamera pastu tanggal baju 🙈'],
      counterExamples: ['buka jaket masa vc nak tengok baju raya tu'],
    },
    'photo.just_for_me': {
      examples: ['gambar tu untuk saya je', 'vc kita berdua je'],
    },
    'photo.gift_for_pic': {
      examples: ['saya topup kalau awak hantar selfie'],
    },
    'photo.send_again': {
      examples: ['kalau tak hantar lagi siap'],
    },
    // ====================== meetup ======================
    'meet.pay_travel': {
      examples: ['tiket bas saya bayar, datang la'],
    },
    'meet.meet_up': {
      extraUnless: ['jumpa lagi|jumpa esok kat kelas|jumpa kat kelas'],
      examples: ['jom jumpa sabtu ni', 'bila kita boleh jumpa', 'keluar dengan abang malam ni nak'],
      counterExamples: ['esok kita siapkan projek kat perpustakaan lepas sekolah'],
    },
    'meet.my_place': {
      examples: ['datang rumah saya malam ni'],
    },
    // ====================== off_platform ======================
    'offplat.app_link': {
      extraUnless: ['kelas|sekolah|cikgu'],
      examples: ['ni link saya t.me/someone'],
    },
    'offplat.move_app': {
      extraUnless: ['group|kelas|rosak|error|tak boleh|down|sticker|dah delete|padam'],
      examples: ['jom borak kat telegram', 'add wasap saya', 'pindah whatsapp je'],
    },
    'offplat.here_bad': {
      examples: ['sini tak best, lebih selamat kat sana'],
    },
    // ====================== secrecy ======================
    'secrecy.dont_tell_parents': {
      examples: ['jangan bagitau mak ayah pasal kita', 'tak payah cerita kat ibu bapa awak'],
      counterExamples: ['jangan bagitau mak pasal parti kejutan tu', 'jangan bagitau mak pasal markah, nanti aku cerita sendiri'],
    },
    'secrecy.dont_tell': {
      examples: ['jangan bagitau mak ayah ya', 'tak payah cerita kat sesiapa pasal kita'],
      counterExamples: ['jangan bagitau dia pasal parti hari jadi tu'],
    },
    'secrecy.delete_chat': {
      extraUnless: ['@safety_talk', 'gambar saya|group|typo|spam|app'],
      examples: ['padam chat ni lepas baca'],
    },
    'secrecy.secret': {
      examples: ['ni rahsia kita berdua', 'senyap senyap je tau'],
    },
    // ====================== gift_money ======================
    'gift.offer': {
      extraUnless: ['hutang|ganti|pulangkan|kongsi|cikgu|bayar balik|birthday|hari jadi|sempena', 'mak bagi|ayah bagi|abah bagi|atuk bagi|nenek bagi|dari mak|dari ayah|dari abah|dari atuk'],
      examples: ['saya topup diamond untuk awak', 'abang belanja fon baru'],
    },
    'gift.free': {
      extraUnless: ['cikgu|kongsi|beli sendiri|harga|mahal|murah|diskaun'],
      examples: ['nak diamond free?'],
    },
    // ====================== personal_info ======================
    'info.age': {
      extraUnless: ['adik|abang|kakak|kucing|kereta|rumah|mak|ayah|nenek|atuk|dia'],
      examples: ['umur berapa?', 'umur awak berapa'],
    },
    'info.alone': {
      extraUnless: ['saya sorang|aku sorang|buat sorang'],
      examples: ['awak sorang2 kat rumah ke', 'mak ayah ada tak sekarang'],
    },
    // ====================== job_offer ======================
    'job.model_offer': {
      extraUnless: ['rambut|baju|fon|kereta'],
      examples: ['awak sesuai jadi model, berminat?'],
    },
    'job.lure': {
      examples: ['ada kerja senang gaji lumayan', 'kerja kat bangkok, tiket flight free'],
    },
    // ====================== account_access ======================
    'account.borrow_account': {
      within: 5,
      extraUnless: ['akaun saya|akaun sendiri'],
      examples: ['pinjam akaun ml awak kejap'],
    },
    'account.give_code': {
      extraUnless: ['lupa password|tukar password|reset'],
      examples: ['bagi kod tac tu kejap', 'hantar password ig awak'],
      counterExamples: ['ingat, kod tac jangan kongsi dengan orang lain, itu scam', 'mak, password wifi rumah kita apa'],
    },
    'account.code_came_in': {
      examples: ['kod yang masuk phone awak tu, saya tersalah hantar'],
    },
    // ====================== threat ======================
    'threat.harm': {
      examples: ['aku cari kau sampai dapat'],
    },
    'threat.or_else': {
      examples: ['kalau tak ikut saya sebarkan', 'kalau awak report siap kau', 'kalau kau tak transfer aku viralkan'],
    },
    'threat.know_where': {
      extraUnless: ['dalam drama|drama tu|filem|kuih|hantar|ambil|ambik|makcik|pakcik|mak|ayah|jemputan|parcel|posmen|grab|pernah datang|pernah pergi'],
      examples: ['aku tahu rumah kau kat mana', 'aku tahu sekolah kau, jangan cuba cuba'],
      counterExamples: ['dalam drama tu dia cakap aku tahu rumah kau', 'aku tahu rumah kau, nanti mak aku hantar kuih'],
    },
  },
  rules: [
    {
      // "kad google play rm100, sampai tengah malam", "duitnow rm150 dan kita anggap benda ni tak pernah jadi":
      // a payment demand with a deadline, or paid to make it go away (sextortion's demand).
      id: 'ms.threat.pay_deadline',
      category: 'threat',
      weight: 0.6,
      match: ['kad google play|kad hadiah|google play|gift card|duitnow|touch n go|tng', 'sampai tengah malam|sebelum tengah malam|tengah malam ni|dalam sejam|dalam 1 jam|24 jam|habis cerita|anggap benda ni tak pernah|tak pernah jadi|benda ni selesai|kita selesai'],
      anyOrder: true,
      within: 14,
      unless: ['@safety_talk', '@reported_speech', '@schoolwork', 'yuran|koperasi|kelas|tuisyen|kedai|order|pesanan|hutang|birthday|hari jadi|sewa|rent|baju raya|duit raya|bil'],
      examples: ['kad google play rm100 je. sampai tengah malam', 'duitnow rm150 dan kita anggap benda ni tak pernah jadi'],
      counterExamples: ['duitnow yuran tuisyen sebelum tengah malam ni ye'],
    },
    // ====================== threats without the usual words ======================
    {
      // "i masih simpan apa yg u hantar": the kompromat is kept.
      id: 'ms.threat.kept_copies',
      category: 'threat',
      weight: 0.55,
      match: ['masih simpan|masih ada|i simpan|aku simpan|dah simpan|dah save|i save|aku save|dah ss|i dah ss|aku rekod|dah rekod|i rekod', 'apa yg u hantar|apa yang u hantar|apa yg kau hantar|apa yang kau hantar|yg u hantar|yg kau hantar|yang kau hantar|vc kita|chat kita|gambar bogel|gambar kau|gambar u'],
      anyOrder: true,
      within: 10,
      unless: ['@safety_talk', '@reported_speech', '@benign_pic_subject', '@schoolwork', '@surprise', 'percutian|bercuti|konvo|nota|kenangan|sukan|raya|majlis|kelas|tahniah'],
      examples: ['i masih simpan apa yg u hantar hari tu', 'aku dah rekod vc kita'],
      counterExamples: ['aku masih simpan gambar kau masa percutian kat langkawi', 'masih ada semua barang kau kat rumah aku, ambil nanti'],
    },
    {
      // "transfer rm300 kalau tak nak parents u dapat something": pay, or the people named receive it.
      id: 'ms.threat.pay_or_they_get_it',
      category: 'threat',
      weight: 0.6,
      match: ['transfer|bank in|bayar|hantar duit|topup|top up', 'kalau tak nak|kalau x nak|kalau taknak|kalau tak mahu|kalau tak mau', 'parents|mak|ayah|abah|family|keluarga|sekolah|kawan|cikgu|followers', 'dapat|terima|tengok|nampak|tahu|sampai'],
      within: 18,
      unless: ['@safety_talk', '@reported_speech', '@schoolwork', 'yuran|kelas|tuisyen|trip|rombongan|kenduri|hadiah|koperasi'],
      examples: ['transfer rm300 malam ni kalau tak nak parents u dapat something menarik dari i'],
      counterExamples: ['bayar yuran trip esok kalau tak nak cikgu marah'],
    },
    // ====================== asks through a third party ======================
    {
      // "kawan aku nak nombor kau": a contact asked for on someone else's behalf.
      id: 'ms.offplat.third_party_number',
      category: 'off_platform',
      weight: 0.55,
      match: ['kawan aku|member aku|geng aku|boss aku|bos aku|kenalan aku|sepupu aku|abang aku|dia', 'nak|minta|mintak|tanya', '@app|@app_weak|nombor|no|contact', 'kau|awak|u'],
      within: 8,
      unless: ['@safety_talk', 'cikgu|guru|jurulatih|coach|group|kelas|pasukan|projek|mak|ayah|abah|sekolah|doktor'],
      examples: ['kawan aku nak nombor kau', 'abang aku minta no awak'],
      counterExamples: ['cikgu nak nombor kau untuk group kelas'],
    },
    // ====================== photo_request ======================
    {
      id: 'ms.photo.video_call',
      category: 'photo_request',
      weight: 0.55,
      match: ['@camera', 'jom|nak|boleh|malam|sekarang|dengan saya|dengan abang|berdua|tak'],
      anyOrder: true,
      within: 4,
      unless: ['@schoolwork', '@safety_talk', 'kelas|cikgu|kumpulan|projek|group|semua'],
      examples: ['jom vc malam ni', 'video call dengan abang nak?'],
    },
    // ====================== meetup ======================
    {
      id: 'ms.meet.pickup',
      category: 'meetup',
      weight: 0.6,
      match: ['@pickup', '@place_you|@you'],
      within: 6,
      unless: ['@benign_meet', '@safety_talk', 'mak awak|ayah awak|mak saya|ayah saya|parcel|barang|makanan'],
      examples: ['saya ambik awak kat sekolah', 'abang tunggu depan rumah'],
    },
    // ====================== off_platform ======================
    {
      id: 'ms.offplat.ask_number',
      category: 'off_platform',
      weight: 0.6,
      match: ['@ask', '@number'],
      anyOrder: true,
      within: 5,
      unless: ['@safety_talk', 'rumah|bilik|kasut|akaun bank|cikgu|mak|ayah'],
      examples: ['nombor telefon awak berapa', 'boleh minta no wasap'],
    },
    // ====================== personal_info ======================
    {
      id: 'ms.info.school_level',
      category: 'personal_info',
      weight: 0.45,
      match: ['tingkatan berapa|darjah berapa|form berapa|sekolah mana|sekolah apa|tahun berapa'],
      unless: ['@safety_talk', 'adik|abang|kakak|anak'],
      examples: ['tingkatan berapa sekarang'],
    },
    {
      id: 'ms.info.where',
      category: 'personal_info',
      weight: 0.45,
      match: ['@place_q', '@where_q'],
      within: 5,
      unless: ['@safety_talk', '@benign_meet', 'nenek|atuk|majlis|parti|projek', 'rider tak jumpa|rider tk jumpa|rider sesat|kurier sesat|courier sesat|posmen sesat|driver tak jumpa|rider cari'],
      examples: ['rumah awak kat mana', 'sekolah mana?', 'awak tinggal dekat mana'],
    },
    {
      id: 'ms.info.phone_number',
      category: 'personal_info',
      weight: 0.55,
      match: ['@ask', '@number'],
      anyOrder: true,
      within: 5,
      unless: ['@safety_talk', 'rumah|bilik|kasut|akaun bank|cikgu|mak|ayah'],
      examples: ['nombor telefon awak berapa'],
    },
    {
      id: 'ms.info.address',
      category: 'personal_info',
      weight: 0.6,
      match: ['alamat|alamat rumah|share location|share loc|lokasi'],
      unless: ['@safety_talk', 'email|web|majlis|parti|kad jemputan|jemputan kahwin|kenduri', 'rider tak jumpa|rider tk jumpa|rider sesat|kurier sesat|courier sesat|posmen sesat|driver tak jumpa|rider cari'],
      examples: ['bagi alamat rumah'],
    },
    // ====================== threat ======================
    {
      id: 'ms.threat.spread',
      category: 'threat',
      weight: 0.8,
      match: ['@pic|@chat_obj', '@spread', '@targets'],
      anyOrder: true,
      within: 10,
      unless: ['@safety_talk', '@schoolwork', 'lawatan|rombongan|majlis|kelas|classroom|poster', 'kontrak|tandatangan|sign kontrak|review produk|kebenaran|tahniah|congrats|congratulations'],
      examples: ['saya sebar gambar awak kat group sekolah', 'aku sebar chat kita kat semua kawan kau'],
    },
    {
      // Spreading or making viral needs no audience named: the verb is the threat ("semua gambar kita aku sebarkan").
      id: 'ms.threat.spread_kompromat',
      category: 'threat',
      weight: 0.7,
      match: ['@pic|@chat_obj', 'sebar|sebarkan|disebarkan|aku sebar|viralkan|viral kan|tularkan|aku viralkan'],
      anyOrder: true,
      within: 8,
      unless: ['@safety_talk', '@reported_speech', 'jangan|jgn|tolong jangan|berita|fitnah|polis|dah report|kena sebar'],
      examples: ['kalau kau putus, semua gambar kau aku sebarkan', 'video tu aku viralkan malam ni'],
      counterExamples: ['jangan sebar gambar aku kat group tau', 'ada orang sebar gambar dia, dah report polis'],
    },
    {
      id: 'ms.threat.owe',
      category: 'threat',
      weight: 0.6,
      match: ['awak|kau|u', '@owe'],
      within: 4,
      unless: ['@game_context', '@safety_talk', 'nasi|makan|kantin|semalam|rm5|rm10'],
      examples: ['awak hutang dengan saya, ingat tu'],
    },
  ],
};
