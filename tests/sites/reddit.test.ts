import { describe, expect, it } from 'vitest';
import { redditAdapter } from '../../src/sites/reddit';
import { readMessages } from '../../src/sites/read';
import { describeAdapter } from './contract';
import { loadFixture } from './helpers';

describeAdapter(redditAdapter, {
  thread: '!Xc3vR8kPq2LmN7tYw9aZ:reddit.com',
  switchedThread: '!6281299990000:reddit.com',
  notMessaging: 'https://www.reddit.com/r/aww/',
  // cloneNode does not copy shadow roots, so a cloned event would be empty.
  cloneRows: false,
});

describe('redditAdapter specifics', () => {
  it('hands the content script every shadow root down to rs-virtual-scroll-dynamic, where the rows live (regression: it stopped one root short)', async () => {
    const { document } = await loadFixture('reddit');
    const roots = redditAdapter.roots?.(document) ?? [];
    expect(roots).toHaveLength(5);
    expect((roots.at(-1) as ShadowRoot).host.localName).toBe('rs-virtual-scroll-dynamic');
    expect(document.querySelectorAll('rs-timeline-event')).toHaveLength(0);
    expect(roots.at(-1)?.querySelectorAll('rs-timeline-event').length).toBeGreaterThan(0);
  });

  it('finds the composer’s textarea inside its own shadow root', async () => {
    const { document } = await loadFixture('reddit');
    expect(redditAdapter.findComposer(document)?.getAttribute('name')).toBe('message');
  });

  it('is dormant on reddit.com outside /chat', () => {
    expect(redditAdapter.isMessagingPage(new URL('https://www.reddit.com/chat/room/!a:reddit.com'))).toBe(true);
    expect(redditAdapter.threadId({} as Document, new URL('https://www.reddit.com/chat/room/!a:reddit.com'))).toBe('!a:reddit.com');
  });

  it('tells the teen’s own messages by .flex-row-reverse, without knowing the user’s name', async () => {
    const { document } = await loadFixture('reddit');
    document.querySelector('rs-current-user')?.remove();
    expect(readMessages(redditAdapter, document).filter((m) => !m.incoming).map((m) => m.text)).toEqual(['yes! see you at 4', 'why would i do that']);
  });

  it('falls back to rs-current-user[display-name] when the reversed layout is missing', async () => {
    const { document } = await loadFixture('reddit');
    for (const root of redditAdapter.roots?.(document) ?? []) {
      for (const event of Array.from(root.querySelectorAll('rs-timeline-event'))) event.shadowRoot?.querySelector('.flex-row-reverse')?.classList.remove('flex-row-reverse');
    }
    expect(readMessages(redditAdapter, document).filter((m) => !m.incoming).map((m) => m.text)).toEqual(['yes! see you at 4', 'why would i do that']);
  });

  it('reads the sender from the first message of a run for the later ones', async () => {
    const { document } = await loadFixture('reddit');
    const pic = readMessages(redditAdapter, document).find((m) => m.text.startsWith('send me a pic'));
    expect(pic?.row.shadowRoot?.querySelector('.user-name')).toBeNull();
    expect(pic?.sender).toBe('Rafi');
  });
});
