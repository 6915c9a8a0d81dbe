/**
 * The behaviour every site adapter must show on its fixture page. Each
 * adapter's test file calls `describeAdapter` and adds its site's specifics.
 */
import { describe, expect, it, vi } from 'vitest';
import { readMessages } from '../../src/sites/read';
import type { SiteAdapter } from '../../src/sites/types';
import { loadFixture, OPENING } from './helpers';

export interface AdapterExpectations {
  /** Thread id of the fixture's opening conversation. */
  thread: string;
  /** Thread id after `fixture.switchThread('6281299990000')`. */
  switchedThread: string;
  /** How the site names each sender of the opening conversation (default: as written). */
  senderName?: (name: string) => string | undefined;
  /** A URL on the same host that is not a messaging page, where the site is matched whole. */
  notMessaging?: string;
  /** False where a row cannot be cloned faithfully (open shadow roots are not cloned). */
  cloneRows?: boolean;
  /** Which fixture build to load (tests/fixtures/sites/index.ts); the main one when absent. */
  build?: string;
}

const SWITCH_TO = '6281299990000';
const NOT_MESSAGE_WORDS = ['TODAY', 'Today', 'added Dewi', 'Keep it secret', '😮', 'example.org Keep', '10:54'];

export function describeAdapter(adapter: SiteAdapter, expected: AdapterExpectations): void {
  const senderName = expected.senderName ?? ((name: string) => name);

  describe(`${adapter.id} adapter on its ${expected.build ? `${expected.build} ` : ''}fixture`, () => {
    it('reads the opening conversation: words, who wrote them, and the teen’s own replies as outgoing', async () => {
      const { document } = await loadFixture(adapter.id, expected.build);
      const read = readMessages(adapter, document).map(({ text, incoming, sender }) => ({ text, incoming, sender }));
      expect(read).toEqual(
        OPENING.map((m) => ({ text: m.text, incoming: m.incoming, sender: 'sender' in m ? senderName(m.sender) : undefined })),
      );
    });

    it('leaves out date lines, system lines, link previews, reactions, quoted replies and timestamps', async () => {
      const { document } = await loadFixture(adapter.id, expected.build);
      for (const message of readMessages(adapter, document)) {
        for (const words of NOT_MESSAGE_WORDS) expect(message.text).not.toContain(words);
      }
    });

    it('gives each message a key that is not its text and survives a virtualised list recycling its nodes', async () => {
      const { document, fixture } = await loadFixture(adapter.id, expected.build);
      const before = readMessages(adapter, document);
      const keys = before.map((m) => m.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const m of before) expect(m.key).not.toContain(m.text);
      fixture.recycle();
      expect(readMessages(adapter, document).map((m) => m.key)).toEqual(keys);
    });

    if (expected.cloneRows !== false) {
      it('gives a re-rendered row (a fresh copy of the node) the same key', async () => {
        const { document } = await loadFixture(adapter.id, expected.build);
        const before = readMessages(adapter, document);
        for (const m of before) m.row.replaceWith(m.row.cloneNode(true));
        const after = readMessages(adapter, document);
        expect(after.map((m) => m.key)).toEqual(before.map((m) => m.key));
        expect(after.every((m, i) => m.row !== before[i]?.row)).toBe(true);
      });
    }

    it('reads messages the page adds later, incoming and outgoing, as new rows', async () => {
      const { document, fixture } = await loadFixture(adapter.id, expected.build);
      const count = readMessages(adapter, document).length;
      fixture.addMessage({ text: 'can we talk on another app', incoming: true, sender: 'Rafi' });
      fixture.addMessage({ text: 'no thanks', incoming: false });
      const read = readMessages(adapter, document);
      expect(read).toHaveLength(count + 2);
      expect(read.slice(-2).map(({ text, incoming }) => ({ text, incoming }))).toEqual([
        { text: 'can we talk on another app', incoming: true },
        { text: 'no thanks', incoming: false },
      ]);
      expect(read.at(-2)?.sender).toBe(senderName('Rafi'));
    });

    it('knows the thread, and follows a switch to another conversation', async () => {
      const { document, fixture, window } = await loadFixture(adapter.id, expected.build);
      const threadNow = (): string | null => adapter.threadId(document, new URL(window.location.href));
      expect(threadNow()).toBe(expected.thread);
      fixture.switchThread(SWITCH_TO);
      expect(threadNow()).toBe(expected.switchedThread);
      expect(readMessages(adapter, document).map(({ text, incoming }) => ({ text, incoming }))).toEqual([
        { text: 'hi! is this the art club chat?', incoming: true },
        { text: 'yes welcome :)', incoming: false },
      ]);
    });

    it('reads thousands of existing messages with unique keys (the benchmark’s page)', async () => {
      const { document, fixture } = await loadFixture(adapter.id, expected.build);
      const count = readMessages(adapter, document).length;
      fixture.loadMany(300);
      const read = readMessages(adapter, document);
      expect(read).toHaveLength(count + 300);
      expect(new Set(read.map((m) => m.key)).size).toBe(read.length);
      expect(read.some((m) => m.incoming) && read.some((m) => !m.incoming)).toBe(true);
    });

    it('makes no document-wide query per message (a thread of thousands would take seconds)', async () => {
      const { document, fixture } = await loadFixture(adapter.id, expected.build);
      fixture.loadMany(300);
      // Count the adapter's own queries; happy-dom's getComputedStyle queries the document internally
      // (a browser's does not), so calls made from inside happy-dom are left out.
      let queries = 0;
      for (const method of ['querySelector', 'querySelectorAll'] as const) {
        const original = document[method].bind(document) as (selector: string) => unknown;
        vi.spyOn(document, method).mockImplementation(((selector: string) => {
          if (!/node_modules[\\/]happy-dom/.test(new Error().stack ?? '')) queries++;
          return original(selector);
        }) as never);
      }
      const read = readMessages(adapter, document);
      expect(read.length).toBeGreaterThan(300);
      expect(queries).toBeLessThan(10);
    });

    it('finds the teen’s compose box', async () => {
      const { document } = await loadFixture(adapter.id, expected.build);
      const composer = adapter.findComposer(document);
      expect(composer).not.toBeNull();
      const editable = composer?.getAttribute('contenteditable') === 'true' || composer?.tagName === 'TEXTAREA' || !!composer?.querySelector('[contenteditable=true]');
      expect(editable).toBe(true);
    });

    it('treats the fixture URL as a messaging page', async () => {
      const { url } = await loadFixture(adapter.id, expected.build);
      expect(adapter.isMessagingPage(new URL(url))).toBe(true);
      if (expected.notMessaging) expect(adapter.isMessagingPage(new URL(expected.notMessaging))).toBe(false);
    });
  });
}
