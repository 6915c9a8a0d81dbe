/**
 * Near-duplicate detection between the corpus and the evaluation data:
 * text is normalised (NFKC, lower case, letters and digits only) and two
 * lines overlap when they are equal, or when they share at least three word
 * trigrams and those make up `share` or more of the longer line's trigrams
 * (the two are mostly the same sentence, give or take a few words; a common
 * opening like "i'm not going to" alone is not a copy).
 */
export function normaliseLine(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function trigrams(words: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

/** Thai has no spaces: its "words" are character runs; read it as overlapping 4-letter pieces. */
function wordsOf(normalised: string): string[] {
  if (/[\u0e00-\u0e7f]/.test(normalised)) {
    const letters = normalised.replace(/\s+/g, '');
    const out: string[] = [];
    for (let i = 0; i + 4 <= letters.length; i += 2) out.push(letters.slice(i, i + 4));
    return out;
  }
  return normalised.split(' ').filter(Boolean);
}

export interface OverlapIndex {
  exact: Set<string>;
  byTrigram: Map<string, number[]>;
  sizes: number[];
  texts: string[];
}

export function buildIndex(lines: readonly string[]): OverlapIndex {
  const index: OverlapIndex = { exact: new Set(), byTrigram: new Map(), sizes: [], texts: [] };
  for (const line of lines) {
    const norm = normaliseLine(line);
    if (!norm) continue;
    index.exact.add(norm);
    const words = wordsOf(norm);
    const id = index.texts.length;
    index.texts.push(line);
    const grams = words.length >= 4 ? trigrams(words) : new Set<string>();
    index.sizes.push(grams.size);
    for (const g of grams) {
      const list = index.byTrigram.get(g);
      if (list) list.push(id);
      else index.byTrigram.set(g, [id]);
    }
  }
  return index;
}

/** The evaluation line `text` copies or nearly copies, or undefined. */
export function overlapping(index: OverlapIndex, text: string, share = 0.5): string | undefined {
  const norm = normaliseLine(text);
  if (!norm) return undefined;
  if (index.exact.has(norm)) return `(same text) ${text}`;
  const words = wordsOf(norm);
  if (words.length < 4) return undefined;
  const grams = trigrams(words);
  const hits = new Map<number, number>();
  for (const g of grams) for (const id of index.byTrigram.get(g) ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
  for (const [id, n] of hits) {
    if (n < 3) continue;
    const larger = Math.max(grams.size, index.sizes[id] ?? 0);
    if (larger > 0 && n / larger >= share) return index.texts[id];
  }
  return undefined;
}
