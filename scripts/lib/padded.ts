/**
 * The validation split's incoming lines, each set between two ordinary lines
 * of its language ("lol same. <line>\nok see u tmrw"), as one message: what a
 * stranger's ask looks like inside a longer message, and what a hard negative
 * looks like with small talk around it. Most written lines are one sentence;
 * a model that reads only those can be diluted by the words around an ask, or
 * flag the small talk. Deterministic: the same split gives the same set.
 */
import { rng } from '../corpus/build';

export interface PaddedRow {
  text: string;
  lang: string;
  labels: string[];
  dir?: 'in' | 'out';
  kind?: string;
}

const JOINERS = [' ', '. ', '\n', ', ', '! '];

export function paddedSet(rows: readonly PaddedRow[], seed = 1): PaddedRow[] {
  const incoming = rows.filter((r) => r.dir === 'in');
  const plainByLang = new Map<string, string[]>();
  for (const r of incoming) {
    if (r.kind !== 'plain') continue;
    let list = plainByLang.get(r.lang);
    if (!list) plainByLang.set(r.lang, (list = []));
    list.push(r.text);
  }
  const next = rng(seed);
  const pick = <T>(from: readonly T[]): T => from[Math.floor(next() * from.length)]!;
  const out: PaddedRow[] = [];
  for (const r of incoming) {
    const plain = plainByLang.get(r.lang);
    if (!plain || plain.length < 2) continue;
    out.push({ ...r, text: `${pick(plain)}${pick(JOINERS)}${r.text}${pick(JOINERS)}${pick(plain)}` });
  }
  return out;
}
