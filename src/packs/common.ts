/**
 * Word classes shared by every pack: names of apps people move a chat to,
 * their link domains, and emoji that stand for apps, photos, money or
 * secrets. Packs use them as `@app`, `@pic_emoji`... (see ./FORMAT.md).
 * Brand names are the same in every language, so they live here once.
 */
export const COMMON_LEXICON: Readonly<Record<string, readonly string[]>> = {
  /** Apps and link forms that almost always mean "talk elsewhere". */
  app: [
    'snapchat', 'snapchat.com', 'snapchat.com/add', 'snap chat', 'snapch*', 'sn4p', '👻',
    'telegram', 'telegram.me', 't.me', 'telegra*', 'telgram', 'tele gram',
    'whatsapp', 'whats app', 'whatsap', 'watsapp', 'wasap', 'wassap', 'whtsapp', 'wa.me', 'chat.whatsapp.com',
    'kik', 'kik.me', 'discord', 'discord.gg', 'discord.com', 'discordapp.com',
    'wickr', 'threema', 'viber', 'wechat', 'skype', 'facetime', 'imessage', 'omegle', 'wizz',
    'session app', 'line app', 'line id', 'signal app', 'zangi', 'botim', 'kakaotalk', 'kakao', 'zalo',
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
