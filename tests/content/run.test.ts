import { afterEach, describe, expect, it, vi } from 'vitest';
import { startContentScript, type ContentScript, type ContentScriptOptions } from '../../src/content/run';
import type { Settings } from '../../src/shared/settings';
import type { SiteId } from '../../src/shared/sites';
import { ADAPTERS } from '../../src/sites/registry';
import type { SiteAdapter, ThreadContext } from '../../src/sites/types';
import { loadFixture, type LoadedFixture } from '../sites/helpers';
import { createFakeDetector, createNudgeRecorder, createSettingsSource } from './fakes';

const running: { script: ContentScript; page: LoadedFixture }[] = [];

afterEach(async () => {
  for (const { script, page } of running.splice(0)) {
    script.stop();
    await page.window.happyDOM.close();
  }
});

async function settle(script: ContentScript, page: LoadedFixture, rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise((resolve) => page.window.setTimeout(resolve, 10));
    await script.idle();
  }
}

async function start(
  fixture: SiteId | 'generic',
  setup: { settings?: Partial<Settings>; options?: Partial<ContentScriptOptions>; adapter?: SiteAdapter; site?: SiteId; withSetContext?: boolean } = {},
) {
  const page = await loadFixture(fixture);
  const site = setup.site ?? (fixture === 'generic' ? 'instagram' : fixture);
  const detector = createFakeDetector({ withSetContext: setup.withSetContext });
  const nudges = createNudgeRecorder();
  const settings = createSettingsSource(setup.settings);
  const script = startContentScript({
    window: page.window as unknown as Window,
    site,
    adapter: setup.adapter ?? ADAPTERS[site],
    settings,
    ...detector.wiring,
    showNudge: nudges.show,
    clearNudges: nudges.clear,
    trustContact: () => undefined,
    options: { pollMs: 20, draftDebounceMs: 30, ...setup.options },
  });
  running.push({ script, page });
  await script.ready;
  await settle(script, page);
  return { page, detector, nudges, settings, script };
}

describe('content script: messages already on the page', () => {
  it('checks each one once, in page order, and nudges for the risky incoming run only', async () => {
    const { detector, nudges, script } = await start('whatsapp');
    expect(detector.added.map((m) => m.incoming)).toEqual([true, false, true, true, true, true, false]);
    expect(nudges.shown).toHaveLength(1);
    const [nudge] = nudges.shown;
    expect(nudge?.verdict.categories).toEqual(['photo_request', 'secrecy']);
    expect(nudge?.context).toMatchObject({ kind: 'incoming', site: 'whatsapp', sender: 'Rafi', thread: '120363040512345678@g.us' });
    expect(nudge?.anchor?.textContent).toContain('send me a pic');
    expect(script.stats()).toMatchObject({ messagesRead: 7, incomingChecked: 5, adapter: 'whatsapp', active: true });
    expect(script.stats().initialScanMs).not.toBeNull();
  });

  it('never nudges for the teen’s own messages, whatever they say', async () => {
    const { page, nudges, script, detector } = await start('telegram_k');
    const before = nudges.shown.length;
    page.fixture.addMessage({ text: 'lol he asked me for a pic and said dont tell', incoming: false });
    await settle(script, page);
    expect(detector.added.at(-1)).toEqual({ text: 'lol he asked me for a pic and said dont tell', incoming: false });
    expect(nudges.shown).toHaveLength(before);
  });
});

