/**
 * Cuts normalised text into tokens (see src/packs/FORMAT.md, section 1):
 * words with inner joiners (`t.me/x`, `v-bucks`), `@handles`, amounts,
 * digit runs and phone numbers, links, single emoji, `?`, and whole runs of
 * Thai letters (matched later by substring, because Thai has no spaces).
 */

export const enum TokenKind {
  Word = 0,
  Num = 1,
  Money = 2,
  Handle = 3,
  Link = 4,
  Phone = 5,
  Emoji = 6,
  Punct = 7,
  Thai = 8,
  Gap = 9,
}

export interface Token {
  text: string;
  kind: TokenKind;
  /** Offsets in the normalised text, [start, end). */
  start: number;
  end: number;
}

/** Endings after the last dot that make a dotted word a link rather than two words run together. */
export const LINK_TLDS = new Set([
  'me', 'gg', 'com', 'net', 'org', 'io', 'co', 'app', 'ly', 'id', 'ph', 'my', 'th', 'br', 'fr', 'es', 'uk', 'us',
  'de', 'ru', 'xyz', 'site', 'tv', 'to', 'info', 'biz', 'link', 'chat', 'live', 'online', 'store', 'shop', 'gl', 'cc', 'ws',
]);

const MONEY_WORD = /^(?:rp|rm|php|usd|us|p|idr|thb|sgd|brl|r)?\d+(?:[.,]\d+)*(?:k|rb|ribu|jt|juta|m|bucks|usd|php|pesos?|euros?|baht|reais|ringgit|dollars?)?$/;
const CURRENCY_SYMBOLS = new Set([...'€£₱฿¥₹₫₩'].map((c) => c.codePointAt(0) ?? 0));
const NON_ASCII_WORD = /[\p{L}\p{M}\p{N}]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

// Answers of the Unicode property tests by code point: hostile text repeats a few characters
// thousands of times, and a regular expression on a fresh string per character is the slow part.
// Bounded, so text made of every code point cannot grow it without limit.
const PROPERTY_CACHE_LIMIT = 4096;
function cachedTest(cache: Map<number, boolean>, pattern: RegExp, cp: number): boolean {
  let answer = cache.get(cp);
  if (answer === undefined) {
    answer = pattern.test(String.fromCodePoint(cp));
    if (cache.size >= PROPERTY_CACHE_LIMIT) cache.clear();
    cache.set(cp, answer);
  }
  return answer;
}
const wordCodePoints = new Map<number, boolean>();
// Pictographs by code point: the emoji's token text (one string per emoji, so a flood of emoji
// allocates no string per token), or null for a code point that is not one. One lookup per emoji.
const emojiTexts = new Map<number, string | null>();
function emojiText(cp: number): string | null {
  let text = emojiTexts.get(cp);
  if (text === undefined) {
    const ch = String.fromCodePoint(cp);
    text = PICTOGRAPHIC.test(ch) ? ch : null;
    if (emojiTexts.size >= PROPERTY_CACHE_LIMIT) emojiTexts.clear();
    emojiTexts.set(cp, text);
  }
  return text;
}

function isThai(code: number): boolean {
  return code >= 0x0e00 && code <= 0x0e7f;
}

function isAsciiWord(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Letter, mark or digit outside Thai, at code point `cp`. */
function isWordCodePoint(cp: number): boolean {
  if (cp < 0x80) return isAsciiWord(cp);
  if (isThai(cp)) return false;
  if (cp >= 0x1f000) return false;
  return cachedTest(wordCodePoints, NON_ASCII_WORD, cp);
}

function classifyWord(text: string): TokenKind {
  let digits = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) digits++;
    else if (c !== 45 && c !== 46 && c !== 44) letters++;
  }
  return kindOfWord(text, digits, letters);
}

/** The kind of a word of `digits` ASCII digits and `letters` other code units (not counting `-`, `.`, `,`). */
function kindOfWord(text: string, digits: number, letters: number): TokenKind {
  if (letters === 0 && digits > 0) return digits >= 7 ? TokenKind.Phone : TokenKind.Num;
  if (digits > 0 && MONEY_WORD.test(text)) return TokenKind.Money;
  return TokenKind.Word;
}

/** Host of a link-shaped word (`discord.gg/abc` -> `discord.gg`), or undefined. */
export function linkHost(word: string): string | undefined {
  const slash = word.indexOf('/');
  const host = slash < 0 ? word : word.slice(0, slash);
  const dot = host.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const tld = host.slice(dot + 1);
  return LINK_TLDS.has(tld) ? host : undefined;
}

