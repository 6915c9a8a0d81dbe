import { describe, expect, it } from 'vitest';
import { identityMapped, originalSpan, toLowerCase } from '../../../src/engine/normalize';
import { expectMapSane } from './helpers';

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
  it('returns text already in lower case as it is', () => {
    const input = identityMapped('send pic');
    expect(toLowerCase(input)).toBe(input);
  });
});
