/**
 * The content script's pipeline, for one page of one site:
 *
 *   MutationObserver ──queue nodes──▶ dom-queue (bounded; on overflow: shed + one rescan)
 *                                        │  rows read in slices of a few ms, yielding to the page
 *                                        ▼
 *   navigation ──thread switch──▶ threads (tracker, seen keys, previous message)
 *                                        │  adapter.readRow(row) → {key, text, incoming, sender}
 *                                        ▼
 *   dedupe by key ──▶ engine-client ──texts──▶ background detector ──signals──▶ tracker.add
 *                                        │
 *                                        ▼
 *                          nudge-policy (floor, categories, once per thread) ──▶ showNudge
 *
 *   compose box ──debounced──▶ engine-client.checkDraft ──▶ nudge-policy ──▶ showNudge(kind 'outgoing')
 *   photo/file attached in a thread that asked for photos ──▶ showNudge(kind 'outgoing')
 *   fallback: the generic reader when the site's selectors find nothing; health: counts for the popup
 *
 * Settings arrive through an injected source (src/platform/settings in the
 * extension) and apply live. Everything stops through AbortSignals: one for
 * the whole script, one per active session (site enabled, not paused, on a
 * messaging page). Message text is read, sent to this extension's own
 * background for checking and dropped: the tab keeps hashes of keys and text
 * to recognise a message seen before, and the last incoming message of each
 * thread in memory, to read with the next.
 */
import type { Settings } from '../shared/settings';
import type { SiteId } from '../shared/sites';
import type { ReaderStatus } from '../shared/reader-status';
import type { ConversationMessage, ThreadContext } from '../engine/types';
import { createSignalTracker } from '../engine/conversation';
import { LABEL_THRESHOLD } from '../engine/score';
import { createGenericAdapter } from '../sites/generic';
import type { SiteAdapter } from '../sites/types';
import type { NudgeContext, NudgeVerdict } from '../ui/nudge';
import { watchComposer } from './composer';
import { forEachSliced, yieldToPage } from './schedule';
import { createDomQueue } from './dom-queue';
import { allRows, collectRows } from './rows';
import { createThreadStore, forgetSeen, markSeen, refreshContext, type ThreadState, type TrackerLike } from './threads';
import { createNudgePolicy } from './nudge-policy';
import { createFallback } from './fallback';
import { readerStatus } from './health';
import { watchNavigation } from './navigation';
import { detectorOptions } from './options';
import type { EngineClient } from './engine-client';

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
  /** Wait before reading again what the detector could not check (the background was restarting). */
  retryMs: number;
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
  retryMs: 1000,
};

export interface ContentScriptDeps {
  window: Window;
  site: SiteId;
  adapter: SiteAdapter;
  settings: SettingsSource;
  /** The detector (in the extension: the background's, through runtime messages). */
  engine: EngineClient;
  /** A thread's tracker; defaults to the engine's signal tracker at the settings' sensitivity. */
  createTracker?(settings: Settings, context: ThreadContext): TrackerLike;
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
  /** Time spent waiting for the detector's answers. */
  engineMs: number;
  /** Checks the detector did not answer (read again later). */
  engineErrors: number;
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
  /** Reads the whole page again in the next batch. */
  requestRescan(): void;
  stop(): void;
}

/** One message read from the page, waiting for the detector's answer. */
interface Read {
  row: Element;
  message: NonNullable<ReturnType<SiteAdapter['readRow']>>;
  at: number;
}

const defaultTracker = (settings: Settings, context: ThreadContext): TrackerLike => createSignalTracker(LABEL_THRESHOLD[settings.sensitivity], context);

