/** Helpers for the options page and popup tests: English strings in a fake platform, and DOM lookups. */
import { vi } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import { createFakePlatform, setPlatform } from '../../../src/platform/index';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** English messages with named placeholders turned back into $1..$n, as the browser resolves them. */
export const englishMessages: Record<string, string> = Object.fromEntries(
  Object.entries(en as Record<string, Entry>).map(([key, entry]) => [
    key,
    entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole),
  ]),
);

/** An English string with substitutions, for assertions. */
export function english(key: string, ...subs: string[]): string {
  const template = englishMessages[key];
  if (template === undefined) throw new Error(`no English message ${key}`);
  return template.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/** Installs a fake platform speaking English. */
export function installFake(init: Parameters<typeof createFakePlatform>[0] = {}) {
  const fake = createFakePlatform({ messages: englishMessages, ...init });
  setPlatform(fake);
  return fake;
}

/** Waits until `find` returns something (Preact renders after async storage reads). */
export async function until<T>(find: () => T | null | undefined, timeout = 5000): Promise<T> {
  let found: T | null | undefined;
  await vi.waitFor(
    () => {
      found = find();
      if (!found) throw new Error('not yet');
    },
    { timeout, interval: 10 },
  );
  return found!;
}

/** The element whose trimmed text is exactly `text`. */
export function byText<E extends Element = HTMLElement>(text: string, selector = '*', root: ParentNode = document): E | null {
  return ([...root.querySelectorAll<E>(selector)].find((el) => el.textContent?.trim() === text) ?? null) as E | null;
}

/** The form control labelled `label` (by <label for> or a wrapping <label>). */
export function byLabel<E extends HTMLElement = HTMLInputElement>(label: string, root: ParentNode = document): E | null {
  for (const el of root.querySelectorAll('label')) {
    if (!el.textContent?.trim().startsWith(label)) continue;
    const id = el.getAttribute('for');
    const control = id ? document.getElementById(id) : el.querySelector('input, select, textarea');
    if (control) return control as E;
  }
  return null;
}

/** Types into an input as a user would (value + input event), then lets Preact re-render. */
export async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
}

/** Lets pending promises and renders run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
}
