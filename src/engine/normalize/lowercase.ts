import { MappedBuilder, type MappedText } from './mapped';

/**
 * Chain step 4: lower case. Per character, so a character whose lower case
 * is longer (`İ` -> `i̇`) keeps its place in the offset map.
 */
export function toLowerCase(input: MappedText): MappedText {
  const text = input.text;
  const lower = text.toLowerCase();
  if (lower === text) return input;
  if (lower.length === text.length) return { text: lower, from: input.from, to: input.to };
  const out = new MappedBuilder(input);
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + width);
    const low = ch.toLowerCase();
    if (low === ch) out.copy(i, i + width);
    else out.replace(i, i + width, low.normalize('NFKC').replace(/[\u0300-\u036f]/g, ''));
    i += width;
  }
  return out.build();
}
