/**
 * The popup's health line, from counts only (never text): reading (with the
 * site's reader or the generic fallback), no conversation open, starting,
 * or cannot read (a conversation is open but no message was read for a while:
 * the site changed).
 */
import type { ReaderStatus } from '../shared/reader-status';

export interface HealthInput {
  active: boolean;
  reader: ReaderStatus['reader'];
  /** Messages read in the open thread. */
  threadMessages: number;
  /** The site's own logic names an open conversation (an inbox page names none). */
  conversationOpen: boolean;
  /** How long the open thread has been current. */
  sinceMs: number;
  delayMs: number;
}

export function readerStatus(input: HealthInput): ReaderStatus {
  const { reader, threadMessages } = input;
  if (!input.active) return { state: 'dormant', reader, threadMessages: 0 };
  if (threadMessages > 0) return { state: 'reading', reader, threadMessages };
  if (!input.conversationOpen) return { state: 'no-conversation', reader, threadMessages: 0 };
  return { state: input.sinceMs >= input.delayMs ? 'cannot-read' : 'starting', reader, threadMessages: 0 };
}
