import { describe, expect, it } from 'vitest';
import { joinSplitLetters } from '../../../src/engine/normalize';
import { run } from './helpers';

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
  it('segments a run into words from the left ("s.e.n.d a p.i.c" -> "send a pic")', () => {
    expect(run((m) => joinSplitLetters(m, isWord), 's.e.n.d a p.i.c')).toBe('send a pic');
  });
  it('without a word list, joins only stretches of five letters or more', () => {
    expect(run((m) => joinSplitLetters(m), 'h e l l o')).toBe('hello');
    expect(run((m) => joinSplitLetters(m), 's n a p')).toBe('s n a p');
  });
});
