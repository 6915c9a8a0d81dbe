import { describe, expect, it } from 'vitest';
import { whatsappAdapter } from '../../src/sites/whatsapp';
import { describeAdapter } from './contract';
import { loadFixture } from './helpers';

describeAdapter(whatsappAdapter, { thread: '120363040512345678@g.us', switchedThread: '6281299990000@c.us' });

describe('whatsappAdapter specifics', () => {
  it('keys messages by their data-id, which WhatsApp keeps across re-renders', async () => {
    const { loadFixture } = await import('./helpers');
    const { document } = await loadFixture('whatsapp');
    const { readMessages } = await import('../../src/sites/read');
    const keys = readMessages(whatsappAdapter, document).map((m) => m.key);
    expect(keys.every((k) => /^(true|false)_120363040512345678@g\.us_/.test(k))).toBe(true);
  });
});

describe('whatsappAdapter thread context and sides', () => {
  it('says a @g.us chat is a group and a @c.us chat is one person', async () => {
    const { document, fixture } = await loadFixture('whatsapp');
    expect(whatsappAdapter.threadContext?.(document, new URL('https://web.whatsapp.com/'))).toEqual({ group: true });
    fixture.switchThread('6281299990000');
    expect(whatsappAdapter.threadContext?.(document, new URL('https://web.whatsapp.com/'))).toEqual({ group: false, knownContact: false });
  });

  it('says a one-to-one chat titled with a phone number is not a saved contact, and a named one says nothing', async () => {
    const { document, fixture } = await loadFixture('whatsapp');
    const url = new URL('https://web.whatsapp.com/');
    fixture.switchThread('6281299990000');
    const title = document.querySelector('#main header span[title]');
    expect(title?.getAttribute('title')).toBe('+62 812-9999-0000');
    for (const name of ['Sam', 'Mum ❤️', '2B class 2026']) {
      title?.setAttribute('title', name);
      expect(whatsappAdapter.threadContext?.(document, url)).toEqual({ group: false });
    }
    title?.setAttribute('title', '+1 (415) 555-0134');
    expect(whatsappAdapter.threadContext?.(document, url)).toEqual({ group: false, knownContact: false });
  });

  it('trusts the bubble’s .message-in / .message-out over the data-id prefix', async () => {
    const { document } = await loadFixture('whatsapp');
    const row = document.querySelector('.message-in')?.closest('[data-id]');
    row?.setAttribute('data-id', (row.getAttribute('data-id') ?? '').replace(/^false_/, 'true_'));
    expect(whatsappAdapter.readRow(row as Element, { thread: 't', maxChars: 200 })?.incoming).toBe(true);
  });
});
