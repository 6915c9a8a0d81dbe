import { describe, expect, it } from 'vitest';
import { SUMMARY_DAYS, addToSummary, dayKey, isSummaryKey, readSummary, summaryTotals } from '../../src/shared/summary';

const DAY = 24 * 60 * 60 * 1000;
const noon = new Date(2026, 10, 22, 12, 0, 0).getTime();

describe('local summary counts', () => {
  it('counts each category once per nudge, per local day', () => {
    let counts = addToSummary(undefined, ['secrecy', 'meetup', 'secrecy'], noon);
    counts = addToSummary(counts, ['secrecy'], noon + 60_000);
    expect(counts).toEqual({ '2026-11-22': { secrecy: 2, meetup: 1 } });
    counts = addToSummary(counts, ['threat'], noon + DAY);
    expect(counts['2026-11-23']).toEqual({ threat: 1 });
  });

  it('keeps 30 days and drops older ones', () => {
    let counts = addToSummary(undefined, ['secrecy'], noon);
    const later = noon + (SUMMARY_DAYS - 1) * DAY;
    expect(Object.keys(readSummary(counts, later))).toEqual(['2026-11-22']);
    counts = addToSummary(counts, ['meetup'], later + DAY);
    expect(Object.keys(counts)).toEqual([dayKey(later + DAY)]);
  });

  it('drops anything that is not a day, a category and a count (no room for text)', () => {
    const stored = {
      '2026-11-22': { secrecy: 2, 'send nudes': 1, meetup: 'x', threat: -1 },
      'who: Bob': { secrecy: 1 },
      '2026-11-21': 'hello',
    };
    expect(readSummary(stored, noon)).toEqual({ '2026-11-22': { secrecy: 2 } });
  });

  it('counts an adult talking to a minor beside the categories, and keeps it when read back', () => {
    const counts = addToSummary(undefined, ['adult_minor', 'off_platform'], noon);
    expect(readSummary(counts, noon)).toEqual({ '2026-11-22': { adult_minor: 1, off_platform: 1 } });
    expect(summaryTotals(counts).adult_minor).toBe(1);
    // What a content script may pass on: categories and the card's own patterns, nothing else a verdict holds.
    expect(['secrecy', 'adult_minor', 'combination', 'escalation', 'stranger'].filter(isSummaryKey)).toEqual(['secrecy', 'adult_minor']);
  });

  it('totals per category', () => {
    const totals = summaryTotals({ '2026-11-21': { secrecy: 1 }, '2026-11-22': { secrecy: 2, meetup: 1 } });
    expect(totals.secrecy).toBe(3);
    expect(totals.meetup).toBe(1);
    expect(totals.threat).toBe(0);
  });
});
