/**
 * `npm run corpus`: builds the training corpus from the hand-written lines.
 *
 *   data/corpus/written/<lang>.jsonl  (hand-written, see data/corpus/WRITING.md)
 *     -> split: about 15% of written lines go to validation, chosen by a
 *        seeded hash of the line, so a line and all its variants sit on one
 *        side only
 *     -> augmentation: each written line gets variants the way chat really
 *        looks (typos, no punctuation, no accents, emoji, shouting, split
 *        letters, look-alike letters, leetspeak, invisible characters),
 *        applied to risky and benign lines alike, so that style never gives
 *        the label away
 *   -> data/corpus/train.jsonl, data/corpus/valid.jsonl
 *
 * Deterministic: the same written files and seed give byte-identical output.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WRITTEN = join(ROOT, 'data/corpus/written');
const SEED = Number(process.env.CORPUS_SEED ?? 7);
/** Share of written lines kept for validation. */
const VALID_SHARE = 0.15;
/** Variants per written line in training (validation gets one, to measure robustness). */
const TRAIN_VARIANTS = 2;
const VALID_VARIANTS = 1;

export interface WrittenLine {
  text: string;
  dir: 'in' | 'out';
  labels: string[];
  kind: 'risky' | 'hard' | 'plain';
  near?: string;
}

export interface CorpusLine extends WrittenLine {
  lang: string;
  /** Index of the written line this came from, `<lang>:<line number>`. */
  src: string;
  /** The augmentations applied; absent for the line as written. */
  aug?: string[];
}

/** Small seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

type Random = () => number;
const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

const EMOJI = ['😂', '🤣', '😭', '🙏', '😍', '🥺', '😅', '❤️', '🔥', '👀', '😘', '😉', '🤔', '💀', '✨', '😊', '👍', '🤫', '😏', '🥰'];
const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
// Latin letters and the Cyrillic/Greek letters that look the same.
const LOOKALIKE: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', i: 'і', y: 'у', l: 'I' };
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060'];
const LATIN = /[a-z]/i;

function words(text: string): string[] {
  return text.split(/(\s+)/);
}

/** Index of a random word with at least `min` letters, or -1. */
function randomWord(r: Random, parts: string[], min = 3): number {
  const candidates = parts.map((p, i) => (/\s/.test(p) || [...p].filter((c) => /\p{L}/u.test(c)).length < min ? -1 : i)).filter((i) => i >= 0);
  return candidates.length === 0 ? -1 : pick(r, candidates);
}

