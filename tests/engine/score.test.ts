import { describe, expect, it } from 'vitest';
import { categoryScores, LABEL_THRESHOLD, labelsFor } from '../../src/engine/score';
import type { Finding } from '../../src/engine/types';

const finding = (f: Partial<Finding>): Finding => ({ category: 'photo_request', ruleId: 'en.photo.x', lang: 'en', start: 0, end: 4, weight: 0.5, ...f });

describe('categoryScores', () => {
  it('combines distinct rules of a category with a noisy-or', () => {
    const scores = categoryScores([finding({ weight: 0.4 }), finding({ ruleId: 'en.photo.y', weight: 0.35, start: 10, end: 14 })]);
    expect(scores.get('photo_request')).toBeCloseTo(1 - 0.6 * 0.65, 10);
  });

  it('counts findings of two packs on the same words once, keeping the best reading', () => {
    const scores = categoryScores([finding({ weight: 0.6 }), finding({ ruleId: 'tl.photo.x', lang: 'tl', weight: 0.5, start: 1, end: 4 })]);
    expect(scores.get('photo_request')).toBeCloseTo(0.6, 10);
  });

  it('adds findings of two packs on different words', () => {
    const scores = categoryScores([finding({ weight: 0.6 }), finding({ ruleId: 'tl.photo.x', lang: 'tl', weight: 0.5, start: 10, end: 14 })]);
    expect(scores.get('photo_request')).toBeCloseTo(0.8, 10);
  });
});

describe('labelsFor', () => {
  it('labels a category whose score reaches the threshold, in CATEGORIES order, and reports the top score', () => {
    const result = labelsFor([finding({ category: 'secrecy', weight: 0.5 }), finding({ category: 'photo_request', weight: 0.7 }), finding({ category: 'meetup', weight: 0.3 })], LABEL_THRESHOLD.balanced);
    expect(result.labels).toEqual(['photo_request', 'secrecy']);
    expect(result.score).toBe(0.7);
  });

  it('labels more at strict and less at gentle sensitivity', () => {
    const findings = [finding({ weight: 0.4 })];
    expect(labelsFor(findings, LABEL_THRESHOLD.strict).labels).toEqual(['photo_request']);
    expect(labelsFor(findings, LABEL_THRESHOLD.balanced).labels).toEqual([]);
    expect(labelsFor([finding({ weight: 0.6 })], LABEL_THRESHOLD.gentle).labels).toEqual([]);
  });

  it('gives no label and a zero score without findings', () => {
    expect(labelsFor([], 0.5)).toEqual({ labels: [], score: 0 });
  });
});
