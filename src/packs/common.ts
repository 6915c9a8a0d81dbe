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
];