describe('content script: observe, queue, process', () => {
  it('reads nothing inside the mutation callback, then reads each added message in a later batch', async () => {
    const adapter = { ...ADAPTERS.discord };
    const readRow = vi.fn(ADAPTERS.discord.readRow);
    adapter.readRow = readRow;
    const { page, script, nudges } = await start('discord', { adapter });
    readRow.mockClear();
    let readDuringCallback = false;
    const observer = new page.window.MutationObserver(() => {
      // Runs right after the content script's own callback for the same mutations.
      if (readRow.mock.calls.length > 0) readDuringCallback = true;
    });
    observer.observe(page.document.body as unknown as Parameters<typeof observer.observe>[0], { childList: true, subtree: true });
    for (let i = 0; i < 20; i++) page.fixture.addMessage({ text: `message ${i}`, incoming: true, sender: 'Sam' });
    page.fixture.addMessage({ text: 'what is the code you got', incoming: true, sender: 'Sam' });
    expect(readRow).not.toHaveBeenCalled();
    await settle(script, page);
    observer.disconnect();
    expect(readDuringCallback).toBe(false);
    expect(readRow).toHaveBeenCalledTimes(21);
    expect(nudges.shown.at(-1)?.anchor?.textContent).toContain('what is the code you got');
  });

  it('yields to the page whenever a slice reaches its budget (a clock that advances 1 ms per message read)', async () => {
    let clock = 0;
    const adapter = { ...ADAPTERS.telegram_a };
    adapter.readRow = (row, context) => {
      clock += 1;
      return ADAPTERS.telegram_a.readRow(row, context);
    };
    const page = await loadFixture('telegram_a');
    page.fixture.loadMany(300); // on the page before the script starts: 307 messages, 307 "ms" of reading
    const detector = createFakeDetector();
    const nudges = createNudgeRecorder();
    const script = startContentScript({
      window: page.window as unknown as Window,
      site: 'telegram_a',
      adapter,
      settings: createSettingsSource(),
      ...detector.wiring,
      showNudge: nudges.show,
      clearNudges: nudges.clear,
      options: { sliceMs: 5, pollMs: 20 },
      now: () => clock,
    });
    running.push({ script, page });
    await script.ready;
    await settle(script, page);
    expect(detector.added.length).toBe(307);
    expect(script.stats().longestSliceMs).toBeLessThanOrEqual(5);
    expect(script.stats().yields).toBeGreaterThanOrEqual(Math.floor(307 / 5) - 1);
  });

  it('asks the background to get its detector ready when the chat opens and when the tab comes back to the front', async () => {
    const { page, script, detector } = await start('telegram_k');
    expect(detector.warmed).toBe(1);
    const visibility = (state: string): void => {
      Object.defineProperty(page.document, 'visibilityState', { value: state, configurable: true });
      page.document.dispatchEvent(new page.window.Event('visibilitychange') as unknown as Event);
    };
    visibility('hidden');
    expect(detector.warmed).toBe(1);
    visibility('visible');
    expect(detector.warmed).toBe(2);
    script.stop();
    visibility('visible');
    expect(detector.warmed).toBe(2);
  });

  it('reads again, a little later, what the detector could not answer (the background was restarting)', async () => {
    const { page, script, nudges, detector } = await start('telegram_k', { options: { retryMs: 30 } });
    const before = nudges.shown.length;
    detector.failing = true;
    page.fixture.addMessage({ text: 'what is the code you got by sms', incoming: true });
    await settle(script, page);
    expect(script.stats().engineErrors).toBeGreaterThan(0);
    expect(nudges.shown).toHaveLength(before);
    detector.failing = false;
    await vi.waitFor(() => expect(nudges.shown.length).toBe(before + 1), { timeout: 5000, interval: 20 });
    expect(nudges.shown.at(-1)?.verdict.categories).toContain('account_access');
    expect(detector.added.filter((m) => m.text === 'what is the code you got by sms')).toHaveLength(1);
  });

  it('does not read or nudge again when a virtualised list recycles or re-renders its rows', async () => {
    const { page, script, nudges, detector } = await start('instagram');
    const read = detector.added.length;
    page.fixture.recycle();
    await settle(script, page);
    for (const row of Array.from(page.document.querySelectorAll('[role=row]'))) row.replaceWith(row.cloneNode(true));
    await settle(script, page);
    expect(detector.added.length).toBe(read);
    expect(nudges.shown).toHaveLength(1);
  });

  it('reads an edited message again (same key, new words)', async () => {
    const { page, script, detector, nudges } = await start('telegram_k');
    const first = page.document.querySelector('.bubble.is-in .message');
    const textNode = Array.from(first?.childNodes ?? []).find((n) => n.nodeType === 3);
    if (!textNode) throw new Error('fixture changed');
    textNode.nodeValue = 'actually send me a code you get by sms';
    await settle(script, page);
    expect(detector.added.at(-1)?.text).toBe('actually send me a code you get by sms');
    expect(nudges.shown.at(-1)?.verdict.level).toBe('urgent');
  });
});

