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

/**
 * Chain step 6: join letters split by spaces, dots, dashes or underscores
 * (`s n a p`, `p.i.c`, `s-e-n-d`). A run of 3 or more single characters is
 * joined when `isWord` accepts the joined form (the detector passes "is in
 * a pack's lexicon"), so "r u a" stays three words; a leading or trailing
 * stray letter or two may stay outside the join ("u s n a p"). Without
 * `isWord`, runs of 5 or more are joined.
 */
export function joinSplitLetters(input: MappedText, isWord?: (candidate: string) => boolean): MappedText {
  const text = input.text;
  const n = text.length;
  // Quick exit: no single character between separators anywhere.
  const singles: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) continue;
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
    if (!isWordChar(prev) && !isWordChar(next)) singles.push(i);
  }
  if (singles.length < 3) return input;
  const out = new MappedBuilder(input);
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
    let joined = false;
    // No word in any pack is longer than this: a longer run is not a hidden word, and
    // trying its sub-runs would cost time quadratic in its length.
    if (runLength >= 3 && runLength <= MAX_JOINED_LETTERS + 4) {
      // Longest sub-run (trimming up to 2 strays at either end) that is a word.
      search: for (let len = runLength; len >= 3; len--) {
        for (let a = k; a + len - 1 <= end; a++) {
          if (a - k > 2 || end - (a + len - 1) > 2) continue;
          const positions = singles.slice(a, a + len);
          const candidate = positions.map((p) => text[p]).join('');
          const accept = isWord ? isWord(candidate) : len >= 5;
          if (!accept) continue;
          const first = positions[0] ?? 0;
          const last = positions[positions.length - 1] ?? 0;
          out.copy(copied, first);
          out.replace(first, last + 1, candidate);
          copied = last + 1;
          joined = true;
          break search;
        }
      }
    }
    k = joined ? end + 1 : k + Math.max(1, runLength);
  }
  if (copied === 0) return input;
  out.copy(copied, n);
  return out.build();
}
