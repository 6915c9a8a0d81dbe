import { describe, expect, it } from 'vitest';
import { xAdapter } from '../../src/sites/x';
import { readMessages } from '../../src/sites/read';
import { describeAdapter } from './contract';
import { loadFixture } from './helpers';

// X Chat (x.com/i/chat), inside an open shadow root.
describeAdapter(xAdapter, {
  thread: 'g1587654321098765432',
  switchedThread: '6281299990000',
  notMessaging: 'https://x.com/home',
});

// The older DM timeline (x.com/messages).
describeAdapter(xAdapter, {
  build: 'legacy',
  thread: '1234567890-1587654321098765432',
  switchedThread: '6281299990000',
  notMessaging: 'https://x.com/home',
});

describe('xAdapter specifics', () => {
  it('reads X Chat inside the open shadow root of xchatEmbedRoute (regression: the adapter saw only the old timeline)', async () => {
    const { document } = await loadFixture('x');
    expect(document.querySelector('[data-dm-message-row]')).toBeNull();
    expect(xAdapter.roots?.(document)).toHaveLength(2);
    expect(readMessages(xAdapter, document).map((m) => m.key.startsWith('chat:'))).toEqual(new Array(7).fill(true));
    expect(xAdapter.findComposer(document)?.getAttribute('data-testid')).toBe('dm-composer-textarea');
  });

  it('tells the teen’s own X Chat messages by the row’s justify-end layout when styles are gone', async () => {
    const { document } = await loadFixture('x');
    const root = xAdapter.roots?.(document)[1] as ShadowRoot;
    for (const style of Array.from(root.querySelectorAll('style'))) style.remove();
    expect(readMessages(xAdapter, document).filter((m) => !m.incoming).map((m) => m.text)).toEqual(['yes! see you at 4', 'why would i do that']);
  });

  it('tells the teen’s own messages by alignment only on the old timeline (X marks nothing else)', async () => {
    const { document } = await loadFixture('x', 'legacy');
    expect(readMessages(xAdapter, document).filter((m) => !m.incoming).map((m) => m.text)).toEqual(['yes! see you at 4', 'why would i do that']);
    // Without the alignment styles, nothing tells them apart: everything reads as incoming (the safe side).
    for (const style of Array.from(document.querySelectorAll('style'))) style.remove();
    expect(readMessages(xAdapter, document).every((m) => m.incoming)).toBe(true);
  });

  it('says a g<digits> chat is a group and an <id>-<id> chat is one-to-one, and nothing otherwise', () => {
    const context = (url: string) => xAdapter.threadContext?.({} as Document, new URL(url));
    expect(context('https://x.com/i/chat/g1587654321098765432')).toEqual({ group: true });
    expect(context('https://x.com/i/chat/1234567890-1587654321098765432')).toEqual({ group: false });
    expect(context('https://x.com/messages/1234567890-1587654321098765432')).toEqual({ group: false });
    expect(context('https://x.com/i/chat/6281299990000')).toEqual({});
  });

  it('says a conversation opened from the requests folders, or showing the accept prompt, is a message request', async () => {
    const context = (url: string) => xAdapter.threadContext?.({} as Document, new URL(url));
    expect(context('https://x.com/i/chat/requests/other/10-20')).toEqual({ group: false, messageRequest: true });
    expect(xAdapter.threadId({} as Document, new URL('https://x.com/i/chat/requests/other/10-20'))).toBe('10-20');
    expect(xAdapter.threadId({} as Document, new URL('https://x.com/i/chat/requests'))).toBeNull();
    const { document, fixture, window } = await loadFixture('x');
    expect(xAdapter.threadContext?.(document, new URL(window.location.href))).toEqual({ group: true });
    fixture.switchThread('6281299990000');
    expect(xAdapter.threadContext?.(document, new URL(window.location.href))).toEqual({ messageRequest: true });
    // The prompt alone, at a plain /i/chat/ URL (opened from a link), says the same.
    expect(xAdapter.threadContext?.(document, new URL('https://x.com/i/chat/6281299990000'))).toEqual({ messageRequest: true });
  });
});