describe('content script: threads', () => {
  it('follows a single-page switch to another thread: clears nudges and starts a fresh tracker', async () => {
    const { page, script, nudges, detector } = await start('x');
    expect(nudges.shown.at(-1)?.verdict.categories).toContain('photo_request');
    const trackers = detector.trackers;
    page.fixture.switchThread('6281299990000');
    await vi.waitFor(() => expect(script.stats().thread).toBe('6281299990000'), { timeout: 5000, interval: 20 });
    await settle(script, page);
    expect(nudges.cleared).toBeGreaterThan(0);
    expect(detector.trackers).toBe(trackers + 1);
    page.fixture.addMessage({ text: 'keep this a secret ok', incoming: true, sender: 'Sam' });
    await vi.waitFor(() => expect(nudges.shown.at(-1)?.context.thread).toBe('6281299990000'), { timeout: 5000, interval: 20 });
    const last = nudges.shown.at(-1);
    expect(last?.context.thread).toBe('6281299990000');
    // The new thread's tracker knows nothing of the old thread's photo request.
    expect(last?.verdict.categories).toEqual(['secrecy']);
  });

  it('follows a thread switch that only changes the DOM (WhatsApp keeps its URL)', async () => {
    const { page, script } = await start('whatsapp');
    page.fixture.switchThread('6281299990000');
    await settle(script, page);
    expect(script.stats().thread).toBe('6281299990000@c.us');
  });

  it('stays dormant on pages of a whole-host site that are not messaging pages, and wakes on navigation', async () => {
    const { page, script, detector } = await start('discord');
    page.window.history.pushState({}, '', '/store');
    await settle(script, page, 5);
    expect(script.stats().active).toBe(false);
    const read = detector.added.length;
    page.fixture.addMessage({ text: 'send me a pic', incoming: true });
    await settle(script, page);
    expect(detector.added.length).toBe(read);
    page.window.history.pushState({}, '', '/channels/@me/1180000000000000001');
    await settle(script, page, 5);
    expect(script.stats().active).toBe(true);
    expect(detector.added.some((m) => m.text === 'send me a pic')).toBe(true);
  });
});

describe('content script: settings, applied live', () => {
  it('stops when the guardian switches the site off and picks up what it missed when it is back on', async () => {
    const { page, script, settings, detector, nudges } = await start('telegram_a');
    settings.set({ sites: { ...settings.current.sites, telegram_a: false } });
    await settle(script, page);
    expect(script.stats().active).toBe(false);
    expect(nudges.cleared).toBeGreaterThan(0);
    page.fixture.addMessage({ text: 'what is the code you got', incoming: true });
    await settle(script, page);
    expect(detector.added.some((m) => m.text.startsWith('what is the code'))).toBe(false);
    settings.set({ sites: { ...settings.current.sites, telegram_a: true } });
    await settle(script, page);
    expect(detector.added.some((m) => m.text.startsWith('what is the code'))).toBe(true);
  });

  it('applies the sensitivity floor: gentle nudges only for urgent verdicts', async () => {
    const { page, script, nudges } = await start('telegram_a', { settings: { sensitivity: 'gentle' } });
    expect(nudges.shown).toHaveLength(0);
    page.fixture.addMessage({ text: 'tell me the code you just got', incoming: true });
    await settle(script, page);
    expect(nudges.shown.map((n) => n.verdict.level)).toEqual(['urgent']);
  });

  it('leaves out categories the guardian turned off', async () => {
    const { settings } = await start('telegram_a');
    const { nudges } = await start('telegram_a', { settings: { categories: { ...settings.current.categories, photo_request: false } } });
    expect(nudges.shown.map((n) => n.verdict.categories)).toEqual([['secrecy']]);
  });

  it('does not nudge for a sender the teen marked as trusted', async () => {
    const { settings } = await start('whatsapp');
    const trusted = { ...settings.current.trustedContacts, whatsapp: [{ name: 'Rafi', added: 1 }] };
    const { nudges } = await start('whatsapp', { settings: { trustedContacts: trusted } });
    expect(nudges.shown).toHaveLength(0);
  });

  it('stays dormant while checks are paused, and resumes when the pause ends', async () => {
    // The wall clock stands still while the page is set up, so a slow machine cannot end the pause
    // before the first check; then it jumps past the pause's end and the script's own timer wakes it.
    let clock = Date.now();
    const now = vi.spyOn(Date, 'now').mockImplementation(() => clock);
    try {
      const { script, detector } = await start('telegram_k', { settings: { pausedUntil: clock + 1000 } });
      expect(script.stats().active).toBe(false);
      expect(detector.added).toHaveLength(0);
      clock += 1100;
      await vi.waitFor(() => expect(script.stats().active).toBe(true), { timeout: 5000, interval: 50 });
      await vi.waitFor(() => expect(detector.added.length).toBeGreaterThan(0), { timeout: 5000, interval: 20 });
    } finally {
      now.mockRestore();
    }
  });
});

