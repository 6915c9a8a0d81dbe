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
