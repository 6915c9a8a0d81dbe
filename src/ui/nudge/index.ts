/**
 * The nudge: the only thing a teen ever sees of Second Look.
 *
 * STUB (contract only) until the nudge issue fills it in. The contract the
 * content script and the e2e tests rely on:
 * - `showNudge(verdict, anchor, context)` shows (or updates) one nudge;
 * - the nudge lives in a `<second-look-nudge>` host element appended to the
 *   page, with a CLOSED shadow root; the first element inside the shadow root
 *   carries `data-level`, `data-categories` (space-separated) and `data-kind`
 *   ('incoming' | 'outgoing'), which e2e tests read through CDP;
 * - `clearNudges()` removes every nudge (thread switch, extension switched off).
 */
import type { Level } from '../../shared/categories';
import type { SiteId } from '../../shared/sites';

export const NUDGE_HOST_TAG = 'second-look-nudge';

/** What the nudge needs from a verdict (the engine's Verdict or OutgoingResult fits). */
export interface NudgeVerdict {
  level: Level;
  categories: readonly string[];
  reasons?: readonly unknown[];
}

export interface NudgeContext {
  kind: 'incoming' | 'outgoing';
  site: SiteId;
  thread: string;
  sender?: string;
  /** Adds the sender as a trusted contact (the "I know this person" choice); absent when the guardian turned it off. */
  onTrust?: (sender: string) => void;
}

const hosts = new Set<HTMLElement>();

export function showNudge(verdict: NudgeVerdict, anchor: Element | null, context: NudgeContext): void {
  const doc = anchor?.ownerDocument ?? document;
  const host = doc.createElement(NUDGE_HOST_TAG);
  host.style.cssText = 'all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483647;';
  const root = host.attachShadow({ mode: 'closed' });
  const card = doc.createElement('div');
  card.setAttribute('role', 'status');
  card.dataset.level = verdict.level;
  card.dataset.categories = verdict.categories.join(' ');
  card.dataset.kind = context.kind;
  card.textContent = `Second Look noticed: ${verdict.categories.join(', ')}`;
  root.append(card);
  doc.documentElement.append(host);
  hosts.add(host);
}

export function clearNudges(): void {
  for (const host of hosts) host.remove();
  hosts.clear();
}
