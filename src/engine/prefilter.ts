/**
 * The fast path. Most chat lines contain no word that can start any rule;
 * this decides that in one pass over the character codes, without
 * allocating, so ordinary messages leave the detector almost at once.
 *
 * It must never say "no" to a message the full matcher could flag. So it
 * answers "maybe" (run the full path) for anything the normaliser would
 * change: any non-ASCII character (homoglyphs, emoji, accents, Thai,
 * invisible characters), leetspeak or amounts (a digit or `@$!|` touching a
 * letter), dotted or slashed words (links), bracketed or spelled-out dots,
 * three single letters in a row (`s n a p`), hyphenated words; and for any
 * word (letters folded to lower case, double letters made single) that is
 * a trigger word or starts with a trigger prefix of some rule's anchor slot.
 */
import type { CompiledIndex } from './compile';

// FNV-1a over char codes, the same for trigger keys and message words.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Hash-based trigger tables built from a compiled index. */
export interface Prefilter {
  /** True when the message might match and must take the full path. */
  mayMatch(text: string): boolean;
}

function hashOf(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

// Lower-case ASCII letter code, 0 for a non-letter. Built once.
const FOLD = new Uint8Array(128);
for (let c = 97; c <= 122; c++) FOLD[c] = c;
for (let c = 65; c <= 90; c++) FOLD[c] = c + 32;

const LINK_ENDINGS = new Set(['me', 'gg', 'com', 'net', 'org', 'io', 'co', 'app', 'ly', 'id', 'ph', 'my', 'th', 'br', 'fr', 'es', 'link', 'chat', 'gl', 'to', 'cc', 'ru', 'xyz', 'site']);

/** Build the pre-filter for an index. */
export function createPrefilter(index: CompiledIndex): Prefilter {
  const words = new Set<number>();
  const prefixes = new Set<number>();
  let prefixLengths = 0; // bit k set: some prefix has length k (k < 31)
  for (const w of index.triggerWords) words.add(hashOf(w));
  for (const p of index.triggerPrefixes) {
    prefixes.add(hashOf(p));
    if (p.length < 31) prefixLengths |= 1 << p.length;
  }
  const hasDotWord = words.has(hashOf('dot'));
  const digitsTrigger = index.digitsTrigger;

  function mayMatch(text: string): boolean {
    const n = text.length;
    let h = FNV_OFFSET;
    let len = 0; // letters in the current word after folding doubles
    let prev = 0; // previous folded letter in the word
    let singles = 0; // single-letter words in a row
    let lastCode = 32;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? text.charCodeAt(i) : 32;
      if (c >= 128) return true;
      const f = FOLD[c] ?? 0;
      if (f !== 0) {
        if (lastCode >= 48 && lastCode <= 57) return true; // digit then letter: leet or amount
        if (f !== prev) {
          h = Math.imul(h ^ f, FNV_PRIME);
          len++;
          prev = f;
          if (len < 31 && (prefixLengths & (1 << len)) !== 0 && prefixes.has(h >>> 0)) return true;
        }
        lastCode = c;
        continue;
      }
      // Not a letter: the current word (if any) ends here.
      if (len > 0) {
        if (words.has(h >>> 0)) return true;
        if (len === 1 && prevIsSingle(text, i)) {
          if (++singles >= 3) return true;
        } else singles = 0;
        h = FNV_OFFSET;
        len = 0;
        prev = 0;
      }
      if (c >= 48 && c <= 57) {
        if (digitsTrigger) return true;
        if (FOLD[lastCode] !== undefined && (FOLD[lastCode] ?? 0) !== 0) return true; // letter then digit
      } else if (c === 64 || c === 36 || c === 124 || c === 91 || c === 123 || c === 60 || c === 92) {
        return true; // @ $ | [ { < \ : handles, amounts, leet, defanged links
      } else if (c === 33 || c === 45 || c === 95 || c === 46 || c === 47 || c === 40) {
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
        const nextIsWord = (FOLD[next] ?? 0) !== 0 || (next >= 48 && next <= 57);
        const lastIsWord = (FOLD[lastCode] ?? 0) !== 0 || (lastCode >= 48 && lastCode <= 57);
        if (c === 40) {
          if (next === 46 || next === 100 || next === 68) return true; // "(.)" "(dot)"
        } else if (lastIsWord && nextIsWord) {
          return true; // p!c, e-mail, t.me, a/b
        } else if (c === 46 && isLinkEndingAfter(text, i + 1)) {
          return true; // "t . me"
        }
      }
      lastCode = c;
    }
    void hasDotWord;
    return false;
  }

  return { mayMatch };
}

/** True when the single letter that just ended stands between separators (part of `s n a p`). */
function prevIsSingle(text: string, end: number): boolean {
  const before = end - 2;
  return before < 0 || (FOLD[text.charCodeAt(before)] ?? 0) === 0;
}

/** After a dot (and at most one space), is the next word a link ending like `me` or `gg`? */
function isLinkEndingAfter(text: string, from: number): boolean {
  let i = from;
  if (text.charCodeAt(i) === 32) i++;
  let word = '';
  while (i < text.length && word.length <= 5) {
    const f = FOLD[text.charCodeAt(i)] ?? 0;
    if (f === 0) break;
    word += String.fromCharCode(f);
    i++;
  }
  return LINK_ENDINGS.has(word);
}
