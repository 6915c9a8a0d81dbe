import { describe, expect, it } from 'vitest';
import { instagramAdapter } from '../../src/sites/instagram';
import { readMessages } from '../../src/sites/read';
import { describeAdapter } from './contract';
import { loadFixture } from './helpers';

// The current build ([role=group] messages, [role=presentation] bubbles), Spanish interface.
describeAdapter(instagramAdapter, {
  thread: '340282366841710300949128171234567890',
  switchedThread: '6281299990000',
  notMessaging: 'https://www.instagram.com/explore/',
});

// The older build ([role=row] rows, the bubble a "Double tap to like" button), English interface.
describeAdapter(instagramAdapter, {
  build: 'legacy',
  thread: '340282366841710300949128170000000001',
  switchedThread: '6281299990000',
  notMessaging: 'https://www.instagram.com/explore/',
});

describe('instagramAdapter specifics', () => {
  it('reads the words inside a bubble that is itself a button (regression: the older build read nothing)', async () => {
    const { document } = await loadFixture('instagram', 'legacy');
    const bubbles = Array.from(document.querySelectorAll('[role=button][aria-label="Double tap to like"]'));
    expect(bubbles.length).toBeGreaterThan(0);
    expect(readMessages(instagramAdapter, document)).toHaveLength(7);
  });

  it('finds the list by its data-pagelet when no English label is on the page', async () => {
    const { document } = await loadFixture('instagram');
    expect(document.querySelector('[aria-label^="Messages in conversation"]')).toBeNull();
    expect(readMessages(instagramAdapter, document).map((m) => m.incoming)).toEqual([true, false, true, true, true, true, false]);
  });

  it('tells the teen’s own rows by the hidden "You sent" / "You replied to" heading alone, when styles give no alignment', async () => {
    const { document } = await loadFixture('instagram', 'legacy');
    for (const style of Array.from(document.querySelectorAll('style'))) style.remove();
    const own = readMessages(instagramAdapter, document).filter((m) => !m.incoming);
    expect(own.map((m) => m.text)).toEqual(['yes! see you at 4', 'why would i do that']);
  });

  it('keeps the other person’s messages incoming by their profile link, even drawn on the teen’s side (current build)', async () => {
    const { document } = await loadFixture('instagram');
    const everythingEnd = document.createElement('style');
    everythingEnd.textContent = '.x1cy8zhl { align-items: flex-end; }';
    document.head.append(everythingEnd);
    const read = readMessages(instagramAdapter, document);
    expect(read.filter((m) => m.incoming)).toHaveLength(5);
  });

  it('tells the teen’s own rows by alignment alone, when the heading is missing or in another language', async () => {
    const { document } = await loadFixture('instagram', 'legacy');
    for (const label of Array.from(document.querySelectorAll('[role=row] h6'))) label.textContent = 'Kamu mengirim';
    const own = readMessages(instagramAdapter, document).filter((m) => !m.incoming);
    expect(own.map((m) => m.text)).toEqual(['yes! see you at 4', 'why would i do that']);
  });

  it('keeps a plain link inside the message but not the link card under it', async () => {
    for (const build of [undefined, 'legacy']) {
      const { document } = await loadFixture('instagram', build);
      const withLink = readMessages(instagramAdapter, document).find((m) => m.text.includes('https://'));
      expect(withLink?.text).toBe('lol look at this https://example.org/clip');
    }
  });

  it('never takes a "replied to" label for the sender’s name', async () => {
    const { document, fixture } = await loadFixture('instagram');
    fixture.addMessage({ text: 'hello again', incoming: true, sender: 'Dewi' });
    const read = readMessages(instagramAdapter, document);
    expect(read.map((m) => m.sender ?? '').some((s) => /replied|respond/i.test(s))).toBe(false);
  });

  it('names the other person of a one-to-one chat from the list’s label (older build)', async () => {
    const { document, fixture } = await loadFixture('instagram', 'legacy');
    fixture.switchThread('6281299990000');
    expect(readMessages(instagramAdapter, document)[0]?.sender).toBe('Sam');
  });
});
