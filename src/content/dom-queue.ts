/**
 * The MutationObserver's queue: nodes are queued in the callback (never
 * read there: uBlock Origin's rule) and taken by the next batch. A flood
 * past `maxPending` is shed for one later rescan of the whole page, at most
 * one every `rescanGapMs`.
 */
export type Work = { kind: 'rescan'; wait: number } | { kind: 'nodes'; nodes: Set<Node> } | null;

export interface DomQueue {
  /** Queues the records' nodes; true when this call started shedding a flood. */
  add(records: readonly MutationRecord[]): boolean;
  /** Asks for the whole page to be read again in the next batch. */
  requestRescan(): void;
  /** The next batch's work: a rescan (after `wait` ms when shedding a flood), queued nodes, or nothing. */
  take(now: number): Work;
  /** Anything waiting? */
  busy(): boolean;
  clear(): void;
  readonly pending: number;
  readonly shed: number;
}

export function createDomQueue(maxPending: number, rescanGapMs: number): DomQueue {
  let pending = new Set<Node>();
  let overflow = false;
  let rescan = false;
  let lastRescan = -Infinity;
  let shed = 0;
  return {
    add(records) {
      if (overflow) {
        shed += records.length;
        return false;
      }
      for (const record of records) {
        if (record.type === 'childList') for (const node of record.addedNodes) pending.add(node);
        else pending.add(record.target);
        if (pending.size > maxPending) {
          shed += pending.size;
          pending = new Set();
          overflow = true;
          return true;
        }
      }
      return false;
    },
    requestRescan() {
      rescan = true;
    },
    take(now) {
      if (rescan || overflow) {
        const wait = overflow ? Math.max(0, lastRescan + rescanGapMs - now) : 0;
        rescan = false;
        overflow = false;
        pending = new Set();
        lastRescan = now + wait;
        return { kind: 'rescan', wait };
      }
      if (pending.size === 0) return null;
      const nodes = pending;
      pending = new Set();
      return { kind: 'nodes', nodes };
    },
    busy: () => pending.size > 0 || overflow || rescan,
    clear() {
      pending = new Set();
      overflow = false;
    },
    get pending() {
      return pending.size;
    },
    get shed() {
      return shed;
    },
  };
}