/** Tokenise normalised text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;

    if (isThai(cp)) {
      let end = i + 1;
      while (end < n && isThai(text.charCodeAt(end))) end++;
      tokens.push({ text: text.slice(i, end), kind: TokenKind.Thai, start: i, end });
      i = end;
      continue;
    }

    if (isWordCodePoint(cp) || ((cp === 64 || cp === 36) && i + 1 < n && isWordCodePoint(text.codePointAt(i + 1) ?? 0))) {
      const start = i;
      let end = i + width;
      let dotted = false; // a '.' or '/' joined inside: maybe a link, or words run together
      // What classifyWord counts, counted as the word is read rather than in a second pass over it:
      // ASCII digits, and the joiners '-', '.', ',' (every other code unit is a letter).
      let digits = isDigit(cp) ? 1 : 0;
      let marks = 0;
      while (end < n) {
        const unit = text.charCodeAt(end);
        // Most of any word: ASCII letters and digits, with no code point to decode.
        if (isAsciiWord(unit)) {
          if (unit <= 57) digits++; // the ASCII word characters up to '9' are the digits
          end++;
          continue;
        }
        const c = unit >= 0xd800 && unit <= 0xdbff ? (text.codePointAt(end) ?? unit) : unit;
        if (isWordCodePoint(c)) {
          end += c > 0xffff ? 2 : 1;
          continue;
        }
        // Joiners stay inside a word only between two word characters.
        if ((c === 46 || c === 47 || c === 45 || c === 95 || (c === 44 && isDigit(text.charCodeAt(end - 1)))) && end + 1 < n && isWordCodePoint(text.codePointAt(end + 1) ?? 0)) {
          if (c === 44 && !isDigit(text.charCodeAt(end + 1))) break;
          if (c === 46 || c === 47) dotted = true;
          if (c === 45 || c === 46 || c === 44) marks++;
          end += 1;
          continue;
        }
        break;
      }
      // A trailing slash belongs to a link (`snapchat.com/add/`).
      const word = text.slice(start, end);
      if (cp === 64) {
        tokens.push({ text: word, kind: TokenKind.Handle, start, end });
      } else if (cp === 36) {
        tokens.push({ text: word, kind: /\d/.test(word) ? TokenKind.Money : TokenKind.Word, start, end });
      } else if (dotted) {
        pushDottedWord(tokens, word, start, text);
      } else {
        tokens.push({ text: word, kind: kindOfWord(word, digits, end - start - digits - marks), start, end });
      }
      i = end;
      continue;
    }

    // Fast path: ASCII punctuation and spaces only separate words.
    if (cp < 0x80 && cp !== 63 && cp !== 36) {
      i += 1;
      continue;
    }

    if (cp === 63 || cp === 0xff1f) {
      tokens.push({ text: '?', kind: TokenKind.Punct, start: i, end: i + 1 });
      i += 1;
      continue;
    }

    if (cp === 36) {
      let end = i + 1;
      while (end < n && text.charCodeAt(end) === 36) end++;
      if (end - i >= 2) tokens.push({ text: '$$', kind: TokenKind.Money, start: i, end });
      i = end;
      continue;
    }

    // No currency symbol is a pictograph: which of the two a code point is can be asked in either order.
    const emoji = cp >= 0x2000 ? emojiText(cp) : null;
    if (emoji === null && CURRENCY_SYMBOLS.has(cp)) {
      // `₱500` / `20€`: mark the neighbouring number as money.
      const next = tokens[tokens.length - 1];
      if (next && next.end === i && next.kind === TokenKind.Num) next.kind = TokenKind.Money;
      else if (i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
        let end = i + 1;
        while (end < n && (isDigit(text.charCodeAt(end)) || text.charCodeAt(end) === 46 || text.charCodeAt(end) === 44)) end++;
        tokens.push({ text: text.slice(i, end), kind: TokenKind.Money, start: i, end });
        i = end;
        continue;
      }
      i += width;
      continue;
    }

    if (emoji !== null) {
      // Skin-tone modifiers belong to the emoji before them.
      if (!(cp >= 0x1f3fb && cp <= 0x1f3ff)) tokens.push({ text: emoji, kind: TokenKind.Emoji, start: i, end: i + width });
      i += width;
      continue;
    }
    i += width;
  }
  return mergePhoneRuns(tokens, text);
}

/** A word with a '.' or '/' inside: a link, a number, or words run together. */
function pushDottedWord(tokens: Token[], word: string, start: number, text: string): void {
  const end = start + word.length;
  // Dotted or slashed words that are not links are words run together ("ok.send").
  if (linkHost(word) === undefined && !/^[\d.,/]+$/.test(word)) {
    let partStart = start;
    for (let k = start; k <= end; k++) {
      const c = k < end ? text.charCodeAt(k) : 46;
      if (c === 46 || c === 47) {
        if (k > partStart) {
          const part = text.slice(partStart, k);
          tokens.push({ text: part, kind: classifyWord(part), start: partStart, end: k });
        }
        partStart = k + 1;
      }
    }
    return;
  }
  tokens.push({ text: word, kind: linkHost(word) !== undefined ? TokenKind.Link : classifyWord(word), start, end });
}

/** `+62 812 3456 7890`, `(555) 010-4417`: neighbouring digit groups with 7+ digits in all become one phone token. */
function mergePhoneRuns(tokens: Token[], text: string): Token[] {
  let merged: Token[] | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || (t.kind !== TokenKind.Num && t.kind !== TokenKind.Phone)) {
      if (merged && t) merged.push(t);
      continue;
    }
    let last = k;
    let digits = t.text.replace(/\D/g, '').length;
    while (last + 1 < tokens.length) {
      const next = tokens[last + 1];
      const prev = tokens[last];
      if (!next || !prev || (next.kind !== TokenKind.Num && next.kind !== TokenKind.Phone)) break;
      const gap = text.slice(prev.end, next.start);
      if (!/^[\s()+.-]{1,3}$/.test(gap)) break;
      digits += next.text.length;
      last++;
    }
    if (last > k && digits >= 7) {
      merged ??= tokens.slice(0, k);
      const lastToken = tokens[last] ?? t;
      merged.push({ text: text.slice(t.start, lastToken.end).replace(/\D/g, ''), kind: TokenKind.Phone, start: t.start, end: lastToken.end });
      k = last;
    } else if (merged) {
      merged.push(t);
    }
  }
  return merged ?? tokens;
}
