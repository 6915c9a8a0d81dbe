/** Turning findings into labels and a score. */
import { CATEGORIES, type Category, type Sensitivity } from '../shared/categories';
import type { Finding } from './types';

/** Category score needed for a label, by sensitivity. */
export const LABEL_THRESHOLD: Record<Sensitivity, number> = { gentle: 0.65, balanced: 0.5, strict: 0.35 };

/**
 * Noisy-or of the weights of distinct rules per category: 1 - prod(1 - w).
 * Two packs firing on the same words (an English word listed in the
 * Taglish pack too) are one piece of evidence, not two: a finding that
 * overlaps a heavier finding of the same category from another language is
 * not counted again.
 */
export function categoryScores(findings: readonly Finding[]): Map<Category, number> {
  const scores = new Map<Category, number>();
  const langs = new Set(findings.map((f) => f.lang));
  // Read the message "as" each language in turn: that pack's findings, plus
  // other packs' findings on words it did not match. Keep the best reading.
  for (const lang of langs) {
    const own = findings.filter((f) => f.lang === lang);
    const remaining = new Map<Category, number>();
    for (const f of findings) {
      const overlapsOwn = f.lang !== lang && own.some((o) => o.category === f.category && o.start < f.end && f.start < o.end);
      if (overlapsOwn) continue;
      remaining.set(f.category, (remaining.get(f.category) ?? 1) * (1 - f.weight));
    }
    for (const [category, rest] of remaining) scores.set(category, Math.max(scores.get(category) ?? 0, 1 - rest));
  }
  return scores;
}

/** Labels (in CATEGORIES order) and the top score. */
export function labelsFor(findings: readonly Finding[], threshold: number): { labels: Category[]; score: number } {
  if (findings.length === 0) return { labels: [], score: 0 };
  const scores = categoryScores(findings);
  const labels: Category[] = [];
  let score = 0;
  for (const category of CATEGORIES) {
    const s = scores.get(category);
    if (s === undefined) continue;
    if (s > score) score = s;
    if (s >= threshold - 1e-9) labels.push(category);
  }
  return { labels, score: Math.round(score * 1000) / 1000 };
}
