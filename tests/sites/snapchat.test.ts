import { describe, expect, it } from 'vitest';
import { snapchatAdapter } from '../../src/sites/snapchat';
import { readMessages } from '../../src/sites/read';
import { describeAdapter } from './contract';
import { loadFixture } from './helpers';

describeAdapter(snapchatAdapter, {
  thread: '9b5cf2a4-1c53-4d1e-8f61-2a9c3f0e7d21',
  switchedThread: '6281299990000-aaaa-4bbb-8ccc-dddddddddddd',
  notMessaging: 'https://www.snapchat.com/add/someone',
});

describe('snapchatAdapter specifics', () => {
  it('takes the sender from the run’s header, "Me" being the teen', async () => {
    const { document } = await loadFixture('snapchat');
    const read = readMessages(snapchatAdapter, document);
    const pic = read.find((m) => m.text.startsWith('send me a pic'));
    expect(pic?.row.querySelector('header')).toBeNull(); // not the first of its run: the header is the run's
    expect(pic?.sender).toBe('Rafi');
    expect(read.filter((m) => !m.incoming)).toHaveLength(2);
    for (const own of read.filter((m) => !m.incoming)) expect(own.row.closest('li')?.querySelector('header .nonIntl')?.textContent).toBe('Me');
  });

  it('skips the lists of earlier conversations Snapchat keeps in the DOM, hidden', async () => {
    const { document, fixture } = await loadFixture('snapchat');
    expect(document.querySelectorAll('ul.ujRzj')).toHaveLength(2);
    expect(readMessages(snapchatAdapter, document).map((m) => m.text)).not.toContain('an older chat, kept in the DOM while hidden');
    fixture.switchThread('6281299990000');
    await Promise.resolve(); // the page switches in its own task, as a browser runs it
    // The conversation just left is hidden too, and none of its messages are read as the new one's.
    expect(readMessages(snapchatAdapter, document).map((m) => m.text)).toEqual(['hi! is this the art club chat?', 'yes welcome :)']);
  });

  it('is not fooled by a stranger called "Me" only in another language’s word', async () => {
    const { document, fixture } = await loadFixture('snapchat');
    fixture.addMessage({ text: 'hola', incoming: true, sender: 'Yo' });
    expect(readMessages(snapchatAdapter, document).at(-1)).toMatchObject({ incoming: true, sender: 'Yo' });
  });
});
