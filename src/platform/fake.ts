import type { InstallReason, Platform, RuntimeMessageHandler, StorageArea, StorageChange } from './types';

type ChangeListener = (changes: Record<string, StorageChange>, area: 'local' | 'managed') => void;

/**
 * An in-memory platform for unit tests and for pages that run outside the
 * extension. Values are deep-copied on the way in and out, as the browser's
 * structured clone does. `messages` maps i18n keys to strings.
 */
export function createFakePlatform(init: {
  local?: Record<string, unknown>;
  managed?: Record<string, unknown>;
  messages?: Record<string, string>;
  uiLanguage?: string;
  activeTabUrl?: string;
  /** What the active tab's content script answers (the popup's health line); undefined: no content script. */
  activeTabAnswer?: (message: unknown) => unknown;
} = {}): Platform & { sent: unknown[]; opened: string[]; badge: string; fireInstalled(reason: InstallReason): void } {
  const listeners = new Set<ChangeListener>();
  const handlers = new Set<RuntimeMessageHandler>();
  const installedListeners = new Set<(reason: InstallReason) => void>();
  const copy = <T>(v: T): T => (v === undefined ? v : (structuredClone(v) as T));

  function makeArea(name: 'local' | 'managed', data: Map<string, unknown>): StorageArea {
    const emit = (changes: Record<string, StorageChange>): void => {
      if (Object.keys(changes).length) for (const l of listeners) l(changes, name);
    };
    return {
      async get(keys) {
        const wanted = keys == null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
        const out: Record<string, unknown> = {};
        for (const k of wanted) if (data.has(k)) out[k] = copy(data.get(k));
        return out;
      },
      async set(items) {
        const changes: Record<string, StorageChange> = {};
        for (const [k, v] of Object.entries(items)) {
          changes[k] = { oldValue: copy(data.get(k)), newValue: copy(v) };
          data.set(k, copy(v));
        }
        emit(changes);
      },
      async remove(keys) {
        const changes: Record<string, StorageChange> = {};
        for (const k of typeof keys === 'string' ? [keys] : keys) {
          if (data.has(k)) changes[k] = { oldValue: copy(data.get(k)) };
          data.delete(k);
        }
        emit(changes);
      },
      async clear() {
        const changes: Record<string, StorageChange> = {};
        for (const [k, v] of data) changes[k] = { oldValue: copy(v) };
        data.clear();
        emit(changes);
      },
    };
  }

  const fake = {
    extensionId: 'fake-extension-id',
    sent: [] as unknown[],
    opened: [] as string[],
    badge: '',
    storage: {
      local: makeArea('local', new Map(Object.entries(init.local ?? {}))),
      managed: makeArea('managed', new Map(Object.entries(init.managed ?? {}))),
      onChanged(listener: ChangeListener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    message(key: string, substitutions?: string | string[]) {
      const template = init.messages?.[key] ?? '';
      const subs = typeof substitutions === 'string' ? [substitutions] : substitutions ?? [];
      return template.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    },
    uiLanguage: () => init.uiLanguage ?? 'en-US',
    extensionUrl: (path: string) => `chrome-extension://fake-extension-id/${path.replace(/^\//, '')}`,
    async sendMessage(message: unknown) {
      fake.sent.push(message);
      for (const h of handlers) {
        const answer = await h(message, { id: fake.extensionId });
        if (answer !== undefined) return answer;
      }
      return undefined;
    },
    onMessage(handler: RuntimeMessageHandler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    async openOptionsPage() {
      fake.opened.push('options');
    },
    async openTab(url: string) {
      fake.opened.push(url);
    },
    activeTabUrl: async () => init.activeTabUrl,
    askActiveTab: async (message: unknown) => init.activeTabAnswer?.(message),
    async setBadge(text: string) {
      fake.badge = text;
    },
    onInstalled(listener: (reason: InstallReason) => void) {
      installedListeners.add(listener);
      return () => installedListeners.delete(listener);
    },
    /** Test only: what runtime.onInstalled would report. */
    fireInstalled(reason: InstallReason) {
      for (const l of installedListeners) l(reason);
    },
  };
  return fake;
}
