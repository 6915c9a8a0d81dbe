import { describe, expect, it } from 'vitest';
import { telegramKAdapter } from '../../src/sites/telegram_k';
import { readMessages } from '../../src/sites/read';
import { describeAdapter } from './contract';
import { loadFixture } from './helpers';

describeAdapter(telegramKAdapter, { thread: '-1001234567890', switchedThread: '6281299990000' });

describe('telegramKAdapter specifics', () => {
  it('reads the send time from data-timestamp (seconds)', async () => {
    const { document } = await loadFixture('telegram_k');
    const [first] = readMessages(telegramKAdapter, document);
    expect(first?.at).toBe(1795769640 * 1000);
  });

  it('skips the hidden duplicate input when finding the composer', async () => {
    const { document } = await loadFixture('telegram_k');
    expect(telegramKAdapter.findComposer(document)?.classList.contains('input-field-input-fake')).toBe(false);
  });
});

describe('telegramKAdapter thread context', () => {
  it('says a negative peer id is a group or channel and a positive one a person', async () => {
    const { document } = await loadFixture('telegram_k');
    expect(telegramKAdapter.threadContext?.(document, new URL('https://web.telegram.org/k/#-1001234567890'))).toEqual({ group: true });
    expect(telegramKAdapter.threadContext?.(document, new URL('https://web.telegram.org/k/#777000'))).toEqual({ group: false });
  });

  it('says a one-to-one chat showing the block / add-contact plate is not a contact (tweb actions.ts)', async () => {
    const { document, fixture, window } = await loadFixture('telegram_k');
    const context = () => telegramKAdapter.threadContext?.(document, new URL(window.location.href));
    fixture.switchThread('6281299990000');
    expect(context()).toEqual({ group: false, knownContact: false });
    // A hidden plate (closed, or a contact's chat) says nothing.
    document.querySelector('.pinned-actions')?.classList.add('hide');
    expect(context()).toEqual({ group: false });
    // The newer build's buttons carry no data-key: the visible plate alone counts.
    const plate = document.querySelector('.pinned-actions');
    plate?.classList.remove('hide');
    for (const button of Array.from(plate?.querySelectorAll('[data-key]') ?? [])) button.removeAttribute('data-key');
    expect(context()).toEqual({ group: false, knownContact: false });
  });

  it('ignores bubbles being animated away in .bubbles-remover', async () => {
    const { document } = await loadFixture('telegram_k');
    const bubble = document.querySelector('.bubble.is-in[data-mid]');
    const remover = document.createElement('div');
    remover.className = 'bubbles-remover';
    bubble?.parentElement?.insertBefore(remover, bubble);
    if (bubble) remover.append(bubble);
    expect(telegramKAdapter.readRow(bubble as Element, { thread: 't', maxChars: 200 })).toBeNull();
  });
});
