/**
 * The content script's pipeline, for one page of one site:
 *
 *   MutationObserver ──queue nodes──▶ pending (bounded; on overflow: shed + one rescan)
 *                                        │  drained in slices of a few ms, yielding to the page
 *                                        ▼
 *   location check ──thread switch──▶ per-thread state (tracker, seen keys)
 *                                        │  adapter.readRow(row) → {key, text, incoming, sender}
 *                                        ▼
 *                         dedupe by key ──▶ tracker.add ──▶ verdict ≥ sensitivity floor ──▶ showNudge
 *
 *   compose box ──debounced──▶ scanOutgoing ──▶ showNudge(kind 'outgoing')
 *   photo/file attached in a thread that asked for photos ──▶ showNudge(kind 'outgoing')
 *
 * Settings arrive through an injected source (src/platform/settings in the
 * extension) and apply live. Everything stops through AbortSignals: one for
 * the whole script, one per active session (site enabled, not paused, on a
 * messaging page). Message text is read, checked and dropped: only keys and
 * hashes of keys' text are kept, to recognise a message seen before.
 *
 *   adapter.threadContext ──(group / known contact / request)──▶ conversation(context), setContext
 *   readerStatus() ──counts only──▶ the popup's health line (reading, fallback, can't read)
 */
import { LEVELS, NUDGE_FLOOR, levelAtLeast, type Category, type Level } from '../shared/categories';
import type { ReaderStatus } from '../shared/reader-status';
import type { Settings } from '../shared/settings';
import type { SiteId } from '../shared/sites';
import { createGenericAdapter } from '../sites/generic';
import { hashNumber, isElement, rowsWithin } from '../sites/dom';
import type { SiteAdapter } from '../sites/types';
import type { NudgeContext, NudgeVerdict } from '../ui/nudge';
import { watchComposer } from './composer';
import { yieldToPage } from './schedule';
import type { DetectorLike, OutgoingLike, ThreadContextLike, TrackerLike, VerdictLike } from './types';

export interface SettingsSource {
  load(): Promise<Settings>;
  watch(callback: (settings: Settings) => void): () => void;
}

export interface ContentScriptOptions {
  /** Longest stretch of work before yielding to the page. */
  sliceMs: number;
  /** Queued nodes before the queue is dropped in favour of one rescan. */
  maxPending: number;
  /** Shortest gap between two rescans after overflow. */
  rescanGapMs: number;
  /** How often the URL is checked for single-page navigation the events missed. */
  pollMs: number;
  /** Pause in typing before the draft is checked. */
  draftDebounceMs: number;
  /** Characters read per message or draft. */
  maxChars: number;
  /** Threads whose state is kept when the teen switches between them. */
  keptThreads: number;
  /** Log counts (never text) with console.debug. */
  debug: boolean;
  /** How long a thread may show no readable message before the reader is reported as unable to read the page. */
  healthDelayMs: number;
}

export const DEFAULT_OPTIONS: ContentScriptOptions = {
  sliceMs: 6,
  maxPending: 5000,
  rescanGapMs: 500,
  pollMs: 1000,
  draftDebounceMs: 600,
  maxChars: 4000,
  keptThreads: 8,
  debug: false,
  healthDelayMs: 5000,
};

export interface ContentScriptDeps {
  window: Window;
  site: SiteId;
  adapter: SiteAdapter;
  settings: SettingsSource;
  createDetector(settings: Settings): DetectorLike;
  showNudge(verdict: NudgeVerdict, anchor: Element | null, context: NudgeContext): void;
  clearNudges(): void;
  /** Saves "I know this person"; absent means the choice is not offered. */
  trustContact?(site: SiteId, name: string): void;
  /** Called with the categories of each nudge shown (the guardian's optional local summary). */
  recordNudge?(categories: readonly string[]): void;
  /** Called with each settings value as it arrives (the nudge language, for one). */
  onSettings?(settings: Settings): void;
  options?: Partial<ContentScriptOptions>;
  /** Milliseconds for slicing and figures; defaults to the page's performance.now (tests inject a clock). */
  now?: () => number;
}

/** Figures for tests and the debug log. */
export interface ContentScriptStats {
  messagesRead: number;
  incomingChecked: number;
  nudges: number;
  shedNodes: number;
  rescans: number;
  batches: number;
  longestSliceMs: number;
  /** Times the script yielded to the page in the middle of a batch. */
  yields: number;
  initialScanMs: number | null;
  adapter: string;
  thread: string | null;
  active: boolean;
}

