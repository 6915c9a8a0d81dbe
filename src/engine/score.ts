/** Turning findings into labels and a score. */
import { CATEGORIES, type Category, type Sensitivity } from '../shared/categories';
import type { Finding } from './types';

/** Category score needed for a label, by sensitivity. */
export const LABEL_THRESHOLD: Record<Sensitivity, number> = { gentle: 0.65, balanced: 0.5, strict: 0.35 };

/** Noisy-or of the weights of distinct rules per category: 1 - prod(1 - w). */
export function categoryScores(findings: readonly Finding[]): Map<Category, number> {
  const remaining = new Map<Category, number>();
  for (const f of findings) remaining.set(f.category, (remaining.get(f.category) ?? 1) * (1 - f.weight));
  const scores = new Map<Category, number>();
  for (const [category, rest] of remaining) scores.set(category, 1 - rest);
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
