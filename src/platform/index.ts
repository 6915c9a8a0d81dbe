/**
 * The only door to the browser. Everything else in Second Look talks to
 * storage, messaging and i18n through this module, so the rest of the code
 * runs unchanged in Node tests (with `createFakePlatform`) and in both
 * browsers (through webextension-polyfill).
 *
 * Storage is `storage.local` and `storage.managed` only: never
 * `storage.sync`, which copies data to the browser vendor's servers.
 */
import type { Platform } from './types';
import { createBrowserPlatform } from './browser';

export type { InstallReason, Platform, StorageArea, StorageChange, RuntimeMessageHandler } from './types';
export { createFakePlatform } from './fake';

let current: Platform | undefined;

/** The platform for this context: the real browser, unless a test installed a fake. */
export function platform(): Platform {
  current ??= createBrowserPlatform();
  return current;
}

/** Tests and the practice page may swap in another platform (e.g. the fake). */
export function setPlatform(next: Platform): void {
  current = next;
}
