/** Shared by the normaliser's tests: run one step on plain text, and check an offset map. */
import { expect } from 'vitest';
import { identityMapped, originalSpan, type MappedText } from '../../../src/engine/normalize';

/** The text one step makes of `text`. */
export const run = (f: (m: MappedText) => MappedText, text: string): string => f(identityMapped(text)).text;

/** Every normalised character must point inside the original text, in order. */
export function expectMapSane(original: string, m: MappedText): void {
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
