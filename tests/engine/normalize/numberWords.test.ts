import { describe, expect, it } from 'vitest';
import { digitsFromWords } from '../../../src/engine/normalize';
import { run } from './helpers';

describe('digitsFromWords', () => {
  it('turns spelled-out digit runs into digits', () => {
    expect(run(digitsFromWords, 'zero eight one two three')).toBe('08123');
    expect(run(digitsFromWords, 'kosong lapan satu dua')).toBe('0812');
  });
  it('leaves one or two number words alone', () => {
    expect(run(digitsFromWords, 'one pic for two people')).toBe('one pic for two people');
  });
});