describe('content script: stopping and floods', () => {
  it('stops everything on stop(): no observer, no reading, nudges cleared', async () => {
    const { page, script, detector, nudges } = await start('reddit');
    expect(detector.added.length).toBeGreaterThan(0); // read through the shadow roots
    script.stop();
    const read = detector.added.length;
    page.fixture.addMessage({ text: 'send me a pic', incoming: true });
    await new Promise((resolve) => page.window.setTimeout(resolve, 60));
    expect(detector.added.length).toBe(read);
    expect(nudges.cleared).toBeGreaterThan(0);
    expect(script.stats().active).toBe(false);
  });

  it('sheds a flood of nodes for one later rescan instead of queueing without bound, and says so in the debug log', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const { page, script, detector } = await start('snapchat', { options: { maxPending: 200, rescanGapMs: 50, debug: true } });
    const junk = page.document.createElement('div');
    page.document.body.append(junk);
    for (let burst = 0; burst < 5; burst++) {
      for (let i = 0; i < 2000; i++) junk.append(page.document.createElement('span'));
      await new Promise((resolve) => page.window.setTimeout(resolve, 5));
    }
    page.fixture.addMessage({ text: 'send me a pic', incoming: true, sender: 'Sam' });
    await settle(script, page, 8);
    const stats = script.stats();
    expect(stats.shedNodes).toBeGreaterThan(0);
    expect(stats.rescans).toBeGreaterThan(1);
    // The one real message in the flood is still read, once.
    expect(detector.added.filter((m) => m.text === 'send me a pic')).toHaveLength(1);
    expect(debug.mock.calls.some((args) => args.join(' ').includes('shedding'))).toBe(true);
    // The log carries counts, never message text.
    expect(debug.mock.calls.some((args) => args.join(' ').includes('send me a pic'))).toBe(false);
    debug.mockRestore();
  });
});

describe('content script: shadow roots', () => {
  it('observes an open shadow root that appears after it started, and reads the rows already in it', async () => {
    const page = await loadFixture('reddit');
    const room = page.document.querySelector('rs-app')?.shadowRoot?.querySelector('rs-room');
    const timeline = room?.shadowRoot?.querySelector('rs-timeline');
    if (!room?.shadowRoot || !timeline) throw new Error('fixture changed');
    timeline.remove(); // the chat renders later than the content script starts
    const detector = createFakeDetector();
    const nudges = createNudgeRecorder();
    const script = startContentScript({
      window: page.window as unknown as Window,
      site: 'reddit',
      adapter: ADAPTERS.reddit,
      settings: createSettingsSource(),
      ...detector.wiring,
      showNudge: nudges.show,
      clearNudges: nudges.clear,
      options: { pollMs: 20 },
    });
    running.push({ script, page });
    await script.ready;
    await settle(script, page);
    expect(detector.added).toHaveLength(0);
    room.shadowRoot.insertBefore(timeline, room.shadowRoot.querySelector('rs-message-composer'));
    await vi.waitFor(() => expect(detector.added).toHaveLength(7), { timeout: 5000, interval: 20 });
    page.fixture.addMessage({ text: 'what is the code you got', incoming: true });
    await vi.waitFor(() => expect(nudges.shown.at(-1)?.verdict.level).toBe('urgent'), { timeout: 5000, interval: 20 });
  });
});

