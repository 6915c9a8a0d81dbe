import { describe, expect, it } from 'vitest';
import { identityMapped, stripInvisible } from '../../../src/engine/normalize';
import { ANY_INVISIBLE, isInvisible } from '../../../src/engine/normalize/invisible';
import { run } from './helpers';

describe('stripInvisible', () => {
  it('removes zero-width and bidi characters that split a word', () => {
    expect(run(stripInvisible, 's\u200Be\u200Dn\u2060d p\uFEFFic')).toBe('send pic');
  });
  it('leaves ordinary text and emoji alone', () => {
    expect(run(stripInvisible, 'hi 👋 there')).toBe('hi 👋 there');
  });
  it('removes invisible tag characters (surrogate pairs) after emoji, and keeps the emoji', () => {
    expect(run(stripInvisible, '📸s\u{E0073}e\u{E0065}nd 👻')).toBe('📸send 👻');
  });
  it('returns emoji-only text as it is, without building a copy', () => {
    const input = identityMapped('📸👻🤫💸');
    expect(stripInvisible(input)).toBe(input);
  });
  it('its quick check (one regular expression) finds exactly the characters isInvisible names', () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (ANY_INVISIBLE.test(String.fromCodePoint(cp)) !== isInvisible(cp)) expect(cp.toString(16)).toBe('agreeing');
    }
  });
});
