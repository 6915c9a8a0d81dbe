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

/** Remove invisible characters (see `isInvisible`). */
export function stripInvisible(input: MappedText): MappedText {
  const text = input.text;
  let found = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x00ad) continue;
    // A surrogate pair is looked at as one code point (tag characters are invisible, emoji are not).
    const cp = c >= 0xd800 && c <= 0xdbff ? (text.codePointAt(i) ?? c) : c;
    if (isInvisible(cp)) {
      found = true;
      break;
    }
    if (cp > 0xffff) i++;
  }
  if (!found) return input;
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
