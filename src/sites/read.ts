import type { SiteAdapter, SiteMessage } from './types';

/**
 * Every message on the page right now, in page order, with the element it was
 * read from. For tests, fixtures and benchmarks: the content script reads
 * incrementally instead (only rows it has not seen).
 */
export function readMessages(adapter: SiteAdapter, doc: Document, maxChars = 4000): (SiteMessage & { row: Element })[] {
  const url = new URL(doc.location?.href ?? doc.URL);
  const thread = adapter.threadId(doc, url) ?? `page:${url.pathname}`;
  const out: (SiteMessage & { row: Element })[] = [];
  for (const root of adapter.roots?.(doc) ?? [doc]) {
    for (const row of Array.from(root.querySelectorAll(adapter.rowSelector))) {
      const message = adapter.readRow(row, { thread, maxChars });
      if (message) out.push({ ...message, thread, row });
    }
  }
  return out;
}