export interface ContentScript {
  /** Resolves once settings are loaded and the first scan (if any) finished. */
  ready: Promise<void>;
  /** Resolves when every queued node has been processed. */
  idle(): Promise<void>;
  stats(): ContentScriptStats;
  /** The health line the popup shows; see ReaderStatus. */
  readerStatus(): ReaderStatus;
  stop(): void;
}

interface ThreadState {
  tracker: TrackerLike;
  /** The page's word on the thread as last passed to the tracker (JSON, for change detection). */
  context: string;
  /** Message key → hash of its text: an edited message is checked again, a re-rendered one is not. */
  /** Hash of a message key → hash of its text (small integers: about 25 bytes a message). */
  seen: Map<number, number>;
  askedForPhotos: boolean;
}

interface NudgeMemory {
  level: Level;
  categories: Set<string>;
  outgoing: string;
}

const MAX_SEEN_PER_THREAD = 20_000;
const SMALL_INT = 2 ** 30;

/** Starts the pipeline on one page; see the diagram above. */
export function startContentScript(deps: ContentScriptDeps): ContentScript {
  const options: ContentScriptOptions = { ...DEFAULT_OPTIONS, ...deps.options };
  const win = deps.window;
  const doc = win.document;
  const now = deps.now ?? ((): number => win.performance?.now() ?? Date.now());
  const debug = (...args: unknown[]): void => {
    if (options.debug) console.debug('[second-look]', ...args);
  };

  const life = new AbortController();
  let session: AbortController | null = null;
  let settings: Settings | null = null;
  let detector: DetectorLike | null = null;
  let adapter: SiteAdapter = deps.adapter;
  const generic = createGenericAdapter(deps.adapter);
  let specificRowsSeen = false;
  let lastFallbackCheck = -Infinity;

  let observer: MutationObserver | null = null;
  const observedRoots = new Set<ParentNode>();
  let pending = new Set<Node>();
  let overflow = false;
  let rescanRequested = false;
  let lastRescan = -Infinity;
  let processed = new WeakSet<Element>();
  const threads = new Map<string, ThreadState>();
  const nudged = new Map<string, NudgeMemory>();
  let currentThread: string | null = null;
  /** When the open thread became current (for the health line). */
  let threadSince = now();
  let lastHref = '';
  let draining: Promise<void> | null = null;
  let pendingNudges: (() => void)[] = [];
  /** When the oldest queued mutation arrived (debug figures only). */
  let firstQueuedAt: number | null = null;
  let resumeTimer: number | undefined;
  const startedAt = now();
  /** Where the initial scan's time goes (debug figures only). */
  let settingsMs = 0;
  let detectorMs = 0;

  const stats: ContentScriptStats = {
    messagesRead: 0,
    incomingChecked: 0,
    nudges: 0,
    shedNodes: 0,
    rescans: 0,
    batches: 0,
    longestSliceMs: 0,
    yields: 0,
    initialScanMs: null,
    adapter: adapter.id,
    thread: null,
    active: false,
  };

  const currentUrl = (): URL => new URL(win.location.href);
  const roots = (): ParentNode[] => adapter.roots?.(doc) ?? [doc];
  const floor = (): Level => NUDGE_FLOOR[settings?.sensitivity ?? 'balanced'];

  function threadState(thread: string): ThreadState {
    let state = threads.get(thread);
    if (state) {
      // Re-insert: the Map's order is the least-recently-used order.
      threads.delete(thread);
    } else {
      if (!detector) throw new Error('no detector');
      const context = threadContext();
      state = { tracker: detector.conversation(context), context: JSON.stringify(context), seen: new Map(), askedForPhotos: false };
    }
    threads.set(thread, state);
    while (threads.size > options.keptThreads) threads.delete(threads.keys().next().value as string);
    return state;
  }

  /** What the page says about the open thread (the site adapter's reading; `{}` when it says nothing). */
  function threadContext(): ThreadContextLike {
    try {
      return deps.adapter.threadContext?.(doc, currentUrl()) ?? {};
    } catch {
      return {}; // a page the adapter does not understand says nothing
    }
  }

  /** Passes a changed context (a group header or request banner drawn late) to the thread's tracker. */
  function refreshContext(thread: string): void {
    const state = threads.get(thread);
    if (!state || typeof state.tracker.setContext !== 'function' || !deps.adapter.threadContext) return;
    const context = threadContext();
    const json = JSON.stringify(context);
    if (json === state.context) return;
    state.context = json;
    state.tracker.setContext(context);
  }

  function memory(thread: string): NudgeMemory {
    let m = nudged.get(thread);
    if (!m) {
      m = { level: 'none', categories: new Set(), outgoing: '' };
      nudged.set(thread, m);
      if (nudged.size > options.keptThreads * 4) nudged.delete(nudged.keys().next().value as string);
    }
    return m;
  }

  const isTrusted = (sender: string | undefined): boolean => {
    if (!sender || !settings) return false;
    const wanted = sender.trim().toLowerCase();
    return (settings.trustedContacts[deps.site] ?? []).some((c) => c.name.trim().toLowerCase() === wanted);
  };

  /** Keeps only the categories the guardian left on. */
  const enabledCategories = (categories: readonly string[]): string[] =>
    categories.filter((c) => settings?.categories[c as Category] !== false);

  function nudgeContext(kind: 'incoming' | 'outgoing', thread: string, sender?: string): NudgeContext {
    const context: NudgeContext = { kind, site: deps.site, thread, helplineCountry: settings?.helplineCountry ?? null };
    if (sender) context.sender = sender;
    if (kind === 'incoming' && deps.trustContact && settings?.allowTrust) {
      const trust = deps.trustContact;
      context.onTrust = (name: string) => trust(deps.site, name);
    }
    const composer = adapter.findComposer(doc);
    if (composer) context.composer = composer;
    return context;
  }

  function considerIncomingVerdict(verdict: VerdictLike, anchor: Element, thread: string, sender?: string): void {
    const categories = enabledCategories(verdict.categories);
    if (categories.length === 0 || !levelAtLeast(verdict.level, floor())) return;
    const m = memory(thread);
    const fresh = categories.some((c) => !m.categories.has(c));
    if (!fresh && LEVELS.indexOf(verdict.level) <= LEVELS.indexOf(m.level)) return;
    if (LEVELS.indexOf(verdict.level) > LEVELS.indexOf(m.level)) m.level = verdict.level;
    for (const c of categories) m.categories.add(c);
    stats.nudges++;
    // Shown after the slice, in a task of its own: rendering and placing the card forces a
    // layout of the page, which must not add to a slice of reading.
    const shown = { ...verdict, categories };
    pendingNudges.push(() => {
      if (currentThread !== thread) return; // the teen moved on before it was shown
      deps.showNudge(shown, anchor.isConnected ? anchor : null, nudgeContext('incoming', thread, sender));
      deps.recordNudge?.(categories);
    });
  }

  /** Reads one row and, if it is a message not seen before, checks it. */
  function processRow(row: Element, force: boolean): void {
    if (!force && processed.has(row)) return;
    processed.add(row);
    const thread = currentThread;
    if (thread === null) return;
    const message = adapter.readRow(row, { thread, maxChars: options.maxChars });
    if (!message || !message.text) return;
    if (adapter === deps.adapter) specificRowsSeen = true;
    const state = threadState(thread);
    // 30-bit hashes are small integers V8 stores unboxed. A collision of the key alone only
    // makes a message read again; skipping one wrongly needs both to collide (about 2^-60).
    const keyHash = hashNumber(message.key) % SMALL_INT;
    const textHash = hashNumber(message.text) % SMALL_INT;
    if (state.seen.get(keyHash) === textHash) return;
    state.seen.set(keyHash, textHash);
    if (state.seen.size > MAX_SEEN_PER_THREAD) state.seen.delete(state.seen.keys().next().value as number);
    stats.messagesRead++;
    if (message.incoming && isTrusted(message.sender)) return;
    const verdict = state.tracker.add({ text: message.text, incoming: message.incoming, ...(message.at ? { at: message.at } : {}) });
    if (!message.incoming) return;
    stats.incomingChecked++;
    if (verdict.categories.includes('photo_request')) state.askedForPhotos = true;
    considerIncomingVerdict(verdict, row, thread, message.sender);
  }

  /** Rows touched by one queued node: rows it adds (read once) and the row it sits in (read again). */
  function collectRows(node: Node, into: Map<Element, boolean>): void {
    const element = isElement(node) ? node : node.parentElement;
    if (!element || !element.isConnected) return;
    const selector = adapter.rowSelector;
    const row = element.closest(selector);
    if (row) {
      // A change inside a row (text filled in late, an edit) is read again; an added row once.
      if (!into.has(row)) into.set(row, row !== node);
      return;
    }
    for (const found of rowsWithin(element, selector)) if (!into.has(found)) into.set(found, false);
  }

  function allRows(): Map<Element, boolean> {
    const rows = new Map<Element, boolean>();
    for (const root of roots()) for (const row of Array.from(root.querySelectorAll(adapter.rowSelector))) rows.set(row, false);
    return rows;
  }

  /**
   * Observes the roots not yet observed: open shadow roots appear late on some
   * sites (Reddit), and rows already inside a newly found root need one rescan.
   */
  function observeRoots(): void {
    if (!observer) return;
    for (const root of roots()) {
      if (observedRoots.has(root)) continue;
      if (observedRoots.size > 0) rescanRequested = true;
      observedRoots.add(root);
      observer.observe(root as Node, { childList: true, subtree: true, characterData: true });
    }
  }

  /**
   * Falls back to the generic adapter when the site's own selectors find no
   * row but the generic one reads real messages, and goes back to the site's
   * adapter as soon as its selectors match again (a page still loading).
   */
  function checkFallback(): void {
    if (specificRowsSeen || now() - lastFallbackCheck < 2000) return;
    lastFallbackCheck = now();
    const siteRowsExist = (deps.adapter.roots?.(doc) ?? [doc]).some((root) => root.querySelector(deps.adapter.rowSelector));
    if (adapter === generic) {
      if (!siteRowsExist) return;
      adapter = deps.adapter;
      debug('site selectors match again; leaving the generic fallback');
    } else {
      if (siteRowsExist || !genericReadsMessages()) return;
      adapter = generic;
      debug('site selectors found no messages; using the generic fallback');
    }
    stats.adapter = adapter.id;
    processed = new WeakSet();
    rescanRequested = true;
  }

  /** Whether the generic adapter reads at least one message among the first rows it finds. */
  function genericReadsMessages(): boolean {
    const thread = currentThread ?? '';
    for (const root of generic.roots?.(doc) ?? [doc]) {
      const rows = Array.from(root.querySelectorAll(generic.rowSelector)).slice(0, 50);
      if (rows.some((row) => generic.readRow(row, { thread, maxChars: 200 }))) return true;
    }
    return false;
  }

  /** Follows single-page navigation: goes dormant off messaging pages, and notices thread switches. */
  function checkLocation(): void {
    const href = win.location.href;
    const url = currentUrl();
    if (href !== lastHref) {
      lastHref = href;
      applyState();
      if (!session) return;
    }
    const thread = adapter.threadId(doc, url) ?? `page:${url.pathname}`;
    if (thread !== currentThread) {
      const first = currentThread === null;
      currentThread = thread;
      threadSince = now();
      stats.thread = thread;
      if (!first) {
        debug('thread switch');
        deps.clearNudges();
        // The new thread's rows may have been rendered (and marked) before the URL changed.
        processed = new WeakSet();
        rescanRequested = true;
      }
    }
  }

  function schedule(): void {
    if (draining || !session) return;
    // Start the batch after a yield, never inside the caller: the mutation callback only queues,
    // and mutations that arrive meanwhile join the same batch.
    draining = yieldToPage(win)
      .then(drain)
      .finally(() => {
        draining = null;
        // Work queued between the batch's last check and now would otherwise wait for the next mutation.
        if (pending.size > 0 || overflow || rescanRequested) schedule();
      });
  }

  async function drain(): Promise<void> {
    const signal = session?.signal;
    while (signal && !signal.aborted) {
      checkLocation();
      if (!session || signal.aborted) return;
      checkFallback();
      if (currentThread !== null) refreshContext(currentThread);
      let rows: Map<Element, boolean>;
      let queuedNodes = 0;
      if (rescanRequested || overflow) {
        const wait = lastRescan + options.rescanGapMs - now();
        if (overflow && wait > 0) {
          await new Promise((resolve) => win.setTimeout(resolve, wait));
          if (signal.aborted) return;
        }
        rescanRequested = false;
        overflow = false;
        pending = new Set();
        lastRescan = now();
        stats.rescans++;
        observeRoots();
        rows = allRows();
      } else if (pending.size > 0) {
        if (adapter.roots) observeRoots();
        const nodes = pending;
        queuedNodes = nodes.size;
        pending = new Set();
        rows = new Map();
        for (const node of nodes) collectRows(node, rows);
      } else {
        return;
      }
      stats.batches++;
      let sliceStart = now();
      for (const [row, force] of rows) {
        processRow(row, force);
        const elapsed = now() - sliceStart;
        if (elapsed >= options.sliceMs || pendingNudges.length > 0) {
          stats.longestSliceMs = Math.max(stats.longestSliceMs, elapsed);
          stats.yields++;
          await yieldToPage(win);
          if (signal.aborted) return;
          if (await flushNudges(signal)) return;
          sliceStart = now();
        }
      }
      stats.longestSliceMs = Math.max(stats.longestSliceMs, now() - sliceStart);
      if (pendingNudges.length > 0) {
        await yieldToPage(win);
        if (signal.aborted || (await flushNudges(signal))) return;
      }
      if (options.debug && firstQueuedAt !== null) {
        debug(`batch: ${queuedNodes} queued nodes coalesced into ${rows.size} rows, done ${(now() - firstQueuedAt).toFixed(1)} ms after the first was queued`);
      }
      firstQueuedAt = null;
    }
  }

  /** Shows the nudges a slice asked for, then yields again; true when the session ended meanwhile. */
  async function flushNudges(signal: AbortSignal): Promise<boolean> {
    if (pendingNudges.length === 0) return false;
    const due = pendingNudges;
    pendingNudges = [];
    for (const show of due) show();
    await yieldToPage(win);
    return signal.aborted;
  }

  /** The MutationObserver callback: queue only, never read (uBlock Origin's rule). */
  function onMutations(records: MutationRecord[]): void {
    if (overflow) {
      stats.shedNodes += records.length;
      return;
    }
    if (options.debug && firstQueuedAt === null) firstQueuedAt = now();
    for (const record of records) {
      if (record.type === 'childList') for (const node of record.addedNodes) pending.add(node);
      else pending.add(record.target);
      if (pending.size > options.maxPending) {
        stats.shedNodes += pending.size;
        debug(`flood: ${pending.size} nodes queued; shedding them for one rescan (${stats.shedNodes} shed so far)`);
        pending = new Set();
        overflow = true;
        break;
      }
    }
    schedule();
  }

  function outgoingVerdict(result: OutgoingLike): NudgeVerdict | null {
    const categories = [...new Set(result.categories ?? result.labels ?? (result.findings ?? []).map((f) => f.category))];
    if (categories.length === 0) return null;
    const level: Level = result.level && result.level !== 'none' ? result.level : 'warn';
    return { level, categories, ...(result.reasons ? { reasons: result.reasons } : {}) };
  }

  function onDraft(text: string, composer: HTMLElement): void {
    if (!detector || currentThread === null) return;
    const found = outgoingVerdict(detector.scanOutgoing(text));
    // The guardian's sensitivity applies to pause-before-send nudges too.
    const verdict = found && levelAtLeast(found.level, floor()) ? found : null;
    const m = memory(currentThread);
    const signature = verdict ? verdict.categories.join(' ') : '';
    // One nudge per new kind of disclosure; clearing the draft lets the same one show again later.
    if (!verdict || signature === m.outgoing) {
      m.outgoing = signature;
      return;
    }
    m.outgoing = signature;
    stats.nudges++;
    deps.showNudge(verdict, composer, nudgeContext('outgoing', currentThread));
  }

  function onAttach(composer: HTMLElement | null): void {
    if (currentThread === null || !threads.get(currentThread)?.askedForPhotos) return;
    if (settings && settings.categories.photo_request === false) return;
    stats.nudges++;
    deps.showNudge(
      { level: 'warn', categories: ['photo_request'], reasons: [{ kind: 'attachment_after_photo_request' }] },
      composer,
      nudgeContext('outgoing', currentThread),
    );
  }

  function startSession(): void {
    const controller = new AbortController();
    session = controller;
    stats.active = true;
    const MutationObserverOf = (win as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver;
    observer = new MutationObserverOf(onMutations);
    observedRoots.clear();
    controller.signal.addEventListener(
      'abort',
      () => {
        observer?.disconnect();
        observer = null;
        pending = new Set();
        pendingNudges = [];
        overflow = false;
        stats.active = false;
      },
      { once: true },
    );
    watchComposer({
      win,
      adapter: () => adapter,
      signal: controller.signal,
      debounceMs: options.draftDebounceMs,
      maxChars: options.maxChars,
      roots,
      onDraft,
      onAttach,
    });
    currentThread = null;
    rescanRequested = true;
    observeRoots();
    debug('watching', deps.site, adapter.id);
    schedule();
  }

  /** Starts or stops the session to match settings, pause and page. */
  function applyState(): void {
    if (life.signal.aborted || !settings) return;
    win.clearTimeout(resumeTimer);
    const pausedFor = settings.pausedUntil - Date.now();
    if (pausedFor > 0) {
      // Wake up when the pause ends (timers cap at ~24.8 days; re-armed on each check).
      resumeTimer = win.setTimeout(applyState, Math.min(pausedFor + 50, 2 ** 31 - 1));
    }
    const shouldRun = settings.sites[deps.site] !== false && pausedFor <= 0 && deps.adapter.isMessagingPage(currentUrl());
    if (shouldRun && !session) startSession();
    else if (!shouldRun && session) {
      session.abort();
      session = null;
      deps.clearNudges();
      debug('dormant');
    }
  }

  function applySettings(next: Settings): void {
    const detectionChanged =
      !settings ||
      JSON.stringify([settings.categories, settings.languages, settings.sensitivity, settings.extraPhrases]) !==
        JSON.stringify([next.categories, next.languages, next.sensitivity, next.extraPhrases]);
    settings = next;
    deps.onSettings?.(next);
    if (detectionChanged) {
      const creating = now();
      detector = deps.createDetector(next);
      detectorMs += now() - creating;
      // Trackers built by the old detector are dropped; the page is read again into new ones.
      // What was already nudged stays remembered, so nothing shows twice.
      threads.clear();
      processed = new WeakSet();
      rescanRequested = true;
    }
    applyState();
    schedule();
  }

  const onNavigate = (): void => {
    if (session && adapter.roots) {
      const known = observedRoots.size;
      observeRoots();
      if (observedRoots.size !== known) schedule();
    }
    if (win.location.href !== lastHref) {
      if (session) schedule();
      else checkLocationDormant();
    }
  };
  const checkLocationDormant = (): void => {
    lastHref = win.location.href;
    applyState();
  };

  const ready = (async () => {
    const loaded = await deps.settings.load();
    settingsMs = now() - startedAt;
    if (life.signal.aborted) return;
    const unwatch = deps.settings.watch(applySettings);
    life.signal.addEventListener('abort', unwatch, { once: true });
    lastHref = win.location.href;
    applySettings(loaded);
    win.addEventListener('popstate', onNavigate, { signal: life.signal });
    win.addEventListener('hashchange', onNavigate, { signal: life.signal });
    const navigation = (win as unknown as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('currententrychange', onNavigate, { signal: life.signal });
    // The page's own history.pushState is invisible from the isolated world: a cheap poll is the net.
    const poll = win.setInterval(onNavigate, options.pollMs);
    life.signal.addEventListener('abort', () => win.clearInterval(poll), { once: true });
    await draining;
    if (stats.initialScanMs === null && session) {
      stats.initialScanMs = now() - startedAt;
      debug(
        `initial scan: ${stats.messagesRead} messages in ${stats.initialScanMs.toFixed(1)} ms ` +
          `(settings ${settingsMs.toFixed(1)} ms, detector ${detectorMs.toFixed(1)} ms, reading and checking ${(stats.initialScanMs - settingsMs - detectorMs).toFixed(1)} ms), ` +
          `longest slice ${stats.longestSliceMs.toFixed(1)} ms, ${stats.yields} yields`,
      );
    }
  })();

  return {
    ready,
    async idle() {
      await ready;
      while (draining) await draining;
    },
    stats: () => ({ ...stats }),
    readerStatus(): ReaderStatus {
      const reader: ReaderStatus['reader'] = adapter === generic ? 'generic' : 'site';
      const thread = currentThread;
      const threadMessages = thread === null ? 0 : (threads.get(thread)?.seen.size ?? 0);
      if (!session) return { state: 'dormant', reader, threadMessages: 0 };
      if (threadMessages > 0) return { state: 'reading', reader, threadMessages };
      // A conversation is open when the site's own URL/DOM logic names one (an inbox page names none).
      const open = deps.adapter.threadId(doc, currentUrl()) !== null;
      if (!open) return { state: 'no-conversation', reader, threadMessages: 0 };
      return { state: now() - threadSince >= options.healthDelayMs ? 'cannot-read' : 'starting', reader, threadMessages: 0 };
    },
    stop() {
      life.abort();
      session?.abort();
      session = null;
      win.clearTimeout(resumeTimer);
      deps.clearNudges();
    },
  };
}
