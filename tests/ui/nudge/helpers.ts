/**
 * Test helpers for the nudge: the shadow root is closed on purpose, so tests
 * keep a reference to it by watching attachShadow (no test hook in the
 * product code).
 */
import { vi } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import type { LocaleMessages } from '../../../src/ui/nudge/i18n';
import { createBundleTranslator } from '../../../src/ui/nudge/i18n';

export const english = en as LocaleMessages;
/** English, formatted exactly as the browser would. */
export const t = createBundleTranslator(english);

const roots = new WeakMap<Element, ShadowRoot>();

/** Starts recording shadow roots created from now on. */
export function recordShadowRoots(): void {
  const original = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    const root = original.call(this, init);
    roots.set(this, root);
    return root;
  });
}

/** Every nudge host on the page. */
export function hosts(doc: Document = document): HTMLElement[] {
  return [...doc.querySelectorAll<HTMLElement>('second-look-nudge')];
}

/** The first element inside a host's closed shadow root: the card the e2e tests read. */
export function cardOf(host: HTMLElement): HTMLElement {
  const root = roots.get(host);
  if (!root) throw new Error('shadow root not recorded');
  const card = root.firstElementChild;
  if (!(card instanceof HTMLElement)) throw new Error('no card');
  return card;
}

/** The only nudge's card. */
export function onlyCard(): HTMLElement {
  const all = hosts();
  if (all.length !== 1) throw new Error(`expected one nudge, found ${all.length}`);
  return cardOf(all[0]!);
}

/** The button whose visible text is exactly `label`. */
export function button(card: HTMLElement, label: string): HTMLButtonElement {
  const found = [...card.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
  if (!found) throw new Error(`no button "${label}" in: ${[...card.querySelectorAll('button')].map((b) => b.textContent).join(' | ')}`);
  return found;
}

/** Lets Preact effects and mutation observers run. */
export async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await new Promise((resolve) => setTimeout(resolve, 0));
}
