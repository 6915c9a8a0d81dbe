import { MappedBuilder, type MappedText } from './mapped';

const cache = new Map<number, string>();

function foldCodePoint(cp: number): string {
  let folded = cache.get(cp);
  if (folded === undefined) {
    const ch = String.fromCodePoint(cp);
    if (cp >= 0x0e00 && cp <= 0x0e7f) {
      // Thai keeps its own marks and its own spelling (NFKC would split sara am).
      folded = ch;
    } else {
      // NFKC turns full-width, mathematical, circled and squared letters into
      // plain ones; NFD then lets us drop accents, because teens type
      // "camara" as often as "cámara".
      folded = ch.normalize('NFKC').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    }
    if (cache.size < 4096) cache.set(cp, folded);
  }
  return folded;
}

/**
 * Chain step 2: Unicode compatibility folding (NFKC) plus removal of
 * accents on Latin letters: `ｓｅｎｄ`, `𝐬𝐞𝐧𝐝`, `ⓢⓔⓝⓓ` -> `send`,
 * `cámara` -> `camara`. ASCII passes through untouched.
 */
export function foldCompatibility(input: MappedText): MappedText {
  const text = input.text;
  let i = 0;
  for (; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) break;
  if (i === text.length) return input;
  const out = new MappedBuilder(input);
  let runStart = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    if (cp >= 0x80) {
      const folded = foldCodePoint(cp);
      const original = text.slice(i, i + width);
      if (folded !== original) {
        out.copy(runStart, i);
        if (folded.length > 0) out.replace(i, i + width, folded);
        runStart = i + width;
      }
    }
    i += width;
  }
  out.copy(runStart, text.length);
  return out.build();
}
