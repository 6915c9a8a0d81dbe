import { describe, expect, it } from 'vitest';
import { messengerAdapter } from '../../src/sites/messenger';
import { readMessages } from '../../src/sites/read';
import { describeAdapter } from './contract';
import { loadFixture } from './helpers';

describeAdapter(messengerAdapter, {
  thread: '7012345678901234',
  switchedThread: '6281299990000',
  notMessaging: 'https://www.facebook.com/marketplace/',
});

describe('messengerAdapter specifics', () => {
  it('takes the sender from each message’s hidden h5, and "You sent" as the teen’s own', async () => {
    const { document } = await loadFixture('messenger');
    const read = readMessages(messengerAdapter, document);
    expect(read.every((m) => m.row.querySelector('h5'))).toBe(true);
    expect(read.filter((m) => !m.incoming).map((m) => m.row.querySelector('h5')?.textContent)).toEqual(['You sent', 'You sent']);
  });

  it('reads rows with an h4 as date separators', async () => {
    const { document } = await loadFixture('messenger');
    const dateRow = document.querySelector('[role=row] h4')?.closest('[role=row]');
    expect(dateRow).toBeTruthy();
    expect(messengerAdapter.readRow(dateRow as Element, { thread: 't', maxChars: 100 })).toBeNull();
  });

  it('is a messaging page on messenger.com and on facebook.com/messages only', () => {
    expect(messengerAdapter.isMessagingPage(new URL('https://www.messenger.com/t/123'))).toBe(true);
    expect(messengerAdapter.threadId({} as Document, new URL('https://www.messenger.com/t/123'))).toBe('123');
    expect(messengerAdapter.threadId({} as Document, new URL('https://www.facebook.com/messages/e2ee/t/987'))).toBe('987');
    expect(messengerAdapter.isMessagingPage(new URL('https://www.facebook.com/'))).toBe(false);
  });
});