/** Starts the pipeline on one page; see the diagram above. */
export function startContentScript(deps: ContentScriptDeps): ContentScript {
  const options: ContentScriptOptions = { ...DEFAULT_OPTIONS, ...deps.options };
  const win = deps.window;
  const doc = win.document;
  const now = deps.now ?? ((): number => win.performance?.now() ?? Date.now());
  const debug = (...args: unknown[]): void => {
    if (options.debug) console.debug('[second-look]', ...args);
  };
  const makeTracker = deps.createTracker ?? defaultTracker;

  const life = new AbortController();
  let session: AbortController | null = null;
  let settings: Settings | null = null;
  const fallback = createFallback(doc, deps.adapter, createGenericAdapter(deps.adapter));
  const adapter = (): SiteAdapter => fallback.current();
  const queue = createDomQueue(options.maxPending, options.rescanGapMs);
  const policy = createNudgePolicy(options.keptThreads * 4);
  const threads = createThreadStore(options.keptThreads, (context) => makeTracker(settings!, context), threadContext);

  let observer: MutationObserver | null = null;
  const observedRoots = new Set<ParentNode>();
  let processed = new WeakSet<Element>();
  let currentThread: string | null = null;
  /** When the open thread became current (for the health line). */
  let threadSince = now();
  let lastHref = '';
  let draining: Promise<void> | null = null;
  let pendingNudges: (() => void)[] = [];
  /** When the oldest queued mutation arrived (debug figures only). */
  let firstQueuedAt: number | null = null;
  let resumeTimer: number | undefined;
  let retryTimer: number | undefined;
  let draftSeq = 0;
  const startedAt = now();
  /** Where the initial scan's time goes (debug figures only). */
  let settingsMs = 0;

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
    engineMs: 0,
    engineErrors: 0,
    adapter: deps.adapter.id,
    thread: null,
    active: false,
  };

  const currentUrl = (): URL => new URL(win.location.href);
  const roots = (): ParentNode[] => adapter().roots?.(doc) ?? [doc];

  /** What the page says about the open thread (the site adapter's reading; `{}` when it says nothing). */
  function threadContext(): ThreadContext {
    try {
      return deps.adapter.threadContext?.(doc, currentUrl()) ?? {};
    } catch {
      return {}; // a page the adapter does not understand says nothing
    }
  }

  function requestRescan(): void {
    queue.requestRescan();
    schedule();
  }

  const isTrusted = (sender: string | undefined): boolean => {
    if (!sender || !settings) return false;
    const wanted = sender.trim().toLowerCase();
    return (settings.trustedContacts[deps.site] ?? []).some((c) => c.name.trim().toLowerCase() === wanted);
  };

  function nudgeContext(kind: 'incoming' | 'outgoing', thread: string, sender?: string): NudgeContext {
    const context: NudgeContext = { kind, site: deps.site, thread, helplineCountry: settings?.helplineCountry ?? null };
    if (sender) context.sender = sender;
    if (kind === 'incoming' && deps.trustContact && settings?.allowTrust) {
      const trust = deps.trustContact;
      context.onTrust = (name: string) => trust(deps.site, name);
    }
    const composer = adapter().findComposer(doc);
    if (composer) context.composer = composer;
    return context;
  }

  /** Reads one row; the message when it is one not read before (and not from a trusted sender). */
  function readRow(row: Element, force: boolean, thread: string, state: ThreadState): Read | null {
    if (!force && processed.has(row)) return null;
    processed.add(row);
    const reader = adapter();
    const message = reader.readRow(row, { thread, maxChars: options.maxChars });
    if (!message || !message.text) return null;
    if (reader === deps.adapter) fallback.siteRead();
    if (!markSeen(state, message.key, message.text)) return null;
    stats.messagesRead++;
    if (message.incoming && isTrusted(message.sender)) return null;
    return { row, message, at: message.at ?? Date.now() };
  }

  /** Sends one batch's messages to the detector, feeds the answers to the thread's tracker, and queues the nudges due. */
  async function check(thread: string, state: ThreadState, reads: Read[]): Promise<void> {
    if (!settings || reads.length === 0) return;
    const current = settings;
    const messages: ConversationMessage[] = reads.map((r) => ({ text: r.message.text, incoming: r.message.incoming, at: r.at }));
    const asked = now();
    let answer;
    try {
      answer = await deps.engine.read(detectorOptions(current), messages, state.previous);
    } catch (error) {
      // The background could not answer (restarting, updating): read these again a little later.
      stats.engineErrors++;
      debug(`the detector did not answer for ${reads.length} messages; reading them again in ${options.retryMs} ms`, String(error));
      for (const r of reads) forgetSeen(state, r.message.key);
      processed = new WeakSet();
      win.clearTimeout(retryTimer);
      retryTimer = win.setTimeout(requestRescan, options.retryMs);
      return;
    } finally {
      stats.engineMs += now() - asked;
    }
    state.previous = answer.previous;
    answer.signals.forEach((signals, i) => {
      const read = reads[i]!;
      const verdict = state.tracker.add({ signals, at: read.at });
      if (!read.message.incoming) return;
      stats.incomingChecked++;
      if (verdict.categories.includes('photo_request')) state.askedForPhotos = true;
      const shown = policy.incoming(thread, verdict, current);
      if (!shown) return;
      stats.nudges++;
      // Shown after the batch, in a task of its own: rendering and placing the card forces a
      // layout of the page, which must not add to a slice of reading.
      pendingNudges.push(() => {
        if (currentThread !== thread) return; // the teen moved on before it was shown
        deps.showNudge(shown, read.row.isConnected ? read.row : null, nudgeContext('incoming', thread, read.message.sender));
        deps.recordNudge?.(shown.categories);
      });
    });
  }

  /**
   * Observes the roots not yet observed: open shadow roots appear late on some
   * sites (Reddit), and rows already inside a newly found root need one rescan.
   */
  function observeRoots(): void {
    if (!observer) return;
    for (const root of roots()) {
      if (observedRoots.has(root)) continue;
      if (observedRoots.size > 0) queue.requestRescan();
      observedRoots.add(root);
      observer.observe(root as Node, { childList: true, subtree: true, characterData: true });
    }
  }

  function checkFallback(): void {
    const { adapter: next, changed } = fallback.check(now());
    if (!changed) return;
    debug(next === fallback.generic ? 'site selectors found no messages; using the generic fallback' : 'site selectors match again; leaving the generic fallback');
    stats.adapter = next.id;
    processed = new WeakSet();
    queue.requestRescan();
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
    const thread = adapter().threadId(doc, url) ?? `page:${url.pathname}`;
    if (thread === currentThread) return;
    const first = currentThread === null;
    currentThread = thread;
    threadSince = now();
    stats.thread = thread;
    if (!first) {
      debug('thread switch');
      deps.clearNudges();
      // The new thread's rows may have been rendered (and marked) before the URL changed.
      processed = new WeakSet();
      queue.requestRescan();
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
        if (queue.busy()) schedule();
      });
  }

  async function drain(): Promise<void> {
    const signal = session?.signal;
    while (signal && !signal.aborted) {
      checkLocation();
      if (!session || signal.aborted) return;
      checkFallback();
      const thread = currentThread;
      if (thread === null) return;
      const known = threads.peek(thread);
      if (known && deps.adapter.threadContext) refreshContext(known, threadContext());
      const work = queue.take(now());
      if (!work) return;
      let rows: Map<Element, boolean>;
      if (work.kind === 'rescan') {
        if (work.wait > 0) {
          await new Promise((resolve) => win.setTimeout(resolve, work.wait));
          if (signal.aborted) return;
        }
        stats.rescans++;
        observeRoots();
        rows = allRows(roots(), adapter().rowSelector);
      } else {
        if (adapter().roots) observeRoots();
        rows = new Map();
        for (const node of work.nodes) collectRows(node, adapter().rowSelector, rows);
      }
      stats.batches++;
      if (rows.size === 0) {
        firstQueuedAt = null; // nodes that hold no message (the page's own widgets, the nudge)
        continue;
      }
      const state = threads.get(thread);
      const reads: Read[] = [];
      const figures = { longestMs: stats.longestSliceMs, yields: stats.yields };
      const finished = await forEachSliced(
        rows,
        ([row, force]) => {
          const read = readRow(row, force, thread, state);
          if (read) reads.push(read);
        },
        { win, sliceMs: options.sliceMs, now, signal },
        figures,
      );
      stats.longestSliceMs = figures.longestMs;
      stats.yields = figures.yields;
      if (!finished) return;
      await check(thread, state, reads);
      if (signal.aborted) return;
      if (pendingNudges.length > 0) {
        await yieldToPage(win);
        if (signal.aborted) return;
        const due = pendingNudges;
        pendingNudges = [];
        for (const show of due) show();
      }
      if (options.debug && firstQueuedAt !== null) {
        debug(`batch: ${work.kind === 'nodes' ? work.nodes.size : 'rescan:'} queued nodes coalesced into ${rows.size} rows, done ${(now() - firstQueuedAt).toFixed(1)} ms after the first was queued`);
      }
      firstQueuedAt = null;
    }
  }

  /** The MutationObserver callback: queue only, never read (uBlock Origin's rule). */
  function onMutations(records: MutationRecord[]): void {
    if (options.debug && firstQueuedAt === null) firstQueuedAt = now();
    if (queue.add(records)) debug(`flood: more than ${options.maxPending} nodes queued; shedding them for one rescan (${queue.shed} shed so far)`);
    stats.shedNodes = queue.shed;
    schedule();
  }

  function onDraft(text: string, composer: HTMLElement): void {
    const thread = currentThread;
    if (!settings || thread === null) return;
    const current = settings;
    const seq = ++draftSeq;
    const checked = text.trim() ? deps.engine.checkDraft(detectorOptions(current), text) : Promise.resolve(null);
    checked
      .then((result) => {
        // A newer draft, another thread or a stopped session: this answer is out of date.
        if (seq !== draftSeq || currentThread !== thread || !session) return;
        const verdict = policy.draft(thread, result, current);
        if (!verdict) return;
        stats.nudges++;
        deps.showNudge(verdict, composer, nudgeContext('outgoing', thread));
      })
      .catch(() => {
        stats.engineErrors++; // the next pause in typing checks the draft again
      });
  }

  function onAttach(composer: HTMLElement | null): void {
    const thread = currentThread;
    if (thread === null || !settings) return;
    const verdict = policy.attachment(threads.peek(thread)?.askedForPhotos === true, settings);
    if (!verdict) return;
    stats.nudges++;
    deps.showNudge(verdict, composer, nudgeContext('outgoing', thread));
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
        queue.clear();
        pendingNudges = [];
        stats.active = false;
      },
      { once: true },
    );
    watchComposer({
      win,
      adapter,
      signal: controller.signal,
      debounceMs: options.draftDebounceMs,
      maxChars: options.maxChars,
      roots,
      onDraft,
      onAttach,
    });
    currentThread = null;
    queue.requestRescan();
    observeRoots();
    debug('watching', deps.site, adapter().id);
    // The browser stops an idle background worker: start it (and its detector) when the chat is
    // opened or comes back to the front, rather than when the next message arrives.
    const warm = (): void => {
      if (settings && doc.visibilityState !== 'hidden') deps.engine.warm(detectorOptions(settings)).catch(() => undefined);
    };
    warm();
    doc.addEventListener('visibilitychange', warm, { signal: controller.signal });
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
      // Threads are read again into new trackers under the new settings.
      // What was already nudged stays remembered (the policy), so nothing shows twice.
      threads.clear();
      processed = new WeakSet();
      queue.requestRescan();
    }
    applyState();
    schedule();
  }

  const onNavigate = (): void => {
    if (session && adapter().roots) {
      const known = observedRoots.size;
      observeRoots();
      if (observedRoots.size !== known) schedule();
    }
    if (win.location.href === lastHref) return;
    if (session) {
      schedule();
    } else {
      lastHref = win.location.href;
      applyState();
    }
  };

  const ready = (async () => {
    const loaded = await deps.settings.load();
    settingsMs = now() - startedAt;
    if (life.signal.aborted) return;
    const unwatch = deps.settings.watch(applySettings);
    life.signal.addEventListener('abort', unwatch, { once: true });
    lastHref = win.location.href;
    applySettings(loaded);
    watchNavigation(win, life.signal, options.pollMs, onNavigate);
    await draining;
    if (stats.initialScanMs === null && session) {
      stats.initialScanMs = now() - startedAt;
      debug(
        `initial scan: ${stats.messagesRead} messages in ${stats.initialScanMs.toFixed(1)} ms ` +
          `(settings ${settingsMs.toFixed(1)} ms, detector in the background ${stats.engineMs.toFixed(1)} ms, reading the page ${(stats.initialScanMs - settingsMs - stats.engineMs).toFixed(1)} ms), ` +
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
    stats: () => ({ ...stats, shedNodes: queue.shed }),
    readerStatus(): ReaderStatus {
      const thread = currentThread;
      return readerStatus({
        active: session !== null,
        reader: adapter() === fallback.generic ? 'generic' : 'site',
        threadMessages: thread === null ? 0 : (threads.peek(thread)?.seen.size ?? 0),
        conversationOpen: deps.adapter.threadId(doc, currentUrl()) !== null,
        sinceMs: now() - threadSince,
        delayMs: options.healthDelayMs,
      });
    },
    requestRescan,
    stop() {
      life.abort();
      session?.abort();
      session = null;
      win.clearTimeout(resumeTimer);
      win.clearTimeout(retryTimer);
      deps.clearNudges();
    },
  };
}
