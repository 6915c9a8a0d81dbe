import { describe, expect, it } from 'vitest';
import { messengerAdapter } from '../../src/sites/messenger';
import { readMessages } from '../../src/sites/read';
import { describeAdapter } from './contract';
import { loadFixture } from './helpers';

// The grid build: MWMessageRow rows, the h5 heading on the first cell of a run only.
describeAdapter(messengerAdapter, {
  thread: '7012345678901234',
  switchedThread: '6281299990000',
  notMessaging: 'https://www.facebook.com/marketplace/',
});

// The log build: role=log, [data-message-id][aria-roledescription=message], Spanish interface.
describeAdapter(messengerAdapter, {
  build: 'log',
  thread: '7012345678900001',
  switchedThread: '6281299990000',
  notMessaging: 'https://www.facebook.com/marketplace/',
});

describe('messengerAdapter specifics', () => {
  it('reads later messages of a run that carry no h5 (regression: "no h5" was taken for a system line)', async () => {
    const { document } = await loadFixture('messenger');
    const read = readMessages(messengerAdapter, document);
    const withoutHeading = read.filter((m) => !m.row.querySelector('h5'));
    expect(withoutHeading.map((m) => m.text)).toEqual(['lol look at this https://example.org/clip', 'send me a pic just for me, dont tell anyone ok']);
    expect(withoutHeading.map((m) => m.sender)).toEqual(['Dewi', 'Rafi']);
  });

  it('inherits "You sent" from the run’s first cell when styles give no alignment', async () => {
    const { document, fixture } = await loadFixture('messenger');
    fixture.addMessage({ text: 'one', incoming: false });
    fixture.addMessage({ text: 'two', incoming: false });
    for (const style of Array.from(document.querySelectorAll('style'))) style.remove();
    const read = readMessages(messengerAdapter, document);
    expect(read.slice(-2).map((m) => m.incoming)).toEqual([false, false]);
  });

  it('reads rows with an h4 / date_break as date separators', async () => {
    const { document } = await loadFixture('messenger');
    const dateRow = document.querySelector('[data-scope="date_break"]')?.closest('[role=row]');
    expect(dateRow).toBeTruthy();
    expect(messengerAdapter.readRow(dateRow as Element, { thread: 't', maxChars: 100 })).toBeNull();
  });

  it('finds the list by data-pagelet or role=log, without the English label', async () => {
    for (const build of [undefined, 'log']) {
      const { document } = await loadFixture('messenger', build);
      for (const labelled of Array.from(document.querySelectorAll('[aria-label^="Messages in conversation"]'))) labelled.removeAttribute('aria-label');
      expect(readMessages(messengerAdapter, document)).toHaveLength(7);
    }
  });

  it('keys the log build’s messages by data-message-id and names the sender from the aria-label in any language', async () => {
    const { document } = await loadFixture('messenger', 'log');
    for (const style of Array.from(document.querySelectorAll('style'))) style.remove();
    const read = readMessages(messengerAdapter, document);
    expect(read.every((m) => m.key.startsWith('mid:mid.$'))).toBe(true);
    expect(read.filter((m) => !m.incoming).map((m) => m.text)).toEqual(['yes! see you at 4', 'why would i do that']);
    expect(read.filter((m) => m.incoming).map((m) => m.sender)).toEqual(['Rafi', 'Dewi', 'Dewi', 'Rafi', 'Rafi']);
  });

  it('says a thread opened under /requests/t/ is a message request, on both hosts, and keeps its thread id', async () => {
    const context = (url: string) => messengerAdapter.threadContext?.({} as Document, new URL(url));
    expect(context('https://www.facebook.com/messages/requests/t/434513510026090/')).toEqual({ messageRequest: true });
    expect(context('https://www.messenger.com/requests/t/434513510026090')).toEqual({ messageRequest: true });
    expect(context('https://www.facebook.com/messages/t/434513510026090/')).toEqual({});
    expect(messengerAdapter.threadId({} as Document, new URL('https://www.facebook.com/messages/requests/t/434513510026090/'))).toBe('434513510026090');
    for (const build of [undefined, 'log']) {
      const { document, fixture, window } = await loadFixture('messenger', build);
      expect(messengerAdapter.threadContext?.(document, new URL(window.location.href))).toEqual({});
      fixture.switchThread('6281299990000');
      expect(messengerAdapter.threadContext?.(document, new URL(window.location.href))).toEqual({ messageRequest: true });
    }
  });

  it('is a messaging page on messenger.com and on facebook.com/messages only', () => {
    expect(messengerAdapter.isMessagingPage(new URL('https://www.messenger.com/t/123'))).toBe(true);
    expect(messengerAdapter.threadId({} as Document, new URL('https://www.messenger.com/t/123'))).toBe('123');
    expect(messengerAdapter.threadId({} as Document, new URL('https://www.facebook.com/messages/e2ee/t/987'))).toBe('987');
    expect(messengerAdapter.isMessagingPage(new URL('https://www.facebook.com/'))).toBe(false);
  });
});