const AUGMENTATIONS: Record<string, (text: string, r: Random) => string> = {
  lower: (t) => t.toLowerCase(),
  nopunct: (t) => t.replace(/[.,!?;:¿¡'"…]+/g, '').replace(/\s+/g, ' ').trim(),
  noaccents: (t) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC'),
  emoji: (t, r) => (r() < 0.5 ? `${t} ${pick(r, EMOJI)}` : `${t}${pick(r, EMOJI)}${r() < 0.5 ? pick(r, EMOJI) : ''}`),
  shout: (t) => t.toUpperCase(),
  typo: (t, r) => {
    const parts = words(t);
    const i = randomWord(r, parts, 4);
    if (i < 0) return t;
    const w = [...(parts[i] as string)];
    const k = 1 + Math.floor(r() * (w.length - 2));
    const op = r();
    if (op < 0.34) [w[k], w[k - 1]] = [w[k - 1] as string, w[k] as string];
    else if (op < 0.67) w.splice(k, 1);
    else w.splice(k, 0, w[k] as string);
    parts[i] = w.join('');
    return parts.join('');
  },
  stretch: (t, r) => {
    const parts = words(t);
    const i = randomWord(r, parts, 2);
    if (i < 0) return t;
    const w = parts[i] as string;
    const last = w.at(-1) ?? '';
    parts[i] = /\p{L}/u.test(last) ? w + last.repeat(2 + Math.floor(r() * 3)) : w;
    return parts.join('');
  },
  split: (t, r) => {
    const parts = words(t);
    const i = randomWord(r, parts, 4);
    if (i < 0 || !LATIN.test(parts[i] as string)) return t;
    parts[i] = [...(parts[i] as string)].join(r() < 0.7 ? ' ' : '.');
    return parts.join('');
  },
  lookalike: (t, r) => {
    const parts = words(t);
    const i = randomWord(r, parts, 3);
    if (i < 0) return t;
    parts[i] = [...(parts[i] as string)].map((c) => (LOOKALIKE[c] && r() < 0.6 ? LOOKALIKE[c] : c)).join('');
    return parts.join('');
  },
  leet: (t, r) => {
    const parts = words(t);
    const i = randomWord(r, parts, 3);
    if (i < 0) return t;
    parts[i] = [...(parts[i] as string)].map((c) => (LEET[c.toLowerCase()] && r() < 0.7 ? (LEET[c.toLowerCase()] as string) : c)).join('');
    return parts.join('');
  },
  invisible: (t, r) => {
    const parts = words(t);
    const i = randomWord(r, parts, 3);
    if (i < 0) return t;
    const w = [...(parts[i] as string)];
    w.splice(1 + Math.floor(r() * (w.length - 1)), 0, pick(r, INVISIBLE));
    parts[i] = w.join('');
    return parts.join('');
  },
};

/** How often each augmentation is drawn (chat is mostly lowercase, unpunctuated, with typos). */
const WEIGHTS: [string, number][] = [
  ['lower', 4],
  ['nopunct', 4],
  ['noaccents', 2],
  ['emoji', 3],
  ['typo', 5],
  ['stretch', 1],
  ['shout', 1],
  ['split', 1],
  ['lookalike', 1],
  ['leet', 1],
  ['invisible', 1],
];
const TOTAL_WEIGHT = WEIGHTS.reduce((s, [, w]) => s + w, 0);

function drawAugmentation(r: Random): string {
  let x = r() * TOTAL_WEIGHT;
  for (const [name, w] of WEIGHTS) {
    x -= w;
    if (x < 0) return name;
  }
  return 'typo';
}

/** A variant of `text`: one to three augmentations; undefined when nothing changed. */
export function augment(text: string, r: Random): { text: string; aug: string[] } | undefined {
  const count = 1 + Math.floor(r() * r() * 3);
  let out = text;
  const aug: string[] = [];
  for (let k = 0; k < count; k++) {
    const name = drawAugmentation(r);
    if (aug.includes(name)) continue;
    if (name === 'shout' && out.length > 60) continue;
    const next = (AUGMENTATIONS[name] as (t: string, r: Random) => string)(out, r);
    if (next !== out) {
      out = next;
      aug.push(name);
    }
  }
  return out === text || out.trim().length === 0 ? undefined : { text: out, aug };
}

export function readWritten(dir = WRITTEN): Map<string, WrittenLine[]> {
  const byLang = new Map<string, WrittenLine[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const lang = file.replace(/\.jsonl$/, '');
    const rows: WrittenLine[] = [];
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        try {
          rows.push(JSON.parse(line) as WrittenLine);
        } catch (e) {
          throw new Error(`${file}:${i + 1}: ${(e as Error).message}`);
        }
      });
    byLang.set(lang, rows);
  }
  return byLang;
}

function key(text: string): string {
  return text.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function buildCorpus(byLang: Map<string, WrittenLine[]>, seed = SEED): { train: CorpusLine[]; valid: CorpusLine[] } {
  const train: CorpusLine[] = [];
  const valid: CorpusLine[] = [];
  // A line repeated anywhere ("ok see u" in two languages) is kept once, so it sits on one side only.
  const seen = new Set<string>();
  for (const [lang, rows] of byLang) {
    rows.forEach((row, i) => {
      const k = key(row.text);
      if (seen.has(k)) return;
      seen.add(k);
      const isValid = hash(k, seed) / 4294967296 < VALID_SHARE;
      const into = isValid ? valid : train;
      const base: CorpusLine = { text: row.text, lang, dir: row.dir, labels: row.labels, kind: row.kind, ...(row.near ? { near: row.near } : {}), src: `${lang}:${i + 1}` };
      into.push(base);
      const r = rng(hash(`${lang}:${i}`, seed));
      // Plain chat is plentiful as written; risky lines and hard negatives get the variants.
      const variants = isValid ? VALID_VARIANTS : row.kind === 'plain' ? (r() < 0.3 ? 1 : 0) : TRAIN_VARIANTS;
      const made = new Set([row.text]);
      for (let v = 0; v < variants * 2 && made.size <= variants; v++) {
        const a = augment(row.text, r);
        if (!a || made.has(a.text)) continue;
        made.add(a.text);
        into.push({ ...base, text: a.text, aug: a.aug });
      }
    });
  }
  return { train, valid };
}

function toJsonl(rows: CorpusLine[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const byLang = readWritten();
  const { train, valid } = buildCorpus(byLang);
  writeFileSync(join(ROOT, 'data/corpus/train.jsonl'), toJsonl(train));
  writeFileSync(join(ROOT, 'data/corpus/valid.jsonl'), toJsonl(valid));
  const written = [...byLang.values()].reduce((s, r) => s + r.length, 0);
  console.log(`corpus: ${written} written lines -> train ${train.length}, valid ${valid.length} (seed ${SEED})`);
  for (const lang of byLang.keys()) {
    const t = train.filter((r) => r.lang === lang);
    const v = valid.filter((r) => r.lang === lang);
    console.log(`  ${lang}: train ${t.length}, valid ${v.length}`);
  }
}
