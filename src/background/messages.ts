/**
 * The runtime messages the background worker answers. Every message is
 * checked for its sender (this extension only) and its exact shape before
 * anything runs; anything else is ignored without an answer.
 */
import { CATEGORIES, isCategory, type Category } from '../shared/categories';

export const MESSAGE_PREFIX = 'second-look/';

export type BackgroundMessage =
  /** A nudge was shown: count its categories in the local summary (if on). */
  | { type: 'second-look/record-summary'; categories: Category[] }
  /** Settings or the pause changed somewhere: redraw the toolbar badge. */
  | { type: 'second-look/refresh-badge' };

/** Is the sender this extension (its pages or its content scripts)? */
export function isFromThisExtension(sender: { id?: string }, extensionId: string): boolean {
  return typeof sender.id === 'string' && sender.id === extensionId;
}

/** The message, if it is exactly one of ours; null otherwise. */
export function parseBackgroundMessage(message: unknown): BackgroundMessage | null {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return null;
  const m = message as Record<string, unknown>;
  const keys = Object.keys(m).sort().join(',');
  switch (m.type) {
    case 'second-look/record-summary':
      if (keys !== 'categories,type' || !Array.isArray(m.categories)) return null;
      if (m.categories.length > CATEGORIES.length || !m.categories.every(isCategory)) return null;
      return { type: m.type, categories: [...m.categories] };
    case 'second-look/refresh-badge':
      return keys === 'type' ? { type: m.type } : null;
    default:
      return null;
  }
}
