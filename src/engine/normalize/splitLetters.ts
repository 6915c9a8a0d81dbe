import type { MappedText } from './mapped';
import { MappedBuilder } from './mapped';

const MAX_JOINED_LETTERS = 20;

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 36 || code === 64;
}

function isSeparator(code: number): boolean {
  // space . - _ * , · • |  /
  return code === 32 || code === 46 || code === 45 || code === 95 || code === 42 || code === 44 || code === 0xb7 || code === 0x2022 || code === 124 || code === 47;
}

// What the loop below grows a run from, as one regular expression (the classes of isWordChar and
// isSeparator): three single word characters, each after the last with 1-2 separators between.
const WORD_CHAR = 'a-z0-9$@';
const SEPARATOR = ' .\\-_*,\\u00b7\\u2022|/';
const SINGLE = `(?<![${WORD_CHAR}])[${WORD_CHAR}](?![${WORD_CHAR}])`;
const RUN_OF_THREE_SINGLES = new RegExp(`${SINGLE}[${SEPARATOR}]{1,2}${SINGLE}[${SEPARATOR}]{1,2}${SINGLE}`);

/**
 * Chain step 6: join letters split by spaces, dots, dashes or underscores
 * (`s n a p`, `p.i.c`, `s-e-n-d`). A run of single characters is segmented
 * greedily from the left: at each letter the longest stretch (3 to 20
 * letters) that `isWord` accepts is joined (the detector passes "is in a
 * pack's lexicon"), otherwise the letter stays as it is. So "s.e.n.d a p.i.c"
 * becomes "send a pic" and "r u a" stays three words. Runs much longer than
 * any word are left alone (linear time on hostile input). Without `isWord`,
 * stretches of 5 or more are joined.
 */
export function joinSplitLetters(input: MappedText, isWord?: (candidate: string) => boolean): MappedText {
  const text = input.text;
  // Quick exit, natively: no run of three single characters anywhere (nearly every message).
  if (!RUN_OF_THREE_SINGLES.test(text)) return input;
  const n = text.length;
  const singles: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) continue;
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
    if (!isWordChar(prev) && !isWordChar(next)) singles.push(i);
  }
  if (singles.length < 3) return input;
  // Built at the first join: most messages with a few one-letter words ("i", "a", "u") join nothing.
  let out: MappedBuilder | undefined;
  let copied = 0;
  let k = 0;
  while (k < singles.length) {
    // Grow a run of singles separated by 1-2 separator characters.
    let end = k;
    while (end + 1 < singles.length) {
      const from = (singles[end] ?? 0) + 1;
      const to = singles[end + 1] ?? 0;
      if (to - from < 1 || to - from > 2) break;
      let separated = true;
      for (let g = from; g < to; g++) if (!isSeparator(text.charCodeAt(g))) separated = false;
      if (!separated) break;
      end++;
    }
    const runLength = end - k + 1;
    // No word in any pack is longer than MAX_JOINED_LETTERS: a much longer run is not hidden
    // words, and segmenting it would only cost time.
    if (runLength >= 3 && runLength <= MAX_JOINED_LETTERS + 4) {
      // Greedy, left to right: the longest word starting here, else leave this letter alone
      // ("s.e.n.d a p.i.c" -> "send a pic"; "r u a" stays as it is).
      let a = k;
      while (a <= end) {
        let taken = 0;
        for (let len = Math.min(MAX_JOINED_LETTERS, end - a + 1); len >= 3; len--) {
          const candidate = singles.slice(a, a + len).map((p) => text[p]).join('');
          if (isWord ? isWord(candidate) : len >= 5) {
            const first = singles[a] ?? 0;
            const last = singles[a + len - 1] ?? 0;
            out ??= new MappedBuilder(input);
            out.copy(copied, first);
            out.replace(first, last + 1, candidate);
            copied = last + 1;
            taken = len;
            break;
          }
        }
        a += taken > 0 ? taken : 1;
      }
    }
    k = end + 1;
  }
  if (!out) return input;
  out.copy(copied, n);
  return out.build();
}
