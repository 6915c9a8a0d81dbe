import { describe, expect, it } from 'vitest';
import { buildIndex, overlapping } from '../../scripts/corpus/overlap';

describe('corpus/evaluation overlap check', () => {
  const index = buildIndex(['The quick brown fox jumps over the lazy dog today', 'short one', 'ฉันชอบกินข้าวผัดกุ้งที่ร้านตรงข้ามโรงเรียนมาก']);

  it('finds a verbatim copy after normalising case and punctuation', () => {
    expect(overlapping(index, 'the QUICK brown fox, jumps over the lazy dog today!!')).toBeDefined();
    expect(overlapping(index, 'Short one.')).toBeDefined();
  });

  it('finds a near copy by shared word trigrams', () => {
    expect(overlapping(index, 'quick brown fox jumps over the lazy dog tomorrow')).toBeDefined();
    expect(overlapping(index, 'look, the quick brown fox jumps over the lazy dog today, again')).toBeDefined();
    expect(overlapping(index, 'ฉันชอบกินข้าวผัดกุ้งที่ร้านตรงข้ามโรงเรียนนะ')).toBeDefined();
  });

  it('lets a fresh sentence with a few of the same words through', () => {
    expect(overlapping(index, 'a brown dog sleeps in the sun all day long')).toBeUndefined();
    expect(overlapping(index, 'short one more time please')).toBeUndefined();
    expect(overlapping(index, 'the quick brown cat sleeps')).toBeUndefined();
  });
});
