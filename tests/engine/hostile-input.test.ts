/**
 * Hostile input shapes the engine's own property tests
 * (./properties.test.ts) do not cover: their linearity check uses ordinary
 * trigger words. Here a sender crafts text to make the checks slow: one
 * endless token, floods of invisible or combining characters, long runs of
 * one letter (the repeat folder), digits (leetspeak and number words),
 * homoglyph soup, spaced-out letters, Thai with no spaces, URLs and emoji.
 * Each must cost about linear time, and a long conversation must cost about
 * the same per message at its end as at its start.
 */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/engine/index';

const detector = createDetector();

/** Process CPU time, so other work on the machine does not make the test flaky. */
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const fill = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const SHAPES: Record<string, string> = {
  'one endless token': 'a',
  'alternating letters (no repeats to fold)': 'ab',
  'zero-width characters between letters': 's\u200be\u200bn\u200bd\u200b',
  'combining marks piled on letters': 'e\u0301\u0302\u0303\u0304',
  'digits (leetspeak, number words)': '5 3 n d 1 0 0 ',
  'homoglyph soup': 'ѕеոԁ рıс ',
  'spaced-out letters': 's e n d m e a p i c ',
  'Thai with no spaces': 'ส่งรูปมาให้ดูหน่อยนะอย่าบอกใคร',
  'URLs and handles': 'https://t.me/x?y=z wa.me/628123 @snap_me ',
  'emoji and surrogate pairs': '📸😘🔥💸 ',
  'lone surrogates': '\ud83d\ud83d\udcf8\udcf8 ',
  'punctuation runs': '.,!?;:-_/\\|()[]{}<>',
};

describe('engine on hostile input', () => {
  it.each(Object.entries(SHAPES))('%s: 1 MB costs at most ~30x 100 KB, and never throws', (_name, unit) => {
    const time = (n: number): number => {
      const text = fill(unit, n);
      const start = cpuMs();
      detector.scanMessage(text);
      detector.scanOutgoing(text);
      return cpuMs() - start;
    };
    time(10_000); // warm up
    const best = (n: number): number => Math.min(time(n), time(n));
    const t100k = best(100_000);
    const t1m = best(1_000_000);
    console.log(`${_name}: 100 KB ${t100k.toFixed(1)} ms, 1 MB ${t1m.toFixed(1)} ms`);
    expect(t1m / Math.max(t100k, 2)).toBeLessThan(30);
    // An absolute bound too: even hostile text is checked in well under a few seconds per megabyte.
    expect(t1m).toBeLessThan(5000);
  });

  it('a 20,000-message conversation costs about the same per message at the end as at the start', () => {
    const tracker = detector.conversation();
    const lines = ['hey', 'send me a pic', 'dont tell anyone', 'lol ok', 'where do you live', 'add me on snap', 'whats up', 'ur so mature'];
    const batch = (from: number, count: number): number => {
      const start = cpuMs();
      for (let i = from; i < from + count; i += 1) tracker.add({ text: `${lines[i % lines.length]} ${i}`, incoming: i % 3 !== 0, at: i * 1000 });
      return cpuMs() - start;
    };
    const first = batch(0, 2000);
    batch(2000, 16_000);
    const last = batch(18_000, 2000);
    console.log(`conversation: first 2,000 messages ${first.toFixed(1)} ms, last 2,000 ${last.toFixed(1)} ms`);
    expect(last / Math.max(first, 5)).toBeLessThan(5);
  });
});
