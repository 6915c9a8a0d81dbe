/**
 * The health line between the content script and the popup: whether Second
 * Look is reading the open chat, with which reader, and how many messages it
 * has read there. Counts only: no text, no sender, no thread id crosses.
 * Asked for by the popup when it opens; answered by the content script in the
 * active tab; never stored.
 */

export const READER_STATUS_REQUEST = 'second-look/reader-status';

export interface ReaderStatus {
  /**
   * `dormant`: not a messaging page, the site is off or checks are paused;
   * `no-conversation`: an inbox, no chat open; `starting`: a chat just opened;
   * `reading`: messages are being read; `cannot-read`: a chat is open but no
   * message could be read for a few seconds (the site changed its page).
   */
  state: 'dormant' | 'no-conversation' | 'starting' | 'reading' | 'cannot-read';
  /** The site's own reader, or the generic fallback the content script switched to by itself. */
  reader: 'site' | 'generic';
  /** Messages read in the open chat so far. */
  threadMessages: number;
}

const STATES = new Set<ReaderStatus['state']>(['dormant', 'no-conversation', 'starting', 'reading', 'cannot-read']);

/** Is `message` the popup's question? */
export function isReaderStatusRequest(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === READER_STATUS_REQUEST && Object.keys(message).length === 1;
}

/** The content script's answer, if well-formed; null otherwise (no content script, an old one, anything else). */
export function parseReaderStatus(answer: unknown): ReaderStatus | null {
  if (typeof answer !== 'object' || answer === null) return null;
  const a = answer as Record<string, unknown>;
  if (!STATES.has(a.state as ReaderStatus['state'])) return null;
  if (a.reader !== 'site' && a.reader !== 'generic') return null;
  if (typeof a.threadMessages !== 'number' || !Number.isInteger(a.threadMessages) || a.threadMessages < 0) return null;
  return { state: a.state as ReaderStatus['state'], reader: a.reader, threadMessages: a.threadMessages };
}
