/**
 * Falls back to the generic reader when the site's own selectors find no
 * row but the generic one reads real messages (the site changed), and goes
 * back to the site's adapter as soon as its selectors match again (a page
 * that was still loading). Checked at most every `everyMs`, and only until
 * the site's adapter has read a message on this page.
 */
import type { SiteAdapter } from '../sites/types';

export interface Fallback {
  /** The adapter to read with now; `changed` when it just switched. */
  check(now: number): { adapter: SiteAdapter; changed: boolean };
  /** The site's adapter read a message: no fallback needed on this page. */
  siteRead(): void;
  current(): SiteAdapter;
  readonly generic: SiteAdapter;
}

export function createFallback(doc: Document, site: SiteAdapter, generic: SiteAdapter, everyMs = 2000): Fallback {
  let adapter = site;
  let siteRowsSeen = false;
  let lastCheck = -Infinity;
  const siteRowsExist = (): boolean => (site.roots?.(doc) ?? [doc]).some((root) => root.querySelector(site.rowSelector));
  /** Whether the generic adapter reads at least one message among the first rows it finds. */
  const genericReads = (): boolean => {
    for (const root of generic.roots?.(doc) ?? [doc]) {
      const rows = Array.from(root.querySelectorAll(generic.rowSelector)).slice(0, 50);
      if (rows.some((row) => generic.readRow(row, { thread: '', maxChars: 200 }))) return true;
    }
    return false;
  };
  return {
    generic,
    current: () => adapter,
    siteRead() {
      siteRowsSeen = true;
    },
    check(now) {
      if (siteRowsSeen || now - lastCheck < everyMs) return { adapter, changed: false };
      lastCheck = now;
      const next = adapter === generic ? (siteRowsExist() ? site : generic) : !siteRowsExist() && genericReads() ? generic : site;
      const changed = next !== adapter;
      adapter = next;
      return { adapter, changed };
    },
  };
}
