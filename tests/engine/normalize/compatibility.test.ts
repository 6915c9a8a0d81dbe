import { describe, expect, it } from 'vitest';
import { foldCompatibility, identityMapped } from '../../../src/engine/normalize';
import { run } from './helpers';

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
  it('returns emoji-only text as it is, without building a copy', () => {
    const input = identityMapped('📸👻🤫💸');
    expect(foldCompatibility(input)).toBe(input);
  });
});
