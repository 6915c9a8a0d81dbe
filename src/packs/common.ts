/**
 * Word classes shared by every pack: names of apps people move a chat to,
 * their link domains, and emoji that stand for apps, photos, money or
 * secrets. Packs use them as `@app`, `@pic_emoji`... (see ./FORMAT.md).
 * Brand names are the same in every language, so they live here once.
 */
export const COMMON_LEXICON: Readonly<Record<string, readonly string[]>> = {
  /** Apps and link forms that almost always mean "talk elsewhere". */
  app: [
    '@app_link', 'snapchat', 'snapchat.com', 'snap chat', 'snapch*', 'sn4p', '👻',
    'telegram', 'telegra*', 'telgram', 'tele gram',
    'whatsapp', 'whats app', 'whatsap', 'watsapp', 'wasap', 'wassap', 'whtsapp',
    'kik', 'discord',
    'wickr', 'threema', 'viber', 'wechat', 'skype', 'facetime', 'imessage', 'omegle', 'wizz',
    'session app', 'line app', 'line id', 'signal app', 'zangi', 'botim', 'kakaotalk', 'kakao', 'zalo',
  ],
  /** Links that open a chat in another app. */
  app_link: [
    't.me', 'telegram.me', 'wa.me', 'chat.whatsapp.com', 'api.whatsapp.com', 'discord.gg', 'discord.com/invite', 'discordapp.com/invite',
    'snapchat.com/add', 'kik.me', 'line.me', 'signal.me', 'm.me', 'ig.me', 'join.skype.com', 'zoom.us/j',
  ],
  /** Short or ambiguous app names: only risky next to a move verb or "add me". */
  app_weak: [
    'snap', 'sc', 'snp', 'tele', 'tg', 'tgram', 'wa', 'wsp', 'wts', 'whats', 'watsap', 'dc', 'disc',
    'signal', 'line', 'insta', 'ig', 'instagram', 'fb', 'messenger', 'tiktok', 'tt', 'x', 'twitter', 'gc', 'zoom',
  ],
  /** Emoji that stand for a camera, a photo or a selfie. */
  pic_emoji: ['📸', '📷', '🤳', '🎥', '📹', '🖼'],
  /** Emoji for money and gifts. */
  money_emoji: ['💸', '💰', '💵', '💴', '💶', '💷', '🤑', '💳', '🎁'],
  /** Emoji for a secret. */
  secret_emoji: ['🤫', '🤐', '🔒'],
  /** Emoji for a phone or a call. */
  phone_emoji: ['📞', '📱', '☎'],
  /** Emoji for home or a place. */
  place_emoji: ['🏠', '🏡', '📍'],
};

/**
 * Built-in token kinds the tokenizer recognises itself; packs use them like
 * classes: `@NUM` (digits), `@MONEY` ($50, 50k, rp50rb, 20€, rm50, ₱500),
 * `@HANDLE` (@name), `@LINK` (a web address or a defanged one), `@PHONE`
 * (7 or more digits, spaces or dashes allowed).
 */
export const BUILTIN_KINDS = ['NUM', 'MONEY', 'HANDLE', 'LINK', 'PHONE'] as const;
export type BuiltinKind = (typeof BUILTIN_KINDS)[number];

/**
 * Very frequent chat words in the pack languages. Not matched on their own:
 * the compiler uses this list only to avoid keying a rule's pre-filter on a
 * slot made of such words when the rule has a rarer slot.
 */
