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
  it('takes the sender from the run’s header, "ME" being the teen', async () => {
    const { document } = await loadFixture('snapchat');
    const read = readMessages(snapchatAdapter, document);
    const pic = read.find((m) => m.text.startsWith('send me a pic'));
    expect(pic?.row.parentElement?.children[0]).not.toBe(pic?.row); // not the first of its run
    expect(pic?.sender).toBe('Rafi');
    expect(read.filter((m) => !m.incoming)).toHaveLength(2);
  });
});