describe('content script: the generic fallback', () => {
  it('switches to the generic adapter when the site’s selectors find nothing on a chat-like page', async () => {
    const { script, nudges, detector } = await start('generic');
    expect(script.stats().adapter).toBe('generic');
    expect(detector.added.map((m) => m.incoming)).toEqual([true, false, true, true, true, true, false]);
    expect(nudges.shown.map((n) => n.context.site)).toEqual(['instagram']);
  });

  it('goes back to the site’s adapter once its selectors match (a page that was still loading)', async () => {
    const { page, script, detector } = await start('generic');
    expect(script.stats().adapter).toBe('generic');
    const list = page.document.createElement('div');
    list.setAttribute('aria-label', 'Messages in conversation with Sam');
    const row = page.document.createElement('div');
    row.setAttribute('role', 'row');
    const words = page.document.createElement('div');
    words.setAttribute('dir', 'auto');
    words.textContent = 'is the art club meeting today?';
    row.append(words);
    list.append(row);
    page.document.body.append(list);
    await vi.waitFor(
      () => {
        // Mutations keep coming on a live page; each batch may re-check (at most every 2 s).
        page.document.body.append(page.document.createElement('span'));
        expect(script.stats().adapter).toBe('instagram');
      },
      { timeout: 5000, interval: 250 },
    );
    await vi.waitFor(() => expect(detector.added.at(-1)?.text).toBe('is the art club meeting today?'), { timeout: 5000, interval: 20 });
  });

  it('does not fall back on a page whose lists hold no readable message (navigation, menus)', async () => {
    const page = await loadFixture('instagram');
    for (const list of Array.from(page.document.querySelectorAll('[data-pagelet="IGDOpenMessageList"], [aria-label^="Messages in conversation"]'))) list.remove();
    const nav = page.document.createElement('nav');
    nav.innerHTML = '<ul role="list"><li>Home</li><li>Explore</li><li>Reels</li></ul>';
    page.document.body.append(nav);
    const detector = createFakeDetector();
    const nudges = createNudgeRecorder();
    const script = startContentScript({
      window: page.window as unknown as Window,
      site: 'instagram',
      adapter: ADAPTERS.instagram,
      settings: createSettingsSource(),
      ...detector.wiring,
      showNudge: nudges.show,
      clearNudges: nudges.clear,
      options: { pollMs: 20 },
    });
    running.push({ script, page });
    await script.ready;
    await settle(script, page);
    expect(script.stats().adapter).toBe('instagram');
    expect(detector.added).toHaveLength(0);
  });
});

