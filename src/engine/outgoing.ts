import type { OutgoingResult } from './types';

/** Placeholder replaced below. */
export function scanOutgoingText(text: string): OutgoingResult {
  void text;
  return { categories: [], findings: [] };
}
