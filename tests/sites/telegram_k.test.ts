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
