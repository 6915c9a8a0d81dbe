import browser from 'webextension-polyfill';
import type { Platform, StorageArea, StorageChange } from './types';

function area(name: 'local' | 'managed'): StorageArea {
  const a = browser.storage[name];
  return {
    get: async (keys) => {
      try {
        return (await a.get(keys ?? null)) as Record<string, unknown>;
      } catch (error) {
        // Firefox rejects storage.managed.get when no policy exists; that means "nothing set".
        if (name === 'managed') return {};
        throw error;
      }
    },
    set: (items) => a.set(items),
    remove: (keys) => a.remove(keys),
    clear: () => a.clear(),
  };
}

/** The real platform, over webextension-polyfill (promise-based in both browsers). */
export function createBrowserPlatform(): Platform {
  return {
    extensionId: browser.runtime.id,
    storage: {
      local: area('local'),
      managed: area('managed'),
      onChanged(listener) {
        const wrapped = (changes: Record<string, StorageChange>, areaName: string): void => {
          if (areaName === 'local' || areaName === 'managed') listener(changes, areaName);
        };
        browser.storage.onChanged.addListener(wrapped);
        return () => browser.storage.onChanged.removeListener(wrapped);
      },
    },
    message: (key, substitutions) => browser.i18n.getMessage(key, substitutions),
    uiLanguage: () => browser.i18n.getUILanguage(),
    extensionUrl: (path) => browser.runtime.getURL(path),
    sendMessage: (message) => browser.runtime.sendMessage(message),
    onMessage(handler) {
      const wrapped = (message: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined => {
        const answer = handler(message, { id: sender.id, url: sender.url, tabId: sender.tab?.id });
        return answer === undefined ? undefined : Promise.resolve(answer);
      };
      browser.runtime.onMessage.addListener(wrapped);
      return () => browser.runtime.onMessage.removeListener(wrapped);
    },
    openOptionsPage: () => browser.runtime.openOptionsPage(),
    openTab: async (url) => {
      await browser.tabs.create({ url });
    },
    activeTabUrl: async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.url;
    },
    askActiveTab: async (message) => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return undefined;
      // No content script on the page (not a supported site, or loaded before the extension): no answer.
      return browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
    },
    setBadge: async (text, color) => {
      await browser.action.setBadgeText({ text });
      if (color) await browser.action.setBadgeBackgroundColor({ color });
    },
    onInstalled(listener) {
      const wrapped = (details: browser.Runtime.OnInstalledDetailsType): void => {
        listener(details.reason === 'install' ? 'install' : details.reason === 'update' ? 'update' : 'other');
      };
      browser.runtime.onInstalled.addListener(wrapped);
      return () => browser.runtime.onInstalled.removeListener(wrapped);
    },
  };
}
