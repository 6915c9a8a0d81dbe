import type { MappedText } from './mapped';
import { MappedBuilder } from './mapped';

/**
 * Chain step 8: cut runs of 3 or more identical characters to 2
 * (`piiiic` -> `piic`, `pleeease` -> `please`). The lexicon lookup then also
 * tries a word with double letters made single, so `piic` finds `pic`.
 */
export function squeezeRepeats(input: MappedText): MappedText {
  const text = input.text;
  const n = text.length;
  let out: MappedBuilder | undefined;
  let copied = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let end = i + 1;
    while (end < n && text.charCodeAt(end) === c) end++;
    if (end - i >= 3) {
      out ??= new MappedBuilder(input);
      out.copy(copied, i + 2);
      copied = end;
    }
    i = end;
  }
  if (!out) return input;
  out.copy(copied, n);
  return out.build();
}
