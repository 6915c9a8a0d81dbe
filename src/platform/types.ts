/** A change to one stored key, as both browsers report it. */
export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

/** A key-value area: `local` (read-write) or `managed` (read-only, set by school or IT policy). */
export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  clear(): Promise<void>;
}

/**
 * Handles one runtime message. `sender` tells where it came from; return a
 * value (or a promise of one) to answer, or undefined to stay silent.
 */
export type RuntimeMessageHandler = (
  message: unknown,
  sender: { id?: string; url?: string; tabId?: number },
) => unknown;

export interface Platform {
  /** The extension's own id, to check message senders. */
  readonly extensionId: string;
  readonly storage: {
    local: StorageArea;
    /** Read-only in the browser; `set` rejects. Empty where no policy is set. */
    managed: StorageArea;
    /** Called with the changes of one area; returns a function that stops listening. */
    onChanged(listener: (changes: Record<string, StorageChange>, area: 'local' | 'managed') => void): () => void;
  };
  /** A translated string from _locales, with $1..$9 substitutions. Empty string when missing. */
  message(key: string, substitutions?: string | string[]): string;
  /** The browser's UI language, e.g. "en-US". */
  uiLanguage(): string;
  /** A URL inside the extension (options page, practice page, icons). */
  extensionUrl(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage(handler: RuntimeMessageHandler): () => void;
  openOptionsPage(): Promise<void>;
  openTab(url: string): Promise<void>;
  /** The URL of the active tab of the current window (popup only); undefined when unknown. */
  activeTabUrl(): Promise<string | undefined>;
  /** Sends a message to this extension's content script in the active tab (popup only); undefined when none answers. */
  askActiveTab(message: unknown): Promise<unknown>;
  /** The toolbar badge text ('' clears it). */
  setBadge(text: string, color?: string): Promise<void>;
  /**
   * Called when the extension is installed or updated (runtime.onInstalled).
   * Must be registered in the background's first turn. Returns a function that stops listening.
   */
  onInstalled(listener: (reason: InstallReason) => void): () => void;
}

/** Why runtime.onInstalled fired: a first install, an update, or a browser update / shared-module change. */
export type InstallReason = 'install' | 'update' | 'other';
