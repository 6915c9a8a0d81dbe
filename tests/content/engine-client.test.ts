import { describe, expect, it } from 'vitest';
import { backgroundEngine, localEngine } from '../../src/content/engine-client';
import { createDetectionService } from '../../src/background/detection';
import { parseBackgroundMessage, READ_BATCH } from '../../src/background/messages';
import { createDetector } from '../../src/engine/index';
import { detectorOptions } from '../../src/content/options';
import { defaultSettings } from '../../src/shared/settings';

const options = detectorOptions(defaultSettings());

/** The background as the tab sees it: its answer to a message that went through structured cloning and the real parser. */
function throughBackground(): { send(message: unknown): Promise<unknown>; sent: unknown[] } {
  const service = createDetectionService(createDetector);
  const sent: unknown[] = [];
  return {
    sent,
    async send(message) {
      sent.push(message);
      const parsed = parseBackgroundMessage(structuredClone(message));
      if (!parsed || (parsed.type !== 'second-look/read-messages' && parsed.type !== 'second-look/check-draft')) return undefined;
      return structuredClone(service.answer(parsed));
    },
  };
}

describe('engine client', () => {
  it('gets from the background exactly what a detector in the tab would answer', async () => {
    const messages = [
      { text: 'hey cutie how old r u', incoming: true, at: 1000 },
      { text: 'who is this?', incoming: false, at: 2000 },
      { text: 'send me a pic just for me, dont tell your parents', incoming: true, at: 3000 },
    ];
    const remote = await backgroundEngine(throughBackground().send).read(options, messages);
    const local = await localEngine(createDetector).read(options, messages);
    expect(remote).toEqual(local);
    expect(await backgroundEngine(throughBackground().send).checkDraft(options, 'my number is 0812 3456 7890')).toEqual(
      await localEngine(createDetector).checkDraft(options, 'my number is 0812 3456 7890'),
    );
  });

  it('sends a long run in batches, in order, carrying the previous message across each edge', async () => {
    const background = throughBackground();
    const messages = Array.from({ length: READ_BATCH * 2 + 7 }, (_, i) => ({ text: `message number ${i}`, incoming: i % 3 !== 0, at: i * 1000 }));
    const answer = await backgroundEngine(background.send).read(options, messages);
    expect(answer.signals).toHaveLength(messages.length);
    expect(answer.signals.map((s) => s.incoming)).toEqual(messages.map((m) => m.incoming));
    expect(background.sent).toHaveLength(3);
    expect((background.sent[1] as { previous?: { text: string } }).previous?.text).toBe(`message number ${READ_BATCH - 1}`);
  });

  it('warms the background with an empty read, which it accepts and answers', async () => {
    const background = throughBackground();
    await backgroundEngine(background.send).warm(options);
    expect(background.sent).toEqual([{ type: 'second-look/read-messages', options, messages: [] }]);
    expect(parseBackgroundMessage(background.sent[0])).not.toBeNull();
  });

  it('fails loudly when the background does not answer, so the tab can read the messages again', async () => {
    const silent = backgroundEngine(async () => undefined);
    await expect(silent.read(options, [{ text: 'hi', incoming: true }])).rejects.toThrow(/did not read/);
    await expect(silent.checkDraft(options, 'hi')).rejects.toThrow(/did not check/);
  });
});
