import { describe, expect, it } from 'vitest';
import { tiktokAdapter } from '../../src/sites/tiktok';
import { readMessages } from '../../src/sites/read';
import { describeAdapter } from './contract';
import { loadFixture } from './helpers';

const HANDLES: Record<string, string> = { Rafi: 'rafi.k', Dewi: 'dewi_ayu' };

describeAdapter(tiktokAdapter, {
  thread: 'weekend.crew',
  switchedThread: '6281299990000',
  senderName: (name) => HANDLES[name],
  notMessaging: 'https://www.tiktok.com/foryou',
});

describe('tiktokAdapter specifics', () => {
  it('tells the teen’s own messages by their avatar link matching the logged-in profile link', async () => {
    const { document } = await loadFixture('tiktok');
    const own = readMessages(tiktokAdapter, document).filter((m) => !m.incoming);
    expect(own.map((m) => m.row.querySelector('a')?.getAttribute('href'))).toEqual(['/@nadia.draws', '/@nadia.draws']);
  });

  it('reads everything as incoming when the logged-in profile cannot be found (never hides a risky message)', async () => {
    const { document } = await loadFixture('tiktok');
    document.querySelector('[data-e2e=nav-profile]')?.remove();
    expect(readMessages(tiktokAdapter, document).every((m) => m.incoming)).toBe(true);
  });

  it('says a thread showing the stranger box (Delete / Accept) is a message request', async () => {
    const { document, fixture, window } = await loadFixture('tiktok');
    const context = () => tiktokAdapter.threadContext?.(document, new URL(window.location.href));
    expect(context()).toEqual({});
    fixture.switchThread('6281299990000');
    expect(document.querySelector('[data-e2e=message-input-area]')).toBeNull();
    expect(context()).toEqual({ messageRequest: true });
  });
});
