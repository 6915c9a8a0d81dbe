import { MappedBuilder, type MappedText } from './mapped';

/**
 * Chain step 1: drop characters that render as nothing but split words for
 * a matcher (zero-width space/joiners, soft hyphen, bidi controls,
 * variation selectors, tag characters, Hangul fillers). `s\u200Bend` reads as
 * "send" to the teen, so it must read as "send" to us.
 */
export function isInvisible(code: number): boolean {
  return (
    code === 0x00ad || code === 0x034f || code === 0x061c || code === 0x115f || code === 0x1160 ||
    code === 0x17b4 || code === 0x17b5 || (code >= 0x180b && code <= 0x180f) ||
    (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x206f) || code === 0x3164 || (code >= 0xfe00 && code <= 0xfe0f) ||
    code === 0xfeff || code === 0xffa0 || (code >= 0xe0000 && code <= 0xe0fff) ||
    (code >= 0x1d173 && code <= 0x1d17a)
  );
}

/**
 * The same characters as `isInvisible`, as one regular expression: every message is checked
 * for them and almost none has any, and the expression's native scan is several times quicker
 * than a loop over the characters (tests/engine/normalize/invisible.test.ts checks the two agree).
 */
export const ANY_INVISIBLE =
  // Each entry is one code point (combining marks and variation selectors among them), never a sequence.
  // eslint-disable-next-line no-misleading-character-class
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\u{e0000}-\u{e0fff}\u{1d173}-\u{1d17a}]/u;

/** Remove invisible characters (see `isInvisible`). */
export function stripInvisible(input: MappedText): MappedText {
  const text = input.text;
  if (!ANY_INVISIBLE.test(text)) return input;
  const out = new MappedBuilder(input);
  let runStart = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    if (isInvisible(cp)) {
      out.copy(runStart, i);
      runStart = i + width;
    }
    i += width;
  }
  out.copy(runStart, text.length);
  return out.build();
}
