import { describe, expect, it } from 'vitest';
import { whatsappAdapter } from '../../src/sites/whatsapp';
import { describeAdapter } from './contract';

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
