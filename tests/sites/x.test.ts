import { describe, expect, it } from 'vitest';
import { xAdapter } from '../../src/sites/x';
import { readMessages } from '../../src/sites/read';
import { describeAdapter } from './contract';
import { loadFixture } from './helpers';

describeAdapter(xAdapter, {
  thread: '1234567890-1587654321098765432',
  switchedThread: '6281299990000',
  notMessaging: 'https://x.com/home',
});

describe('xAdapter specifics', () => {
  it('tells the teen’s own messages by alignment only (X marks nothing else)', async () => {
    const { document } = await loadFixture('x');
    expect(readMessages(xAdapter, document).filter((m) => !m.incoming).map((m) => m.text)).toEqual(['yes! see you at 4', 'why would i do that']);
    // Without the alignment styles, nothing tells them apart: everything reads as incoming (the safe side).
    for (const style of Array.from(document.querySelectorAll('style'))) style.remove();
    expect(readMessages(xAdapter, document).every((m) => m.incoming)).toBe(true);
  });

  it('follows the XChat client’s URLs too', () => {
    expect(xAdapter.isMessagingPage(new URL('https://x.com/i/chat/1587654321098765432'))).toBe(true);
    expect(xAdapter.threadId({} as Document, new URL('https://x.com/i/chat/1587654321098765432'))).toBe('1587654321098765432');
  });
});
