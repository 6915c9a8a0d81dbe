import { MappedBuilder, type MappedText } from './mapped';

/**
 * Replace every match of a global regular expression, keeping the offset
 * map. Only for expressions without nested quantifiers (linear time).
 */
export function replaceMapped(
  input: MappedText,
  pattern: RegExp,
  replacement: (match: RegExpExecArray) => string,
): MappedText {
  pattern.lastIndex = 0;
  let match = pattern.exec(input.text);
  if (match === null) return input;
  const out = new MappedBuilder(input);
  let copied = 0;
  while (match !== null) {
    const start = match.index;
    const end = start + match[0].length;
    if (end === start) {
      pattern.lastIndex++;
    } else {
      out.copy(copied, start);
      out.replace(start, end, replacement(match));
      copied = end;
    }
    match = pattern.exec(input.text);
  }
  out.copy(copied, input.text.length);
  return out.build();
}
