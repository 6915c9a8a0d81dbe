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
  // Nearly every message has no such run: one plain pass finds the first (or none) and the loop
  // below starts there. The run starts two characters before its third: none ended earlier.
  const third = firstThirdOfRun(text);
  if (third < 0) return input;
  let out: MappedBuilder | undefined;
  let copied = 0;
  let i = third - 2;
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

/** Offset of the third character of the first run of three identical ones, or -1. */
function firstThirdOfRun(text: string): number {
  let before = -1;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === last && c === before) return i;
    before = last;
    last = c;
  }
  return -1;
}
