import { describe, expect, it } from 'vitest';
import { discordAdapter } from '../../src/sites/discord';
import { readMessages } from '../../src/sites/read';
import { describeAdapter } from './contract';
import { loadFixture } from './helpers';

describeAdapter(discordAdapter, {
  thread: '@me/1180000000000000001',
  switchedThread: '@me/6281299990000',
  notMessaging: 'https://discord.com/app',
});

describe('discordAdapter specifics', () => {
  it('reads a reply’s own words, not the replied-to message shown above it (which also has a message-content id)', async () => {
    const { document } = await loadFixture('discord');
    const reply = readMessages(discordAdapter, document).at(-1);
    expect(reply?.row.querySelectorAll('[id^="message-content-"]')).toHaveLength(2);
    expect(reply?.text).toBe('why would i do that');
  });

  it('tells the teen’s own messages by comparing the author with the logged-in user panel', async () => {
    const { document } = await loadFixture('discord');
    expect(readMessages(discordAdapter, document).filter((m) => !m.incoming).map((m) => m.text)).toEqual(['yes! see you at 4', 'why would i do that']);
    // Without the panel Discord marks nothing as "mine": everything reads as incoming (the safe side).
    const bare = await loadFixture('discord');
    bare.document.querySelector('section[aria-label="User area"]')?.remove();
    expect(readMessages(discordAdapter, bare.document).every((m) => m.incoming)).toBe(true);
  });

  it('tells the teen by user id from avatar URLs, so a stranger copying the teen’s name is still incoming', async () => {
    const { document, fixture } = await loadFixture('discord');
    fixture.addMessage({ text: 'its me nadia, add me on my other account', incoming: true, sender: 'Nadia' });
    fixture.addMessage({ text: 'and this one too', incoming: true, sender: 'Nadia' });
    const read = readMessages(discordAdapter, document);
    expect(read.slice(-2).map((m) => ({ incoming: m.incoming, sender: m.sender }))).toEqual([
      { incoming: true, sender: 'Nadia' },
      { incoming: true, sender: 'Nadia' },
    ]);
  });

  it('keeps the teen’s own messages outgoing under a per-server nickname (same id, another name)', async () => {
    const { document } = await loadFixture('discord');
    const own = readMessages(discordAdapter, document).find((m) => m.text === 'yes! see you at 4');
    const name = own?.row.querySelector('[id^="message-username-"] [data-text]');
    name?.setAttribute('data-text', 'Nads (art club)');
    if (name) name.textContent = 'Nads (art club)';
    expect(discordAdapter.readRow(own?.row as Element, { thread: 't', maxChars: 200 })?.incoming).toBe(false);
  });

  it('reads a default avatar (no id) as someone other than a teen whose avatar has one, whatever the name', async () => {
    const { document, fixture } = await loadFixture('discord');
    fixture.addMessage({ text: 'hey its nadia', incoming: true, sender: 'Nadia' });
    const last = readMessages(discordAdapter, document).at(-1);
    last?.row.querySelector('img')?.setAttribute('src', 'https://cdn.discordapp.com/embed/avatars/3.png');
    expect(discordAdapter.readRow(last?.row as Element, { thread: 't', maxChars: 200 })?.incoming).toBe(true);
    // Where no avatar is shown at all, the name is all there is.
    last?.row.querySelector('img')?.remove();
    expect(discordAdapter.readRow(last?.row as Element, { thread: 't', maxChars: 200 })?.incoming).toBe(false);
  });

  it('takes a reply’s author from its own message-username id, not the replied-to author shown first (regression)', async () => {
    const { document } = await loadFixture('discord');
    const reply = readMessages(discordAdapter, document).at(-1);
    expect(reply?.row.querySelector('[id^="message-username-"]')?.getAttribute('data-text')).toBe('Rafi');
    expect(reply?.incoming).toBe(false);
  });

  it('reads a forwarded message, whose words are in its accessories (regression: it had no content block, so it was skipped)', async () => {
    const { document, fixture } = await loadFixture('discord');
    fixture.addMessage({ text: 'forwarded: send me a pic, nobody has to know', incoming: true, sender: 'Rafi', forwarded: true });
    const last = readMessages(discordAdapter, document).at(-1);
    expect(last?.text).toBe('forwarded: send me a pic, nobody has to know');
    expect(last?.incoming).toBe(true);
  });

  it('says a server channel is a group, and leaves direct messages unknown', () => {
    expect(discordAdapter.threadContext?.({} as Document, new URL('https://discord.com/channels/123/456'))).toEqual({ group: true });
    expect(discordAdapter.threadContext?.({} as Document, new URL('https://discord.com/channels/@me/456'))).toEqual({});
  });

  it('stays dormant outside /channels/', () => {
    expect(discordAdapter.isMessagingPage(new URL('https://discord.com/'))).toBe(false);
    expect(discordAdapter.isMessagingPage(new URL('https://discord.com/channels/123/456'))).toBe(true);
  });
});
