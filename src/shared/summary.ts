/**
 * The local summary a guardian may switch on: how many nudges of each
 * category appeared per day, for the last 30 days, on this device only.
 * It holds numbers and dates, never message text, sender or site.
 */
import { CATEGORIES, PATTERN_FINDINGS, type Category, type PatternFinding } from './categories';

export const SUMMARY_DAYS = 30;

/** What the summary counts: the categories, then the patterns a nudge names of its own (an adult to a minor). */
export const SUMMARY_KEYS = [...CATEGORIES, ...PATTERN_FINDINGS] as const;
export type SummaryKey = Category | PatternFinding;

export function isSummaryKey(value: unknown): value is SummaryKey {
  return typeof value === 'string' && (SUMMARY_KEYS as readonly string[]).includes(value);
}

/** Day (local date, "YYYY-MM-DD") -> category or pattern -> count. */
export type SummaryCounts = Record<string, Partial<Record<SummaryKey, number>>>;

/** The local calendar day of a moment, as the summary keys it. */
export function dayKey(now: number): string {
  const d = new Date(now);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The oldest day still kept at `now`. */
function oldestKeptDay(now: number): string {
  const d = new Date(now);
  d.setDate(d.getDate() - (SUMMARY_DAYS - 1));
  return dayKey(d.getTime());
}

/**
 * Reads stored counts, dropping anything that is not a day, a known category
 * or pattern and a positive whole count, and every day older than 30 days.
 */
export function readSummary(value: unknown, now: number): SummaryCounts {
  const out: SummaryCounts = {};
  if (typeof value !== 'object' || value === null) return out;
  const oldest = oldestKeptDay(now);
  const today = dayKey(now);
  for (const [day, counts] of Object.entries(value)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || day < oldest || day > today) continue;
    if (typeof counts !== 'object' || counts === null) continue;
    const kept: Partial<Record<SummaryKey, number>> = {};
    for (const [key, count] of Object.entries(counts)) {
      if (isSummaryKey(key) && Number.isInteger(count) && (count as number) > 0) kept[key] = count as number;
    }
    if (Object.keys(kept).length) out[day] = kept;
  }
  return out;
}

/** Adds one to each category or pattern (once each per call) for today and prunes old days. */
export function addToSummary(value: unknown, categories: readonly SummaryKey[], now: number): SummaryCounts {
  const counts = readSummary(value, now);
  const today = dayKey(now);
  const day = (counts[today] ??= {});
  for (const category of new Set(categories)) day[category] = (day[category] ?? 0) + 1;
  if (!Object.keys(day).length) delete counts[today];
  return counts;
}

/** Totals per category and pattern over the kept days, in SUMMARY_KEYS order, for the options page. */
export function summaryTotals(counts: SummaryCounts): Record<SummaryKey, number> {
  const totals = Object.fromEntries(SUMMARY_KEYS.map((c) => [c, 0])) as Record<SummaryKey, number>;
  for (const day of Object.values(counts)) for (const [c, n] of Object.entries(day)) totals[c as SummaryKey] += n;
  return totals;
}
