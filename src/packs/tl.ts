import type { LanguagePack } from './types';

/**
 * Tagalog and Taglish (Tagalog with English mixed in, as most Filipino
 * teens chat): ka/mo/ko/ikaw, naman, na lang, po, pa-send, i-send, gc,
 * tg, ml, gcash, load. English words a Taglish message uses are listed
 * here too (packs do not share classes). Format: ./FORMAT.md.
 */

export const tlPack: LanguagePack = {
  lang: 'tl',
  lexicon: {
    /** Pictures, and "that you didn't post" (photo.unposted_pics). */
    unposted_pic: ['pics', 'pic', 'picture', 'selfie', 'iba'],
    unposted_where: ['hindi mo pinost', 'di mo pinost', 'di pa napopost', 'wala sa ig', 'wala sa fb', 'hindi naka post', 'di naka post'],
    send: ['send', 'i-send', 'isend', 'pa-send', 'pasend', 'magsend', 'nagsend', 'mag-send', 'padala', 'ipadala', 'magpadala', 'bigay', 'ibigay', 'pakita', 'ipakita', 'pakitaan', 'share', 'pahingi', 'penge', 'pengeng', 'kuha', 'kunan', 'send ka', 'send mo'],
    you: ['ka', 'mo', 'ikaw', 'kita', 'u', 'you', 'sayo', 'iyo', 'mo na', 'mo naman', 'beh', 'baby', 'bebe'],
    pic: ['pic', 'pics', 'picture', 'pictures', 'litrato', 'larawan', 'selfie', 'photo', 'photos', 'video', 'vid', 'vids', 'full body', 'fullbody', 'hubad', 'nude', 'nudes', 'sexy', 'hot', '@pic_emoji'],
    body: ['mo', 'katawan', 'mukha', 'suot', 'nakahubad', 'sa kwarto', 'sa kama', 'naliligo', 'full body', 'sexy', 'hot', 'cute'],
    /** Undressed or in bed: a photo ask with one of these is unambiguous (conversation.ts UNAMBIGUOUS_RULES); 'mo' or 'suot' is not. */
    undressed: [
      'nakahubad', 'hubad', 'walang damit', 'walang suot', 'naka underwear', 'naka-underwear', 'naka panty', 'naka bra', 'naka boxer', 'naka brief', 'naka bikini', 'naka-bikini', 'bikini',
      'naka tuwalya', 'naliligo', 'pagkatapos maligo', 'sa banyo', 'sa kama', 'naka pajama', 'naka-pajama', 'pantulog', 'full body', 'katawan mo', 'topless', 'sexy',
    ],
    undressed_lead: ['@pic', '@send'],
    /** The sender's picture sent first, then the teen's asked for (photo.your_turn). */
    sent_mine: ['nagsend na ako', 'nag send na ako', 'nagpadala na ako', 'sinend ko na', 'send ko na', 'pinakita ko na', 'nagpakita na ako'],
    your_turn: ['ikaw naman', 'ikaw na', 'turn mo na', 'send mo na yung sayo', 'yung sayo naman'],
    camera: ['vc', 'video call', 'videocall', 'camera', 'cam', 'facetime', 'open cam', 'on cam'],
    just_us: ['ako lang', 'akin lang', 'para sakin lang', 'para sa akin lang', 'tayong dalawa lang', 'tayo lang', 'tayong dalawa', 'walang makakaalam', 'walang ibang makakakita', 'di ko ipapakita', 'hindi ko ipapakita', 'promise', 'secret lang', 'atin lang'],
    schoolwork: ['school id', 'registration', 'assignment', 'homework', 'notes', 'notebook', 'module', 'quiz', 'exam', 'reviewer', 'sagot', 'project', 'math', 'science', 'schedule', 'sched', 'libro', 'page', 'answer key'],
    group_place: ['gc', 'group chat', 'groupchat', 'group', 'album', 'drive', 'my day', 'lahat'],
    benign_pic_subject: ['field trip', 'outing', 'bakasyon', 'pusa', 'aso', 'pagkain', 'cake', 'party', 'lola', 'lolo', 'baby', 'class picture', 'graduation'],
    move: ['add', 'chat', 'usap', 'mag-usap', 'magusap', 'lipat', 'lumipat', 'text', 'call', 'pm', 'dm', 'message', 'msg', 'hanapin', 'follow', 'dun', 'doon', 'dito', 'sa'],
    number: ['number', 'num', 'numero', 'cp', 'cp number', 'cp no', 'contact number', 'phone number', 'no mo', 'digits'],
    ask: ['ano', 'anong', 'pahingi', 'penge', 'bigay', 'ibigay', 'send', 'pwede', 'paki'],
    here_bad: ['mas safe', 'mas private', 'mas okay dun', 'di safe dito', 'hindi safe dito', 'dun na lang', 'doon na lang', 'ibang account', 'second account', 'dummy account', 'dummy acc', 'alt account', 'vanish mode', 'secret chat', 'disappearing'],
    neg: ['wag', 'huwag', 'wag mo', 'huwag mo', 'wag mong', 'huwag mong', 'di mo', 'hindi mo', 'no need', 'bawal'],
    tell: ['sabihin', 'sasabihin', 'ikwento', 'kwento', 'ipaalam', 'ipakita', 'isumbong', 'sumbong', 'sabihan', 'tell', 'ireport', 'report'],
    who: ['kahit kanino', 'kahit sino', 'sino', 'iba', 'ibang tao', 'magulang', 'parents', 'mama', 'mama mo', 'mommy', 'nanay', 'papa', 'papa mo', 'daddy', 'tatay', 'mom', 'dad', 'kuya', 'ate', 'barkada', 'friends', 'kaibigan', 'teacher', 'pamilya', 'family', 'tita', 'tito'],
    about_us: ['tungkol sa atin', 'tungkol sakin', 'tungkol sa akin', 'about us', 'about me', 'about dito', 'usapan natin', 'convo natin', 'chat natin', 'satin', 'sa atin'],
    secret: ['secret natin', 'sikreto natin', 'atin atin lang', 'atin-atin lang', 'tayo lang makakaalam', 'tayo lang ang makakaalam', 'walang dapat makaalam', 'walang makakaalam', 'lihim', 'quiet lang', 'walang makakaalam nito', 'walang ibang makakaalam', 'walang makakaalam nyan', 'walang makakaalam niyan', '@secret_emoji'],
    delete: ['delete', 'i-delete', 'idelete', 'burahin', 'bura', 'unsend', 'i-unsend', 'remove'],
    chat_obj: ['convo', 'convo natin', 'chat', 'chats', 'chat natin', 'usapan', 'usapan natin', 'messages', 'msg', 'to', 'ito', 'lahat'],
    surprise: ['surprise', 'surprise party', 'birthday', 'bday', 'regalo', 'gift', 'party', 'spoiler', 'crush', 'plano', 'monito monita', 'kris kringle', 'nabunot'],
    meet: ['kita tayo', 'kitain', 'magkita', 'magkita tayo', 'meet', 'meet up', 'meetup', 'gala', 'labas', 'lumabas', 'date', 'punta ka', 'pumunta ka', 'sama ka', 'sumama ka', 'tara'],
    meet_time: ['bukas', 'mamaya', 'sabado', 'linggo', 'weekend', 'kailan', 'saan', 'tayo', 'tayong dalawa', 'tayo lang', 'ikaw lang', 'mag-isa', 'gabi', 'sa mall', 'sm'],
    pickup: ['sunduin', 'susunduin', 'sunduin kita', 'hatid', 'ihatid', 'ihahatid', 'puntahan', 'pupuntahan', 'hintayin', 'hihintayin', 'antayin', 'aantayin'],
    place_you: ['school', 'school mo', 'skul', 'bahay', 'bahay mo', 'bahay nyo', 'inyo', 'labas', 'kanto', 'gate'],
    my_place: ['bahay ko', 'condo ko', 'condo', 'kwarto ko', 'apartment ko', 'hotel', 'sasakyan ko', 'kotse ko'],
    travel: ['grab', 'pamasahe', 'fare', 'ticket', 'tiket', 'angkas', 'taxi', 'bus', 'ako bahala', 'sagot ko', 'libre ko'],
    /** Paying your share, or asking them to pay theirs: friends splitting a ride, not a stranger paying the teen's way (meet.pay_travel). */
    split_cost: ['hati tayo', 'hatian', 'hati na lang', 'kkb', 'kanya kanyang bayad', 'ambagan', 'ambag', 'ikaw sa pauwi', 'split tayo', 'split bill'],
    benign_meet: ['library', 'class', 'group project', 'project', 'practice', 'simbahan', 'church', 'review', 'after class', 'barkada', 'lahat tayo', 'sama-sama', 'magpaalam', 'paalam', 'tita', 'tito', 'mama mo', 'papa mo'],
    gift: ['gcash', 'load', 'paload', 'pera', 'money', 'cash', 'diamonds', 'diamond', 'skin', 'skins', 'regalo', 'gift', 'gift card', 'iphone', 'cellphone', 'phone', 'damit', 'sapatos', 'allowance', 'libre', 'robux', 'uc', 'maya', 'paymaya', '@MONEY', '@money_emoji'],
    give: ['bibigyan', 'bigyan', 'bibigay', 'papadalhan', 'padadalhan', 'padalhan', 'isesend', 'papaloadan', 'loloadan', 'lolodan', 'papaload', 'ipagpapaload', 'bibilhan', 'ibibili', 'bilhan', 'lilibre', 'ililibre', 'libre', 'loadan', 'lalagyan', 'top up', 'topup'],
    if_you: ['basta', 'kung', 'pag', 'kapag', 'kapalit', 'kaya', 'para', 'if'],
    age_q: ['ilang taon', 'ilang taon ka', 'ilang taon ka na', 'edad mo', 'anong edad', 'age mo', 'grade ilan', 'anong grade', 'grade ka na', 'high school ka', 'hs ka', 'asl', 'birth year'],
    where_q: ['saan', 'san', 'nasaan', 'asan', 'anong brgy', 'anong barangay', 'anong city', 'address', 'address mo', 'location', 'loc', 'pin mo', 'saang'],
    place_q: ['nakatira', 'tira', 'bahay', 'bahay mo', 'bahay nyo', 'school', 'school mo', 'nag-aaral', 'nagaaral', 'brgy', 'barangay'],
    alone_q: ['mag-isa ka', 'magisa ka', 'mag-isa lang', 'magisa lang', 'ikaw lang ba', 'ikaw lang mag-isa', 'may kasama ka', 'sino kasama mo', 'nasa bahay ba', 'nandyan ba', 'wala kang kasama', 'alone ka'],
    job: ['raket', 'trabaho', 'work', 'job', 'hiring', 'model', 'models', 'modeling', 'modelling', 'talent', 'casting', 'photoshoot', 'agency', 'sideline', 'part time', 'part-time', 'homebased', 'online job'],
    lure: ['madaling pera', 'easy money', 'mabilis na pera', 'malaki kita', 'malaking kita', 'sweldo', 'sahod', 'abroad', 'ibang bansa', 'libre pamasahe', 'libreng pamasahe', 'tirahan', 'libre tirahan', 'per day', 'kada araw', 'walang experience', 'no experience', 'minor', 'teens', 'dubai', 'japan', 'bangkok', '@MONEY'],
    benign_job: ['model un', 'mun', 'delegate', 'delegado', 'job fair', 'career', 'career day', 'ojt', 'internship', 'school', 'teacher', 'ate ko', 'kuya ko', 'mama ko', 'papa ko'],
    secret_code: ['otp', 'code', 'verification code', 'password', 'pass', 'pw', 'pin', 'login', 'log in', 'email at password'],
    account: ['account', 'acc', 'acct', 'fb', 'facebook', 'ig', 'ml', 'account mo', 'acc mo', 'gcash', 'tiktok', 'roblox', 'codm'],
    came_in: ['pumasok', 'pumasok sa phone mo', 'sa phone mo', 'sa cp mo', 'na-send sayo', 'nasend sayo', 'napindot', 'nagkamali', 'wrong send', 'mali pindot', 'di sinasadya'],
    borrow: ['hiram', 'hiramin', 'pahiram', 'gamitin', 'ako na mag-aayos', 'ayusin', 'mag-aayos', 'laruin', 'pa-rank', 'parank', 'login', 'i-login'],
    benign_code: ['wifi', 'wi-fi', 'hotspot', 'google classroom', 'class code', 'zip code', 'promo code', 'locker', 'code ng gate', 'code ng pinto', 'gate code', 'door code', 'passcode ng gate', 'code ng garahe'],
    spread: ['ikakalat', 'ipapakalat', 'kakalat', 'ikalat', 'ipopost', 'isesend', 'ipapakita', 'ipakita', 'upload', 'ia-upload', 'sisiraan', 'ipagkakalat'],
    targets: ['gc', 'school', 'school nyo', 'magulang', 'parents', 'mama mo', 'papa mo', 'pamilya', 'family', 'friends', 'followers', 'lahat', 'fb', 'internet', 'teacher'],
    or_else: ['pag di', 'pag hindi', 'kung hindi', 'kung di', 'kapag hindi', 'kundi', 'o kaya', 'pag nagsumbong', 'pag nag-report', 'pag blinock', 'pag nagblock', 'sige block mo'],
    harm: ['papatayin', 'sasaktan', 'babalikan', 'hahanapin', 'pupuntahan kita', 'alam ko kung saan', 'alam ko kung san', 'alam ko school', 'alam ko bahay', 'sisirain', 'magsisisi', 'ihahack', 'ihack'],
    owe: ['utang mo', 'may utang ka', 'utang mo sakin', 'utang mo sa akin', 'utang na loob', 'bayaran mo ko', 'wag kang magreklamo'],
    /** "I know where you live / which school": said unasked, a threat (threat.know_where). */
    know_where: ['alam ko bahay mo', 'alam ko kung saan ka nakatira', 'alam ko kung san ka nakatira', 'alam ko school mo', 'alam ko kung saan ka nag aaral', 'alam ko kung san ka nag aaral', 'alam ko address mo', 'alam ko saan bahay mo', 'alam ko san bahay mo'],
    /** Someone else's words told, not an ask of the reader ("sabi niya", "may nag-message"). */
    reported_speech: ['sabi niya', 'sabi nya', 'sabi daw', 'daw', 'may nag message', 'may nagmessage', 'may humingi', 'tinanong ako', 'sa pelikula', 'sa teleserye', 'lyrics'],
    game_context: ['ml', 'codm', 'valo', 'roblox', 'game', 'laro', 'hahaha', 'haha', 'joke', 'char', 'charot', 'mamaya sa', 'rank'],
    safety_talk: ['scam', 'scammer', 'wag kang magbibigay', 'wag magbigay', 'huwag magbigay', 'huwag kang magbibigay', 'ingat', 'report', 'blinock', 'na-block', 'block ko', 'pulis', 'balita', 'stranger', 'nag-message sakin', 'humihingi', 'may nag'],
    // --- words the shared templates ask for (./templates.ts) ----------------------
    alone_words: ['@alone_q'],
    area_words: ['anong brgy', 'anong barangay', 'saang brgy', 'saang barangay', 'anong city', 'saang city', 'anong street', 'anong lugar', 'saang lugar', 'anong subdivision', 'anong village'],
    borrow_account_obj: ['@account'],
    /** The teen's parents, as a sender names them (secrecy.dont_tell_parents). */
    parents_obj: ['magulang mo', 'mama mo', 'papa mo', 'nanay mo', 'tatay mo', 'parents mo', 'mommy mo', 'daddy mo', 'pamilya mo'],
    /** The sender will tell the parents themselves ("I'll tell them myself"): a secret between siblings or friends, kept for now (secrecy.dont_tell_parents). */
    tell_myself: ['ako mismo magsasabi', 'ako mismo ang magsasabi', 'sasabihin ko mismo', 'ako mismo magkukwento'],
    dont_tell_obj: ['@who', '@about_us'],
    gift_for_pic_obj: ['@send', '@pic', '@camera'],
    give_code_lead: ['@send', '@ask', '@borrow'],
    meet_up_obj: ['@meet_time', '@my_place', '@pickup', '@travel'],
    model_offer_lead: ['pwede', 'gusto', 'maging', 'mag', 'sali'],
    model_offer_obj: ['model', 'modeling', 'modelling', 'talent', 'casting', 'photoshoot'],
    move_app_lead: ['@move'],
    my_place_lead: ['punta', 'pumunta', 'tulog', 'matulog', 'dito', 'dun'],
    pay_travel_obj: ['ako bahala', 'sagot ko', 'libre ko', 'ako na', 'bayad ko', 'babayaran ko', 'ako magbabayad'],
    phone_number_lead: ['@ask'],
    phone_number_obj: ['@number'],
    pickup_obj: ['@place_you', 'kita', 'ka', '@you'],
  },
  uses: {
    'photo.unposted_pics': {
      extraUnless: ['outing|bakasyon|party|bday|gc|class|team|kasal|album'],
      examples: ['may pics ka ba na di mo pinost? 😏'],
      counterExamples: ['send mo yung pics sa outing na di mo pinost'],
    },
    // ====================== photo_request ======================
    'photo.send_pic': {
      examples: ['send ka naman ng pic mo', 'pahingi ng selfie', 'pa-send ng picture mo beh'],
      counterExamples: ['pa-send ng pic ng assignment sa math', 'i-send mo yung pics sa gc'],
    },
    'photo.pic_body': {
      examples: ['picture sa kwarto mo', 'pic mo na nakahubad'],
    },
    'photo.undressed': {
      extraUnless: ['shop|shopee|lazada|sale|bibili|bilhin|tindahan'],
      examples: ['send ka ng pic na nakahubad', 'pic mo na naka pajama', 'pa-send ng full body pic', 'picture mo sa kama'],
      counterExamples: ['tingnan mo yung pic ng bikini sa shopee bibilhin ko'],
    },
    'photo.your_turn': {
      extraUnless: ['@reported_speech'],
      examples: ['nagsend na ako ng pic ko, ikaw naman', 'pinakita ko na yung akin, turn mo na'],
      counterExamples: ['nagsend na ako ng pic ng aso ko, ikaw naman', 'sinend ko na yung assignment ko, ikaw naman'],
    },
    'photo.just_for_me': {
      examples: ['pic mo, ako lang makakakita', 'vc tayong dalawa lang'],
    },
    'photo.gift_for_pic': {
      extraUnless: ['wishlist|wish list|birthday|bday|christmas list|pasko'],
      examples: ['bibigyan kita ng load basta send ka ng pic'],
      counterExamples: ['bibigyan kita ng gift card sa bday mo basta send mo wishlist mo'],
    },
    // ====================== meetup ======================
    'meet.pay_travel': {
      examples: ['ako bahala sa grab mo papunta dito'],
    },
    'meet.meet_up': {
      examples: ['kita tayo bukas', 'tara gala tayo sa sabado', 'magkita tayo, tayong dalawa lang'],
      counterExamples: ['kita tayo sa library after class para sa project'],
    },
    'meet.pickup': {
      extraUnless: ['parcel|order|pagkain'],
      examples: ['susunduin kita sa school', 'hihintayin kita sa labas ng bahay nyo'],
    },
    'meet.my_place': {
      examples: ['punta ka sa condo ko'],
    },
    // ====================== off_platform ======================
    'offplat.app_link': {
      extraUnless: ['class|school|teacher'],
      examples: ['dito na lang t.me/someone_here'],
    },
    'offplat.move_app': {
      extraUnless: ['sira|error|down|di gumagana|hindi gumagana|lag|group|gc|class|nagrereply'],
      examples: ['add mo ko sa tg', 'usap tayo sa telegram', 'lipat tayo sa viber'],
      counterExamples: ['nasira phone ko kaya di ako nakareply sa gc'],
    },
    'offplat.here_bad': {
      examples: ['mas safe dun', 'gamit ka ng dummy account'],
    },
    // ====================== secrecy ======================
    'secrecy.dont_tell_parents': {
      examples: ['wag mong sabihin sa parents mo tungkol sa atin', 'huwag mong sabihin sa mama mo na nag-uusap tayo'],
      counterExamples: ['wag mong sabihin sa mama mo yung surprise natin', 'wag mong sabihin sa mama mo yung baso, ako mismo magsasabi'],
    },
    'secrecy.dont_tell': {
      examples: ['wag mo sabihin sa mama mo', 'huwag mong ikwento kahit kanino', 'wag mo na sabihin sa parents mo'],
      counterExamples: ['wag mong sabihin kay bea yung surprise party'],
    },
    'secrecy.delete_chat': {
      extraUnless: ['@safety_talk', 'pic ko|picture ko|gc|typo|spam|app'],
      examples: ['i-delete mo convo natin after', 'burahin mo lahat ng chat natin'],
    },
    'secrecy.secret': {
      examples: ['secret natin to ha', 'atin-atin lang to'],
    },
    // ====================== personal_info ======================
    'info.age': {
      extraUnless: ['kapatid|kuya|ate|aso|pusa|lola|lolo|mama|papa|siya|sya'],
      examples: ['ilang taon ka na?', 'anong grade mo na'],
    },
    'info.alone': {
      extraUnless: ['ako lang mag-isa|ako mag-isa|kaya ko mag-isa'],
      examples: ['mag-isa ka lang ba sa bahay', 'may kasama ka ba ngayon'],
    },
    'info.phone_number': {
      weight: 0.55,
      extraUnless: ['bahay|room|locker|jersey|teacher|mama|papa|adviser'],
      examples: ['ano number mo?'],
    },
    'info.area': {
      extraUnless: ['@benign_meet', 'party|venue|event|lola|lolo'],
      examples: ['anong brgy mo?', 'saang lugar ka sa cavite'],
    },
    // ====================== job_offer ======================
    'job.model_offer': {
      examples: ['pwede ka mag-model, interested?'],
    },
    'job.lure': {
      examples: ['may raket ako, madaling pera', 'hiring models abroad libre pamasahe'],
      counterExamples: ['may job fair sa school sa friday'],
    },
    // ====================== account_access ======================
    'account.borrow_account': {
      extraUnless: ['account ko|acc ko'],
      examples: ['pahiram ng ml account mo', 'ako na mag-aayos ng account mo'],
    },
    'account.give_code': {
      extraUnless: ['forgot|nakalimutan|reset'],
      examples: ['bigay mo password ng fb mo', 'pahingi ng otp'],
      counterExamples: ['ingat sa modus, ang otp ay para sa iyo lang', 'ma anong password ng wifi natin'],
    },
    'account.code_came_in': {
      examples: ['yung code na pumasok sa phone mo, napindot ko lang'],
    },
    // ====================== threat ======================
    'threat.harm': {
      examples: ['alam ko kung saan ka nakatira', 'pupuntahan kita sa bahay nyo'],
      counterExamples: ['talo ka sa akin sa ml later hahaha'],
    },
    'threat.owe': {
      extraUnless: ['@safety_talk', 'pamasahe|merienda|lunch|kahapon|piso|bente|singkwenta'],
      examples: ['may utang ka sakin, tandaan mo'],
    },
    'threat.or_else': {
      examples: ['pag di ka sumunod ipapakalat ko', 'sige block mo ko, hahanapin kita'],
    },
    'threat.know_where': {
      extraUnless: ['kontrabida|teleserye|pelikula|pansit|dadalhan|ihahatid|hatid|tita|tito|mama|papa|imbitasyon|parcel|rider|nakapunta na'],
      examples: ['alam ko kung saan ka nakatira', 'alam ko school mo ha, wag mo ko subukan'],
      counterExamples: ['sabi nung kontrabida alam ko kung saan ka nakatira', 'alam ko bahay mo, dadalhan kita ng pansit - tita'],
    },
  },
  rules: [
    // ====================== threats without the usual words ======================
    {
      // "nasakin pa rin yung sinend mo": the kompromat is kept.
      id: 'tl.threat.kept_copies',
      category: 'threat',
      weight: 0.55,
      match: ['nasakin pa|nasa akin pa|nasaakin pa|may kopya ako|naka save ako|nakasave ako|na save ko|sinave ko|ni record ko|nirecord ko|na ss ko|naka ss ako', 'sinend mo|pinadala mo|vc natin|convo natin|nudes mo'],
      within: 10,
      unless: ['@safety_talk', '@reported_speech', '@benign_pic_subject', '@schoolwork', '@surprise', 'outing|bakasyon|grad|graduation|notes|reviewer'],
      examples: ['nasakin pa rin yung sinend mo dati. pag isipan mo mabuti', 'nirecord ko yung vc natin'],
      counterExamples: ['na save ko yung pics mo nung outing, send ko sa gc'],
    },
    {
      // "send 2k kung ayaw mong may matanggap parents mo": pay, or the people named receive it.
      id: 'tl.threat.pay_or_they_get_it',
      category: 'threat',
      weight: 0.6,
      match: ['send|padala|magpadala|bayad|magbayad|gcash|transfer', 'kung ayaw mong|kung ayaw mo|kapag ayaw mo|pag ayaw mong|pag ayaw mo', 'matanggap|makatanggap|makita|makakita|malaman|mapadalhan|makakuha', 'parents|magulang|mama|papa|pamilya|school|skul|classmates|tropa|teacher|followers|gc'],
      within: 18,
      unless: ['@safety_talk', '@reported_speech', '@schoolwork', 'fee|field trip|contribution|ambag|project|bayarin sa school|utang|jersey|order'],
      examples: ['send 2k ngayong gabi kung ayaw mong may matanggap parents mo galing sakin'],
      counterExamples: ['magbayad ka na ng ambag kung ayaw mong pagalitan ng teacher'],
    },
    // ====================== asks through a third party ======================
    {
      // "gusto ng tropa ko number mo": a contact asked for on someone else's behalf.
      id: 'tl.offplat.third_party_number',
      category: 'off_platform',
      weight: 0.55,
      match: ['gusto|hinihingi|humihingi|hingi|kinukuha|wants', '@app|@app_weak|number|num|cp|contact', 'mo'],
      within: 6,
      unless: ['@safety_talk', 'teacher|ma am|maam|sir|coach|gc|group|class|klase|team|project|mama|papa|school|doctor|lola|lolo|tita|tito|birthday|bday|ate ko|kuya ko|rider'],
      examples: ['yung tropa ko gusto number mo', 'hinihingi ng pinsan ko ig mo'],
      counterExamples: ['hinihingi ni maam number mo para sa gc ng klase'],
    },
    // ====================== photo_request ======================
    {
      id: 'tl.photo.video_call',
      category: 'photo_request',
      weight: 0.55,
      match: ['@camera', 'tayo|tara|mamaya|ngayon|naman|ka|pwede'],
      anyOrder: true,
      within: 4,
      unless: ['@schoolwork', '@safety_talk', 'class|teacher|group|project|lahat|everyone'],
      examples: ['vc tayo mamaya', 'video call naman'],
    },
    {
      id: 'tl.photo.send_again',
      category: 'photo_request',
      weight: 0.55,
      match: ['@or_else', 'send|nagsend|magsend|padala|ulit'],
      within: 5,
      examples: ['pag di ka nagsend ulit, lagot ka'],
    },
    // ====================== off_platform ======================
    {
      id: 'tl.offplat.whats_your_app',
      category: 'off_platform',
      weight: 0.6,
      match: ['ano|anong|may|meron', '@app|@app_weak', 'mo|ka|?'],
      within: 4,
      unless: ['@safety_talk', 'sira|error|down|group|gc|class'],
      examples: ['ano tg mo?', 'may telegram ka?'],
    },
    {
      id: 'tl.offplat.ask_number',
      category: 'off_platform',
      weight: 0.6,
      match: ['@ask', '@number'],
      within: 4,
      unless: ['@safety_talk', 'bahay|room|locker|jersey|teacher|mama|papa|adviser'],
      examples: ['ano number mo?', 'pahingi ng cp number'],
    },
    {
      id: 'tl.offplat.text_instead',
      category: 'off_platform',
      weight: 0.45,
      match: ['text|call|tawag', 'na lang|nalang|tayo'],
      within: 3,
      unless: ['@safety_talk', 'mama|papa|nanay|tatay|ate|kuya|pag nakauwi|pag nandun|pagdating'],
      examples: ['text na lang tayo'],
    },
    // ====================== secrecy ======================
    {
      id: 'tl.secrecy.dont_tell_anyone',
      category: 'secrecy',
      weight: 0.6,
      match: ['@neg', 'lang|mo lang|sabihin', 'kahit kanino|kahit sino'],
      within: 6,
      unless: ['@surprise', '@safety_talk', 'otp|password|code|pin'],
      examples: ['wag mo lang sabihin kahit kanino'],
    },
    // ====================== gift_money ======================
    {
      id: 'tl.gift.offer',
      category: 'gift_money',
      weight: 0.6,
      match: ['@give', 'kita|ikaw|sayo|@gift'],
      within: 5,
      unless: ['@safety_talk', 'ambagan|ambag|utang|bayad ko sayo|ibabalik|teacher|ma am|sir', 'bayaran mo|babayaran mo|bayaran mo na lang|bday|birthday|bday gift|pasko|send ni papa|send ni mama|bigay ni papa|bigay ni mama|padala ni papa|padala ni mama'],
      examples: ['bibigyan kita ng diamonds sa ml', 'papadalhan kita ng gcash', 'lilibre kita'],
      counterExamples: ['ambagan tayo pang-regalo kay sir bukas'],
    },
    {
      id: 'tl.gift.want_free',
      category: 'gift_money',
      weight: 0.55,
      match: ['gusto mo|gusto mo ng|want|libre|free', '@gift'],
      within: 4,
      unless: ['@safety_talk', 'ambagan|teacher|ma am|bibili ako|mahal|sale'],
      examples: ['gusto mo ng free load?'],
    },
    // ====================== personal_info ======================
    {
      id: 'tl.info.where',
      category: 'personal_info',
      weight: 0.45,
      match: ['@where_q', '@place_q|ka|kayo|mo'],
      within: 4,
      unless: ['@safety_talk', '@benign_meet', 'lola|lolo|party|venue|event'],
      examples: ['saan ka nakatira?', 'anong brgy mo', 'saan school mo'],
    },
    {
      id: 'tl.info.grade',
      category: 'personal_info',
      weight: 0.45,
      match: ['grade|gr|year', '@NUM', 'ka|ka na|ba|ikaw'],
      within: 4,
      unless: ['@safety_talk', 'kapatid|kuya|ate|pinsan|anak'],
      examples: ['grade 9 ka na ba?'],
    },
    {
      id: 'tl.info.address',
      category: 'personal_info',
      weight: 0.55,
      match: ['address|location|loc|pin', 'mo|nyo|ninyo'],
      within: 3,
      unless: ['@safety_talk', 'email|party|venue|event|mama|papa'],
      examples: ['send mo address mo'],
    },
    // ====================== threat ======================
    {
      id: 'tl.threat.spread',
      category: 'threat',
      weight: 0.8,
      match: ['@spread', '@pic|@chat_obj|@targets'],
      within: 8,
      unless: ['@safety_talk', '@schoolwork', 'field trip|outing|class picture|graduation|classroom|poster|posters'],
      examples: ['ipapakalat ko yung pics mo sa gc', 'ipopost ko lahat sa fb'],
    },
  ],
};
