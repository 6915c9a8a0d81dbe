import { describe, expect, it } from 'vitest';
import { createGenericAdapter } from '../../src/sites/generic';
import { instagramAdapter } from '../../src/sites/instagram';
import { ADAPTERS } from '../../src/sites/registry';
import { readMessages } from '../../src/sites/read';
import { describeAdapter } from './contract';
import { loadFixture, OPENING } from './helpers';

const genericOnInstagram = createGenericAdapter(instagramAdapter);

describeAdapter(genericOnInstagram, {
  thread: '340282366841710300949128179876543210',
  switchedThread: '6281299990000',
  notMessaging: 'https://www.instagram.com/explore/',
});

describe('generic fallback', () => {
  it('is needed: no site adapter reads a message or finds a composer on the redesigned page', async () => {
    const { document } = await loadFixture('generic');
    for (const adapter of Object.values(ADAPTERS)) {
      expect(readMessages(adapter, document), adapter.id).toEqual([]);
      expect(adapter.findComposer(document), adapter.id).toBeNull();
    }
  });

  it('reads Discord’s list through data-list-id and its class-name conventions alone, as if its ids had changed', async () => {
    const { document } = await loadFixture('discord');
    const generic = createGenericAdapter(ADAPTERS.discord);
    expect(readMessages(generic, document).map((m) => m.text)).toEqual(OPENING.map((m) => m.text));
  });

  it('reads the teen’s own messages by alignment, and everything as incoming when nothing tells them apart', async () => {
    const { document } = await loadFixture('generic');
    expect(readMessages(genericOnInstagram, document).filter((m) => !m.incoming)).toHaveLength(2);
    for (const style of Array.from(document.querySelectorAll('style'))) style.remove();
    expect(readMessages(genericOnInstagram, document).every((m) => m.incoming)).toBe(true);
  });

  it('trusts outgoing/incoming class markers that many chat UIs use', async () => {
    const { document } = await loadFixture('generic');
    for (const style of Array.from(document.querySelectorAll('style'))) style.remove();
    const rows = Array.from(document.querySelectorAll('[role=log] > div'));
    for (const row of rows) if (row.classList.contains('_r2')) row.classList.add('message-out');
    expect(readMessages(genericOnInstagram, document).filter((m) => !m.incoming)).toHaveLength(2);
  });
});
