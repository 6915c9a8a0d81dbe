import { MappedBuilder, type MappedText } from './mapped';

const cache = new Map<number, string>();
const NON_ASCII = /[^\0-\x7f]/;

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
  // Nearly every message is ASCII: a regular expression finds the first other character
  // natively, several times quicker than a loop over the characters.
  let i = text.search(NON_ASCII);
  if (i < 0) return input;
  // Built only once something changes: text with nothing to fold (emoji, Thai) is returned as is.
  let out: MappedBuilder | undefined;
  let runStart = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    // Thai is kept as written; other characters are compared without cutting a string out of the text.
    if (cp >= 0x80 && !(cp >= 0x0e00 && cp <= 0x0e7f)) {
      const folded = foldCodePoint(cp);
      if (!(folded.length === width && folded.codePointAt(0) === cp)) {
        out ??= new MappedBuilder(input);
        out.copy(runStart, i);
        if (folded.length > 0) out.replace(i, i + width, folded);
        runStart = i + width;
      }
    }
    i += width;
  }
  if (!out) return input;
  out.copy(runStart, text.length);
  return out.build();
}
