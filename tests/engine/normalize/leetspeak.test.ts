import { describe, expect, it } from 'vitest';
import { foldLeetspeak } from '../../../src/engine/normalize';
import { run } from './helpers';

describe('foldLeetspeak', () => {
  it('decodes digits and symbols inside words', () => {
    expect(run(foldLeetspeak, 's3nd p1c t3legram n00dz $nap p!c')).toBe('send pic telegram noodz snap pic');
  });
  it('keeps amounts, ordinals, plain numbers and handles', () => {
    expect(run(foldLeetspeak, '50k 100rb rm20 8th 2024 @user1')).toBe('50k 100rb rm20 8th 2024 @user1');
  });
  it('keeps the digits of a number written against Thai, which has no spaces', () => {
    expect(run(foldLeetspeak, 'เบอร์0812345678โทรมา')).toBe('เบอร์0812345678โทรมา');
    expect(run(foldLeetspeak, 'รหัสคือ5521นะ')).toBe('รหัสคือ5521นะ');
  });
});
