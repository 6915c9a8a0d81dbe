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
import { dedupLetters, type CompiledIndex } from './compile';

// FNV-1a over char codes, the same for trigger keys and message words.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Hash-based trigger tables built from a compiled index. */
export interface Prefilter {
  /** True when the message might match and must take the full path. */
  mayMatch(text: string): boolean;
}

/** Hash of two consecutive words. */
function pairHash(a: number, b: number): number {
  return (Math.imul(a ^ 0x9e3779b9, FNV_PRIME) ^ b) >>> 0;
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
  // Like the matcher: a word is looked up as written (letter runs cut to two), and with
  // double letters made single only when it has some ("piiic" finds "pic", "its" never finds "ss").
  const exact = new Set<number>();
  const folded = new Set<number>();
  const exactPrefixes = new Set<number>();
  const foldedPrefixes = new Set<number>();
  const pairs = new Set<number>();
  let prefixLengths = 0; // bit k set: some prefix (either form) has length k (k < 31)
  for (const w of index.triggerWords) {
    exact.add(hashOf(w));
    folded.add(hashOf(dedupLetters(w)));
  }
  for (const p of index.triggerPrefixes) {
    const d = dedupLetters(p);
    exactPrefixes.add(hashOf(p));
    foldedPrefixes.add(hashOf(d));
    if (p.length < 31) prefixLengths |= 1 << p.length;
    if (d.length < 31) prefixLengths |= 1 << d.length;
  }
  for (const pair of index.triggerBigrams) {
    const [a = '', b = ''] = pair.split(' ');
    pairs.add(pairHash(hashOf(a), hashOf(b)));
    pairs.add(pairHash(hashOf(dedupLetters(a)), hashOf(dedupLetters(b))));
  }
  const digitsTrigger = index.digitsTrigger;

  function mayMatch(text: string): boolean {
    const n = text.length;
    let he = FNV_OFFSET; // word as written, runs of 3+ cut to 2
    let hf = FNV_OFFSET; // word with double letters made single
    let lenE = 0;
    let lenF = 0;
    let prev = 0;
    let prev2 = 0;
    let doubled = false;
    let singles = 0; // single-letter words in a row
    let lastCode = 32;
    let previousExact = 0; // hashes of the word before, for word pairs (0: none)
    let previousFolded = 0;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? text.charCodeAt(i) : 32;
      if (c >= 128) return true;
      const f = FOLD[c] ?? 0;
      if (f !== 0) {
        if (lastCode >= 48 && lastCode <= 57) return true; // digit then letter: leet or amount
        if (!(f === prev && f === prev2)) {
          he = Math.imul(he ^ f, FNV_PRIME);
          lenE++;
          if (lenE < 31 && (prefixLengths & (1 << lenE)) !== 0 && exactPrefixes.has(he >>> 0)) return true;
        }
        if (f !== prev) {
          hf = Math.imul(hf ^ f, FNV_PRIME);
          lenF++;
          if (lenF < 31 && (prefixLengths & (1 << lenF)) !== 0 && foldedPrefixes.has(hf >>> 0)) return true;
        } else doubled = true;
        prev2 = prev;
        prev = f;
        lastCode = c;
        continue;
      }
      // Not a letter: the current word (if any) ends here.
      if (lenE > 0) {
        const e = he >>> 0;
        const d = hf >>> 0;
        if (exact.has(e) || (doubled && folded.has(d))) return true;
        if (previousExact !== 0 && (pairs.has(pairHash(previousExact, e)) || pairs.has(pairHash(previousFolded, d)))) return true;
        previousExact = e;
        previousFolded = d;
        if (lenF === 1 && !doubled && prevIsSingle(text, i)) {
          if (++singles >= 3) return true;
        } else singles = 0;
        he = FNV_OFFSET;
        hf = FNV_OFFSET;
        lenE = 0;
        lenF = 0;
        prev = 0;
        prev2 = 0;
        doubled = false;
      }
      if (c >= 48 && c <= 57) {
        if (digitsTrigger) return true;
        if ((FOLD[lastCode] ?? 0) !== 0) return true; // letter then digit
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