describe('content script: the teen’s compose box', () => {
  function type(page: LoadedFixture, composer: HTMLElement, text: string): void {
    composer.textContent = text;
    composer.dispatchEvent(new page.window.Event('input', { bubbles: true, composed: true }) as unknown as Event);
  }

  it('checks the draft after a pause in typing and asks to pause before sending a phone number', async () => {
    const { page, script, nudges } = await start('telegram_a');
    const composer = ADAPTERS.telegram_a.findComposer(page.document);
    if (!composer) throw new Error('no composer');
    const before = nudges.shown.length;
    type(page, composer, 'my number is 0812');
    type(page, composer, 'my number is 0812 3456 7890');
    await new Promise((resolve) => page.window.setTimeout(resolve, 80));
    await settle(script, page);
    const outgoing = nudges.shown.slice(before);
    expect(outgoing).toHaveLength(1); // debounced: one check for the burst of typing
    expect(outgoing[0]?.context.kind).toBe('outgoing');
    expect(outgoing[0]?.verdict.categories).toEqual(['phone_number']);
    expect(outgoing[0]?.anchor).toBe(composer);
  });

  it('asks to pause when a photo is dropped in a thread that asked for photos, not elsewhere', async () => {
    const dropFile = (page: LoadedFixture): void => {
      const event = new page.window.Event('drop', { bubbles: true, composed: true });
      Object.defineProperty(event, 'dataTransfer', { value: { files: { length: 1 }, items: [{ kind: 'file' }] } });
      page.document.body.dispatchEvent(event as unknown as Event);
    };
    const asked = await start('whatsapp');
    dropFile(asked.page);
    expect(asked.nudges.shown.at(-1)).toMatchObject({ verdict: { categories: ['photo_request'] }, context: { kind: 'outgoing' } });

    const { page, nudges, script } = await start('whatsapp');
    page.fixture.switchThread('6281299990000'); // a thread where nobody asked for a photo
    await settle(script, page);
    const before = nudges.shown.length;
    dropFile(page);
    expect(nudges.shown).toHaveLength(before);
  });
});

describe('content script: what the page says about the thread, and the popup’s health line', () => {
  it('hands the adapter’s thread context to each new tracker (X Chat: a g<digits> id is a group)', async () => {
    const { detector } = await start('x');
    expect(detector.contexts.at(-1)).toEqual({ group: true });
  });

  it('hands an empty context where the adapter says nothing, and works with trackers that have no setContext', async () => {
    const { detector, script } = await start('instagram');
    expect(detector.contexts.at(-1)).toEqual({});
    expect(script.stats().messagesRead).toBe(7);
  });

  it('passes a context the page draws later (a request banner after the thread opened) to the thread’s tracker, once', async () => {
    let context: ThreadContext = {};
    const adapter = { ...ADAPTERS.whatsapp, threadContext: () => context };
    const { page, script, detector } = await start('whatsapp', { adapter, withSetContext: true });
    expect(detector.contexts.at(-1)).toEqual({});
    context = { messageRequest: true };
    page.fixture.addMessage({ text: 'hi there', incoming: true });
    await settle(script, page);
    page.fixture.addMessage({ text: 'how are you', incoming: true });
    await settle(script, page);
    expect(detector.contextUpdates).toEqual([{ messageRequest: true }]);
  });

  it('reports reading with the site’s reader and the thread’s message count, never text', async () => {
    const { script } = await start('whatsapp');
    expect(script.readerStatus()).toEqual({ state: 'reading', reader: 'site', threadMessages: 7 });
  });

  it('reports reading with the generic reader after falling back by itself', async () => {
    const { script } = await start('generic');
    expect(script.readerStatus()).toMatchObject({ state: 'reading', reader: 'generic' });
  });

  it('reports "cannot read" when a conversation is open but neither reader finds a message for healthDelayMs', async () => {
    const page = await loadFixture('instagram');
    for (const list of Array.from(page.document.querySelectorAll('[data-pagelet="IGDOpenMessageList"]'))) list.remove();
    const script = startContentScript({
      window: page.window as unknown as Window,
      site: 'instagram',
      adapter: ADAPTERS.instagram,
      settings: createSettingsSource(),
      ...createFakeDetector().wiring,
      showNudge: () => undefined,
      clearNudges: () => undefined,
      options: { pollMs: 20, healthDelayMs: 1000 },
    });
    running.push({ script, page });
    await script.ready;
    await settle(script, page);
    expect(script.readerStatus()).toEqual({ state: 'starting', reader: 'site', threadMessages: 0 });
    await new Promise((resolve) => page.window.setTimeout(resolve, 1050));
    expect(script.readerStatus()).toEqual({ state: 'cannot-read', reader: 'site', threadMessages: 0 });
    // Off a conversation (the inbox), there is nothing to read and nothing to report.
    page.window.history.pushState({}, '', '/direct/inbox/');
    await settle(script, page);
    expect(script.readerStatus().state).toBe('no-conversation');
  });
});
