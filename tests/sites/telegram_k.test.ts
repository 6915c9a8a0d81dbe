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
