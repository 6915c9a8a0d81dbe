import { describe, expect, it } from 'vitest';
import { foldHomoglyphs, identityMapped } from '../../../src/engine/normalize';
import { run } from './helpers';

describe('foldHomoglyphs', () => {
  it('folds Cyrillic and Greek look-alikes to Latin', () => {
    expect(run(foldHomoglyphs, 'ѕеnd рiс')).toBe('send pic');
    expect(run(foldHomoglyphs, 'ρhοtο')).toBe('photo');
  });
  it('folds negative squared letters and regional indicators', () => {
    expect(run(foldHomoglyphs, '🅿🅸🅲')).toBe('pic');
    expect(run(foldHomoglyphs, '🇸🇳🇦🇵')).toBe('snap');
  });
  it('folds a Greek capital by its own look, which its lower case would lose (Ν is N, ν is v)', () => {
    expect(run(foldHomoglyphs, 'ΝΟ')).toBe('no');
    expect(run(foldHomoglyphs, 'ν')).toBe('v');
  });
  it('returns emoji-only text as it is, without building a copy', () => {
    const input = identityMapped('📸👻🤫💸');
    expect(foldHomoglyphs(input)).toBe(input);
  });
});
