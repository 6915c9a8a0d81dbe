import { describe, expect, it } from 'vitest';
import { addThaiTerm, expandThai, finishThaiTable, hasThai, thaiTableBuilder } from '../../../src/engine/compile/thai';
import { tokenize, TokenKind } from '../../../src/engine/tokenize';

function table(terms: [string, number | undefined][]) {
  const builder = thaiTableBuilder();
  for (const [term, cls] of terms) addThaiTerm(builder, term, cls);
  return { thai: finishThaiTable(builder) };
}

describe('hasThai', () => {
  it('is true for a string with a Thai letter only', () => {
    expect(hasThai('ส่งรูป')).toBe(true);
    expect(hasThai('line ส่ง')).toBe(true);
    expect(hasThai('send')).toBe(false);
  });
});

describe('the Thai table', () => {
  it('lists the terms of each first letter longest first, one entry per term', () => {
    const t = table([['ส่ง', 1], ['ส่งรูป', 2], ['ส่ง', 3], ['รูป', undefined]]);
    expect(t.thai.get('ส')).toEqual([{ term: 'ส่งรูป', classes: [2] }, { term: 'ส่ง', classes: [1, 3] }]);
    expect(t.thai.get('ร')).toEqual([{ term: 'รูป', classes: [] }]);
  });
});

describe('expandThai', () => {
  it('cuts a Thai run into the terms found inside it, overlapping ones too', () => {
    const t = table([['ส่ง', 1], ['ส่งรูป', 2], ['รูป', 3]]);
    const tokens = expandThai(tokenize('ส่งรูปมา'), t);
    expect(tokens.filter((x) => x.kind === TokenKind.Word).map((x) => x.text)).toEqual(['ส่งรูป', 'ส่ง', 'รูป']);
  });

  it('counts a stretch of unmatched Thai letters as one gap token per four letters', () => {
    const t = table([['รูป', 3]]);
    const tokens = expandThai(tokenize('กขคงจฉชซรูป'), t);
    expect(tokens.map((x) => x.kind)).toEqual([TokenKind.Gap, TokenKind.Gap, TokenKind.Word]);
  });

  it('returns tokens without Thai as they are', () => {
    const tokens = tokenize('send a pic');
    expect(expandThai(tokens, table([]))).toBe(tokens);
  });
});
