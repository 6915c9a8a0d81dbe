import { describe, expect, it } from 'vitest';
import { instagramAdapter } from '../../src/sites/instagram';
import { readMessages } from '../../src/sites/read';
import { describeAdapter } from './contract';
import { loadFixture } from './helpers';

describeAdapter(instagramAdapter, {
  thread: '340282366841710300949128171234567890',
  switchedThread: '6281299990000',
  notMessaging: 'https://www.instagram.com/explore/',
});

describe('instagramAdapter specifics', () => {
  it('tells the teen’s own rows by the hidden "You sent" heading alone, when styles give no alignment', async () => {
    const { document } = await loadFixture('instagram');
    for (const style of Array.from(document.querySelectorAll('style'))) style.remove();
    const own = readMessages(instagramAdapter, document).filter((m) => !m.incoming);
    expect(own.map((m) => m.text)).toEqual(['yes! see you at 4', 'why would i do that']);
  });

  it('tells the teen’s own rows by alignment alone, when the heading is missing or in another language', async () => {
    const { document } = await loadFixture('instagram');
    for (const label of Array.from(document.querySelectorAll('[role=row] h6'))) label.textContent = 'Kamu mengirim';
    const own = readMessages(instagramAdapter, document).filter((m) => !m.incoming);
    expect(own.map((m) => m.text)).toEqual(['yes! see you at 4', 'why would i do that']);
  });

  it('keeps a plain link inside the message but not the link card under it', async () => {
    const { document } = await loadFixture('instagram');
    const withLink = readMessages(instagramAdapter, document).find((m) => m.text.includes('https://'));
    expect(withLink?.text).toBe('lol look at this https://example.org/clip');
  });

  it('names the other person of a one-to-one chat from the list’s label', async () => {
    const { document, fixture } = await loadFixture('instagram');
    fixture.switchThread('6281299990000');
    expect(readMessages(instagramAdapter, document)[0]?.sender).toBe('Sam');
  });
});