export const FREQUENT_WORDS: readonly string[] = [
  'u', 'you', 'ur', 'your', 'me', 'my', 'i', 'im', 'ill', 'a', 'the', 'to', 'and', 'or', 'is', 'are', 'r', 'it', 'this', 'that',
  'what', 'whats', 'how', 'do', 'can', 'will', 'so', 'if', 'for', 'of', 'in', 'on', 'at', 'be', 'we', 'us', 'no', 'not', 'dont',
  'just', 'get', 'got', 'go', 'want', 'wanna', 'one', 'have', 'with', 'lol', 'ok', 'yes', 'ya', 'he', 'she', 'they',
  'aku', 'kamu', 'ku', 'mu', 'yg', 'yang', 'ga', 'gak', 'nggak', 'ya', 'aja', 'di', 'ke', 'dan', 'ini', 'itu', 'ada', 'sama', 'mau', 'lagi', 'udah', 'kok', 'sih', 'deh', 'dong', 'nih', 'tuh', 'apa',
  'saya', 'awak', 'tak', 'nak', 'la', 'lah', 'je', 'kat',
  'ka', 'ko', 'ako', 'mo', 'ng', 'na', 'sa', 'ang', 'lang', 'naman', 'ba', 'po', 'pa', 'ikaw', 'kita', 'tayo',
  'que', 'de', 'la', 'el', 'y', 'en', 'un', 'una', 'te', 'tu', 'mi', 'me', 'se', 'lo', 'es', 'eu', 'voce', 'vc', 'o', 'e', 'da', 'do', 'pra', 'le', 'les', 'je', 'et', 'pas', 'ca', 'moi', 'toi',
  // More of the most frequent English chat words.
  'am', 'was', 'were', 'been', 'has', 'had', 'does', 'did', 'done', 'an', 'as', 'by', 'from', 'up', 'out', 'about', 'there', 'their', 'them', 'then', 'than', 'these', 'those',
  'who', 'when', 'where', 'which', 'why', 'all', 'any', 'some', 'more', 'most', 'very', 'too', 'also', 'only', 'really', 'much', 'many', 'good', 'great', 'nice', 'well', 'like',
  'know', 'think', 'time', 'day', 'today', 'now', 'here', 'there', 'way', 'make', 'take', 'see', 'come', 'back', 'new', 'people', 'love', 'thing', 'things', 'work', 'need', 'going',
  'would', 'could', 'should', 'may', 'might', 'must', 'let', 'lets', 'our', 'his', 'her', 'him', 'its', 'it s', 'i m', 'don', 't', 's', 'm', 've', 'll', 're', 'd', 'yeah', 'oh', 'hi', 'hey',
  'thanks', 'thank', 'sure', 'right', 'sorry', 'please', 'pls', 'one', 'two', 'other', 'because', 'what s', 'how s', 'want', 'got', 'get', 'say', 'said', 'tell', 'ask', 'give', 'help', 'try',
  // Indonesian and Malay.
  'saya', 'anda', 'dia', 'kami', 'kita', 'mereka', 'tidak', 'bisa', 'akan', 'sudah', 'belum', 'juga', 'dengan', 'untuk', 'dari', 'pada', 'dalam', 'atau', 'tapi', 'karena', 'jadi', 'kalau', 'seperti', 'banyak', 'suka', 'sangat', 'sekali', 'punya', 'adalah', 'bagaimana', 'kenapa', 'siapa', 'kapan', 'mana', 'baik', 'terima', 'kasih', 'hari', 'waktu', 'orang', 'anak', 'rumah', 'kerja', 'bekerja', 'sekolah', 'tahun', 'sedang', 'masih', 'harus', 'ingin', 'mau', 'tahu', 'tau', 'lebih', 'semua', 'hanya', 'sendiri',
  // Tagalog, Spanish, Portuguese, French.
  'ako', 'ikaw', 'siya', 'tayo', 'kami', 'sila', 'hindi', 'oo', 'ano', 'sige', 'talaga', 'din', 'rin', 'lang', 'yung', 'nga', 'para', 'por', 'con', 'los', 'las', 'del', 'al', 'pero', 'si', 'no', 'mas', 'muy', 'bien', 'nao', 'sim', 'com', 'para', 'uma', 'um', 'mais', 'muito', 'des', 'du', 'est', 'pour', 'avec', 'mais', 'oui', 'tres', 'bien', 'vous', 'nous', 'il', 'elle', 'on',
];
