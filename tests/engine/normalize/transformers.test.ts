import { describe, expect, it } from 'vitest';
import {
  digitsFromWords,
  foldCompatibility,
  foldHomoglyphs,
  foldLeetspeak,
  identityMapped,
  joinSplitLetters,
  normalize,
  originalSpan,
  refangLinks,
  squeezeRepeats,
  stripInvisible,
  toLowerCase,
  type MappedText,
} from '../../../src/engine/normalize';

const run = (f: (m: MappedText) => MappedText, text: string): string => f(identityMapped(text)).text;

/** Every normalised character must point inside the original text, in order. */
function expectMapSane(original: string, m: MappedText): void {
  if (m.from) expect(m.from.length).toBe(m.text.length);
  if (m.to) expect(m.to.length).toBe(m.text.length);
  for (let i = 0; i < m.text.length; i++) {
    const span = originalSpan(m, i, i + 1);
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(original.length);
    expect(span.start).toBeLessThan(span.end);
    if (i > 0) expect(span.start).toBeGreaterThanOrEqual(originalSpan(m, i - 1, i).start);
  }
}

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
    expect(foldCompatibility(input)).toBe(input);
    expect(foldHomoglyphs(input)).toBe(input);
  });
});

describe('foldCompatibility', () => {
  it('turns full-width, mathematical and circled letters into plain ones', () => {
    expect(run(foldCompatibility, 'ｓｅｎｄ 𝐩𝐢𝐜 ⓢⓝⓐⓟ')).toBe('send pic snap');
  });
  it('drops accents from Latin letters', () => {
    expect(run(foldCompatibility, 'cámara não ça')).toBe('camara nao ca');
  });
  it('keeps Thai as written', () => {
    expect(run(foldCompatibility, 'ส่งรูปมาหน่อย')).toBe('ส่งรูปมาหน่อย');
  });
});

describe('toLowerCase', () => {
  it('lowers case and keeps the map one-to-one for ordinary letters', () => {
    const m = toLowerCase(identityMapped('SEND Pic'));
    expect(m.text).toBe('send pic');
    expectMapSane('SEND Pic', m);
  });
  it('keeps offsets right when a capital lowers to two code units (İ)', () => {
    const original = 'İS pic';
    const m = toLowerCase(identityMapped(original));
    expectMapSane(original, m);
    const start = m.text.indexOf('pic');
    const span = originalSpan(m, start, start + 3);
    expect(original.slice(span.start, span.end)).toBe('pic');
  });
});

describe('foldHomoglyphs', () => {
  it('folds Cyrillic and Greek look-alikes to Latin', () => {
    expect(run(foldHomoglyphs, 'ѕеnd рiс')).toBe('send pic');
    expect(run(foldHomoglyphs, 'ρhοtο')).toBe('photo');
  });
  it('folds negative squared letters and regional indicators', () => {
    expect(run(foldHomoglyphs, '🅿🅸🅲')).toBe('pic');
    expect(run(foldHomoglyphs, '🇸🇳🇦🇵')).toBe('snap');
  });
});

describe('refangLinks', () => {
  it('re-fangs bracketed and spoken dots', () => {
    expect(run(refangLinks, 't[.]me/abc')).toBe('t.me/abc');
    expect(run(refangLinks, 'wa dot me/123')).toBe('wa.me/123');
    expect(run(refangLinks, 'discord (.) gg/x')).toBe('discord.gg/x');
    expect(run(refangLinks, 't . me slash abc')).toBe('t.me/abc');
  });
  it('leaves a sentence that merely ends before "my" alone', () => {
    expect(run(refangLinks, 'that was fun. my turn')).toBe('that was fun. my turn');
  });
});

describe('joinSplitLetters', () => {
  const isWord = (w: string) => ['snap', 'pic', 'send'].includes(w);
  it('joins letters split by spaces, dots or dashes when the result is a word', () => {
    expect(run((m) => joinSplitLetters(m, isWord), 'add me on s n a p')).toBe('add me on snap');
    expect(run((m) => joinSplitLetters(m, isWord), 'p.i.c pls')).toBe('pic pls');
    expect(run((m) => joinSplitLetters(m, isWord), 's-e-n-d it')).toBe('send it');
  });
  it('does not glue ordinary single-letter words together', () => {
    expect(run((m) => joinSplitLetters(m, isWord), 'r u a fan')).toBe('r u a fan');
  });
});

describe('foldLeetspeak', () => {
  it('decodes digits and symbols inside words', () => {
    expect(run(foldLeetspeak, 's3nd p1c t3legram n00dz $nap p!c')).toBe('send pic telegram noodz snap pic');
  });
  it('keeps amounts, ordinals, plain numbers and handles', () => {
    expect(run(foldLeetspeak, '50k 100rb rm20 8th 2024 @user1')).toBe('50k 100rb rm20 8th 2024 @user1');
  });
});

describe('squeezeRepeats', () => {
  it('cuts runs of three or more to two', () => {
    expect(run(squeezeRepeats, 'piiiiic pleeeease sooo')).toBe('piic pleease soo');
  });
  it('keeps natural double letters', () => {
    expect(run(squeezeRepeats, 'meet address')).toBe('meet address');
  });
});

describe('digitsFromWords', () => {
  it('turns spelled-out digit runs into digits', () => {
    expect(run(digitsFromWords, 'zero eight one two three')).toBe('08123');
    expect(run(digitsFromWords, 'kosong lapan satu dua')).toBe('0812');
  });
  it('leaves one or two number words alone', () => {
    expect(run(digitsFromWords, 'one pic for two people')).toBe('one pic for two people');
  });
});

describe('normalize (the whole chain)', () => {
  it('maps a finding on the normalised text back to the original characters', () => {
    const original = 'Hey ЅЕΝD me a p\u200Bic!!';
    const m = normalize(original);
    expect(m.text).toBe('hey send me a pic!!');
    expectMapSane(original, m);
    const start = m.text.indexOf('pic');
    const span = originalSpan(m, start, start + 3);
    expect(original.slice(span.start, span.end)).toBe('p\u200Bic');
  });
});
