/** Which message rows a batch reads: rows a queued node adds or sits in, or every row on a rescan. */
import { isElement, rowsWithin } from '../sites/dom';

/** Rows touched by one queued node: rows it adds (read once) and the row it sits in (read again: `true`). */
export function collectRows(node: Node, selector: string, into: Map<Element, boolean>): void {
  const element = isElement(node) ? node : node.parentElement;
  if (!element || !element.isConnected) return;
  const row = element.closest(selector);
  if (row) {
    // A change inside a row (text filled in late, an edit) is read again; an added row once.
    if (!into.has(row)) into.set(row, row !== node);
    return;
  }
  for (const found of rowsWithin(element, selector)) if (!into.has(found)) into.set(found, false);
}

/** Every row under the roots, in page order. */
export function allRows(roots: readonly ParentNode[], selector: string): Map<Element, boolean> {
  const rows = new Map<Element, boolean>();
  for (const root of roots) for (const row of Array.from(root.querySelectorAll(selector))) rows.set(row, false);
  return rows;
}
