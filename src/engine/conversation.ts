import type { ConversationTracker, Detector } from './types';

export function createConversationTracker(detector: Detector, threshold: number): ConversationTracker {
  void detector;
  void threshold;
  return { add: () => ({ level: 'none', categories: [], reasons: [] }), verdict: () => ({ level: 'none', categories: [], reasons: [] }), reset: () => {} };
}
