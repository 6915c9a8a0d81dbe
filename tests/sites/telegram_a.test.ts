import { describe, expect, it } from 'vitest';
import { telegramAAdapter } from '../../src/sites/telegram_a';
import { readMessages } from '../../src/sites/read';
import { describeAdapter } from './contract';
import { loadFixture } from './helpers';

describeAdapter(telegramAAdapter, { thread: '-1001234567890', switchedThread: '6281299990000' });

describe('telegramAAdapter specifics', () => {
  it('inherits the sender for later messages of a run, which show no name', async () => {
    const { document } = await loadFixture('telegram_a');
    const pic = readMessages(telegramAAdapter, document).find((m) => m.text.startsWith('send me a pic'));
    expect(pic?.row.querySelector('.message-title-name')).toBeNull();
    expect(pic?.sender).toBe('Rafi');
  });

  it('reads a service line (ActionMessage) as no message at all', async () => {
    const { document } = await loadFixture('telegram_a');
    const action = document.querySelector('.ActionMessage');
    expect(action).not.toBeNull();
    expect(telegramAAdapter.readRow(action as Element, { thread: 't', maxChars: 100 })).toBeNull();
  });
});

describe('telegramAAdapter reads only the message’s own words', () => {
  it('leaves out the translation’s loading copy and a fact-check note inside .text-content (telegram-tt Message.tsx)', async () => {
    const { document } = await loadFixture('telegram_a');
    const read = readMessages(telegramAAdapter, document);
    const translating = read.find((m) => m.row.querySelector('.translation-animation'));
    const checked = read.find((m) => m.row.querySelector('.text-content > [class*="peer-color-"]'));
    expect(translating?.text).toBe('did anyone finish the math homework?');
    expect(checked?.text).toBe('lol look at this https://example.org/clip');
  });
});

describe('telegramAAdapter thread context', () => {
  it('says a negative chat id is a group, and a one-to-one chat under the report pane is not a contact', async () => {
    const { document, fixture, window } = await loadFixture('telegram_a');
    const context = () => telegramAAdapter.threadContext?.(document, new URL(window.location.href));
    expect(context()).toEqual({ group: true });
    fixture.switchThread('6281299990000');
    expect(document.querySelector('.ChatReportPane')).not.toBeNull();
    expect(context()).toEqual({ group: false, knownContact: false });
    document.querySelector('.ChatReportPane')?.remove();
    // Without the pane the page says nothing either way: a dismissed pane looks the same as a contact.
    expect(context()).toEqual({ group: false });
  });
});
