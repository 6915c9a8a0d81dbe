import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/engine/index';
import { createSignalTracker } from '../../src/engine/conversation';
import type { ConversationMessage, PreviousIncoming } from '../../src/engine/types';

const detector = createDetector();
const MIN = 60_000;

/** Threads of our own: ordinary chat, a slow grooming run with a refusal, a code scam split over two messages. */
const THREADS: ConversationMessage[][] = [
  [
    { text: 'are you coming to practice tomorrow?', incoming: true },
    { text: 'yes see you at 5', incoming: false },
    { text: 'bring the ball pls', incoming: true },
  ],
  [
    { text: 'hey who is this?', incoming: false },
    { text: 'you look so mature for your age', incoming: true },
    { text: 'send me a pic just for me', incoming: true },
    { text: 'no', incoming: false },
    { text: 'come on just one, nobody will know', incoming: true },
    { text: 'lets talk on telegram instead, dont tell your mom', incoming: true },
    { text: 'where do you live? are you home alone tonight', incoming: true },
  ],
  [
    { text: 'hey did u just get a text with some numbers? my bad wrong number', incoming: true },
    { text: 'can you type it here for me quick', incoming: true },
    { text: 'what code?', incoming: false },
  ],
];

/** Feeds a thread through detector.read in chunks (as the background answers the tab) and a signal tracker. */
function bySignals(thread: ConversationMessage[], chunk: number): string[] {
  const tracker = createSignalTracker(detector.threshold);
  let previous: PreviousIncoming | undefined;
  const levels: string[] = [];
  for (let i = 0; i < thread.length; i += chunk) {
    const part = thread.slice(i, i + chunk);
    const read = detector.read(part, previous);
    previous = read.previous;
    read.signals.forEach((signals, j) => levels.push(JSON.stringify(tracker.add({ signals, at: part[j]!.at }))));
  }
  return levels;
}

describe('signal tracker (detection apart from the tracker)', () => {
  it('gives the same verdicts as a tracker that reads text itself, whatever the batch size', () => {
    for (const raw of THREADS) {
      const thread = raw.map((m, i) => ({ ...m, at: 1_700_000_000_000 + i * 2 * MIN }));
      const direct = detector.conversation();
      const expected = thread.map((m) => JSON.stringify(direct.add(m)));
      for (const chunk of [1, 2, thread.length]) expect(bySignals(thread, chunk)).toEqual(expected);
    }
  });

  it('reaches a warning or more on the grooming run, and stays at none on ordinary chat', () => {
    const at = (i: number): number => 1_700_000_000_000 + i * MIN;
    const grooming = bySignals(THREADS[1]!.map((m, i) => ({ ...m, at: at(i) })), 3).map((v) => JSON.parse(v).level);
    const ordinary = bySignals(THREADS[0]!.map((m, i) => ({ ...m, at: at(i) })), 3).map((v) => JSON.parse(v).level);
    expect(['warn', 'urgent']).toContain(grooming.at(-1));
    expect(ordinary).toEqual(['none', 'none', 'none']);
  });

  it('keeps no text in the signals, only in the previous message handed back to the caller', () => {
    const read = detector.read([{ text: 'secretword123 send me a pic', incoming: true, at: 1 }]);
    expect(JSON.stringify(read.signals)).not.toContain('secretword123');
    expect(read.previous?.text).toContain('secretword123');
  });

  it('reads a move split over two messages only when they are close in time', () => {
    const first = detector.read([{ text: THREADS[2]![0]!.text, incoming: true, at: 0 }]);
    const near = detector.read([{ text: THREADS[2]![1]!.text, incoming: true, at: 5 * MIN }], first.previous);
    const far = detector.read([{ text: THREADS[2]![1]!.text, incoming: true, at: 45 * MIN }], first.previous);
    const labels = (r: typeof near): string[] => (r.signals[0]!.incoming ? r.signals[0]!.labels : []);
    expect(labels(near)).toContain('account_access');
    expect(labels(far).includes('account_access')).toBe(labels(detector.read([{ text: THREADS[2]![1]!.text, incoming: true }])).includes('account_access'));
  });

  it('never makes a warning against sending a code urgent on its own, however sure the code talk is', () => {
    const codeTalk = { incoming: true as const, labels: ['account_access' as const], probabilities: { account_access: 0.99 }, ruleIds: { account_access: ['en.account.x'] }, leans: false };
    expect(createSignalTracker(detector.threshold).add({ signals: codeTalk, at: 0 }).level).toBe('urgent');
    expect(createSignalTracker(detector.threshold).add({ signals: { ...codeTalk, warns: true }, at: 0 }).level).toBe('notice');
  });

  it('marks warnings against sending, paying or clicking, in the languages of the packs', () => {
    const warns = (text: string): boolean | undefined => (detector.read([{ text, incoming: true, at: 0 }]).signals[0] as { warns?: boolean }).warns;
    for (const text of ["DONT send it, it's a scam", 'jangan kasih kodenya ke siapa2', 'ne donne jamais ton code', 'não passe o código, é golpe', 'wag mong ibigay yung code', 'อย่าส่งโค้ดให้ใครนะ']) expect(warns(text), text).toBe(true);
    for (const text of ['send me the code now', "don't tell your mom about us", 'kirim kodenya ke aku ya']) expect(warns(text), text).toBeUndefined();
  });

  it('counts a model-only move toward fast escalation only when the model is sure of it', () => {
    const ruled = (category: 'off_platform' | 'secrecy' | 'job_offer') => ({ incoming: true as const, labels: [category], probabilities: { [category]: 0.8 }, ruleIds: { [category]: [`en.x.${category}`] }, leans: false });
    const escalation = (giftP: number): string => {
      const tracker = createSignalTracker(detector.threshold);
      tracker.add({ signals: ruled('off_platform'), at: 0 });
      tracker.add({ signals: ruled('secrecy'), at: 5 * MIN });
      tracker.add({ signals: ruled('job_offer'), at: 10 * MIN });
      // A fourth family within the hour, from the model alone: a guess at CLEAR, or sure.
      return tracker.add({ signals: { incoming: true, labels: ['gift_money'], probabilities: { gift_money: giftP }, ruleIds: {}, leans: false }, at: 15 * MIN }).level;
    };
    expect(escalation(0.8)).toBe('warn');
    expect(escalation(0.97)).toBe('urgent');
  });

  it('survives junk signals without throwing', () => {
    const tracker = createSignalTracker(detector.threshold);
    expect(tracker.add({ signals: undefined as never }).level).toBe('none');
    expect(tracker.add({ signals: { incoming: true, labels: [], ruleIds: {}, leans: false }, at: Number.NaN }).level).toBe('none');
  });
});
