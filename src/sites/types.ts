import type { SiteId } from '../shared/sites';

/** One chat message as an adapter reads it from the page. Never stored: the content script keeps only `key`. */
export interface SiteMessage {
  /** Stable for the same message across re-renders and recycled nodes; a site id or a hash, never the text. */
  key: string;
  /** The message's own words (quotes, reactions, previews and timestamps left out), capped in length. */
  text: string;
  /** True for the other person's messages, false for the teen's own. */
  incoming: boolean;
  /** The sender's name or handle as the site shows it, when known. */
  sender?: string;
  /** The conversation this message belongs to. */
  thread: string;
  /** When it was sent (ms since epoch), when the site says. */
  at?: number;
}

/**
 * What the page itself says about the open conversation. Each field is left
 * out when the page does not say: absent means unknown, never "no".
 */
export interface ThreadContext {
  /** A group chat (more than one other person), as the site marks it. */
  group?: boolean;
  /** The other person is a saved contact / someone the teen already talks to. */
  knownContact?: boolean;
  /** A message request the teen has not accepted yet. */
  messageRequest?: boolean;
}

/** What `readRow` needs besides the row itself. */
export interface ReadContext {
  thread: string;
  /** Longest text read from one message; the rest is ignored. */
  maxChars: number;
}

/**
 * Everything the content script needs to know about one site. Selectors are
 * named constants in each adapter file; the shape is the same for all sites.
 */
export interface SiteAdapter {
  readonly id: SiteId | 'generic';
  /** Is this URL a page that shows conversations? Elsewhere the content script stays dormant. */
  isMessagingPage(url: URL): boolean;
  /** The open conversation's id (from the URL or the DOM), or null when none is open. */
  threadId(doc: Document, url: URL): string | null;
  /** Selector for one message row (or a non-message row: date line, system line); works with `closest`. */
  readonly rowSelector: string;
  /** Reads one row; null for rows that are not a message someone wrote (date separators, system lines, empty rows). */
  readRow(row: Element, context: ReadContext): Omit<SiteMessage, 'thread'> | null;
  /** The teen's compose box, if on the page. */
  findComposer(doc: Document): HTMLElement | null;
  /**
   * Where to observe and query: the document, plus open shadow roots where the
   * site renders its chat inside them (a document observer does not see those).
   */
  roots?(doc: Document): ParentNode[];
  /**
   * What the page shows about the open thread (group header, contact or
   * unknown number, request banner), from locale-free marks only. Absent
   * where the site's evidence gives none.
   */
  threadContext?(doc: Document, url: URL): ThreadContext;
}
