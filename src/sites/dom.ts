/**
 * Small DOM helpers shared by the site adapters. They take the element's own
 * document and window (never the globals), so adapters work on any document:
 * the page, a happy-dom test window, a parsed fixture.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'BR', 'TR', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** True for element nodes (no `instanceof Element`: the element may come from another window). */
export function isElement(node: Node | null | undefined): node is Element {
  return node?.nodeType === ELEMENT_NODE;
}

/**
 * The visible words under `root`, skipping whole subtrees that match `skip`
 * (quotes, reactions, timestamps...), with whitespace collapsed. Stops after
 * `maxChars`: a hostile 1 MB message costs no more than a short one.
 */
export function readText(root: Element | null | undefined, maxChars: number, skip?: string): string {
  if (!root) return '';
  const parts: string[] = [];
  let length = 0;
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child && length < maxChars; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const value = child.nodeValue ?? '';
        parts.push(value);
        length += value.length;
      } else if (child.nodeType === ELEMENT_NODE) {
        const element = child as Element;
        if (skip && element.matches(skip)) continue;
        if (element.tagName === 'IMG') {
          // Emoji are often images with the character in alt (Messenger, Discord, X).
          const alt = element.getAttribute('alt') ?? '';
          parts.push(alt);
          length += alt.length;
          continue;
        }
        const block = BLOCK_TAGS.has(element.tagName);
        if (block) parts.push(' ');
        visit(element);
        if (block) parts.push(' ');
      }
    }
  };
  visit(root);
  return parts.join('').replace(/\s+/g, ' ').trim().slice(0, maxChars);
}

/** Trimmed text of an element (for names and labels), capped. */
export function labelText(element: Element | null | undefined, maxChars = 80): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, maxChars);
}

/**
 * A short, stable hash (cyrb53, base 36). Keys of sites that give messages no
 * id are hashes, so the content script never keeps message text.
 */
export function stableHash(...parts: (string | number | undefined)[]): string {
  return hashNumber(...parts).toString(36);
}

/** The same hash as a number (53 bits): compact keys for the content script's memory of seen messages. */
export function hashNumber(...parts: (string | number | undefined)[]): number {
  const input = parts.map((p) => (p === undefined ? '' : String(p))).join('\u0001');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * Which side of `container` the bubble sits on: 'end' (the teen's own side in
 * left-to-right chats), 'start', or undefined when it cannot tell.
 *
 * Alignment styles first (the flex alignment chat sites put on the bubble's
 * wrappers): reading them costs a style recalculation of the new nodes only.
 * Layout comes second, when styles say nothing: measuring boxes forces a
 * layout of the whole page, which on a thread of thousands of messages costs
 * hundreds of milliseconds per message.
 */
export function horizontalSide(bubble: Element, container: Element | null): 'start' | 'end' | undefined {
  const doc = bubble.ownerDocument;
  const rtl = (doc.dir || doc.documentElement.getAttribute('dir')) === 'rtl';
  const side = alignedSide(bubble, container) ?? measuredSide(bubble, container);
  if (!side || !rtl) return side;
  return side === 'start' ? 'end' : 'start';
}

const END = /^(flex-end|end|right)$/;
const START = /^(flex-start|start|left)$/;

function alignedSide(bubble: Element, container: Element | null): 'start' | 'end' | undefined {
  const view = bubble.ownerDocument.defaultView;
  if (!view) return undefined;
  let element: Element | null = bubble;
  for (let depth = 0; element && element !== container && depth < 6; depth++, element = element.parentElement) {
    const own = view.getComputedStyle(element);
    if (END.test(own.alignSelf) || own.cssFloat === 'right' || own.textAlign === 'right') return 'end';
    if (START.test(own.alignSelf)) return 'start';
    const parent = element.parentElement;
    if (!parent) break;
    const outer = view.getComputedStyle(parent);
    if (!outer.display.includes('flex')) continue;
    const column = outer.flexDirection.startsWith('column');
    const reversed = outer.flexDirection === 'row-reverse';
    // In a column the cross axis is horizontal (align-items); in a row, the main axis (justify-content).
    const alignment = column ? outer.alignItems : outer.justifyContent;
    if (END.test(alignment)) return reversed ? 'start' : 'end';
    if (START.test(alignment) && (column || outer.justifyContent !== 'normal')) return reversed ? 'end' : 'start';
    if (reversed) return 'end';
  }
  return undefined;
}

function measuredSide(bubble: Element, container: Element | null): 'start' | 'end' | undefined {
  const box = bubble.getBoundingClientRect();
  const frame = (container ?? bubble.ownerDocument.documentElement).getBoundingClientRect();
  if (box.width <= 0 || frame.width <= 0 || box.width >= frame.width * 0.95) return undefined;
  const left = box.left - frame.left;
  const right = frame.right - box.right;
  if (Math.abs(left - right) <= 8) return undefined;
  return left > right ? 'end' : 'start';
}

/** Sibling rows before `row` (nearest first), at most `limit`, for names shown only on the first message of a run. */
export function* previousRows(row: Element, rowSelector: string, limit = 40): Generator<Element> {
  let sibling = row.previousElementSibling;
  for (let seen = 0; sibling && seen < limit; sibling = sibling.previousElementSibling, seen++) {
    if (sibling.matches(rowSelector)) yield sibling;
  }
}

/** The last path segment after `prefix` in a URL path, e.g. the id in /direct/t/<id>/. */
export function pathId(url: URL, pattern: RegExp): string | null {
  const match = pattern.exec(url.pathname + url.hash);
  return match?.[1] ?? null;
}

const subjects = new Map<string, string>();

/**
 * The subject (last compound) of each selector in a list: `main li > div > ul > li`
 * → `li`. Splits only at top level (not inside `:is(...)`, `[...]` or quotes).
 */
export function subjectOf(selectorList: string): string {
  let cached = subjects.get(selectorList);
  if (cached !== undefined) return cached;
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  let subjectStart = 0;
  for (let i = 0; i <= selectorList.length; i++) {
    const ch = selectorList[i] ?? ',';
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (depth === 0 && ch === ',') {
      parts.push(selectorList.slice(subjectStart, i).trim());
      start = i + 1;
      subjectStart = start;
    } else if (depth === 0 && (ch === ' ' || ch === '>' || ch === '+' || ch === '~')) subjectStart = i + 1;
  }
  cached = parts.filter(Boolean).join(', ');
  subjects.set(selectorList, cached);
  return cached;
}

/**
 * Rows inside `element` matching `selector`, where the selector may name
 * ancestors outside `element` (`[data-testid=DM_timeline] [data-testid=messageEntry]`
 * for an added wrapper). Browsers match such selectors against the whole
 * document already; some DOM implementations scope them to the element, so
 * candidates are found by the selector's subject and checked with `matches`.
 */
export function rowsWithin(element: Element, selector: string): Element[] {
  return Array.from(element.querySelectorAll(subjectOf(selector))).filter((candidate) => candidate.matches(selector));
}

const perDocument = new WeakMap<Document, Map<string, { value: unknown; at: number }>>();

/**
 * A page-wide lookup (the logged-in user, the chat header) remembered for a
 * moment: adapters read it for every row, and a document-wide query per row
 * costs seconds on a thread of thousands of messages.
 */
export function pageWide<T>(doc: Document, key: string, compute: () => T, maxAgeMs = 2000): T {
  let entries = perDocument.get(doc);
  if (!entries) perDocument.set(doc, (entries = new Map()));
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && now - hit.at < maxAgeMs) return hit.value as T;
  const value = compute();
  entries.set(key, { value, at: now });
  return value;
}
