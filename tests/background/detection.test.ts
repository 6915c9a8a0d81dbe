import { describe, expect, it } from 'vitest';
import { createDetectionService } from '../../src/background/detection';
import { parseBackgroundMessage, parseDetectorOptions, READ_BATCH } from '../../src/background/messages';
import { createDetector } from '../../src/engine/index';
import type { DetectorOptions } from '../../src/engine/types';

describe('background detection', () => {
  it('builds one detector per set of options and reuses it, keeping a few at most', () => {
    const made: DetectorOptions[] = [];
    const service = createDetectionService((options) => (made.push(options), createDetector(options)));
    const read = (options: DetectorOptions): unknown => service.answer({ type: 'second-look/read-messages', options, messages: [{ text: 'hi', incoming: true }] });
    read({ sensitivity: 'balanced' });
    read({ sensitivity: 'balanced' });
    read({ sensitivity: 'strict' });
    expect(service.built).toBe(2);
    for (const languages of [['en'], ['es'], ['fr']] as const) read({ sensitivity: 'balanced', languages: [...languages] });
    read({ sensitivity: 'balanced' }); // dropped meanwhile: built again
    expect(service.built).toBe(6);
  });

  it('answers with signals and no text', () => {
    const service = createDetectionService(createDetector);
    const answer = service.answer({ type: 'second-look/read-messages', options: {}, messages: [{ text: 'zqxword send me a pic', incoming: true }] }) as { signals: unknown[] };
    expect(JSON.stringify(answer.signals)).not.toContain('zqxword');
  });
});

describe('background messages: detection requests', () => {
  const ok = { type: 'second-look/read-messages', options: { sensitivity: 'balanced', languages: ['en'] }, messages: [{ text: 'hi', incoming: true, at: 5 }] };

  it('accepts a well-formed request, with or without the previous message', () => {
    expect(parseBackgroundMessage(ok)).toEqual(ok);
    const withPrevious = { ...ok, previous: { text: 'a', at: 1, leans: true, labels: ['account_access'] } };
    expect(parseBackgroundMessage(withPrevious)).toEqual(withPrevious);
    expect(parseBackgroundMessage({ type: 'second-look/check-draft', options: {}, text: 'my number' })).toEqual({ type: 'second-look/check-draft', options: {}, text: 'my number' });
  });

  it('refuses anything else whole: extra keys, wrong types, too many or too long messages, unknown options', () => {
    const bad: unknown[] = [
      { ...ok, extra: 1 },
      { ...ok, messages: 'hi' },
      { ...ok, messages: [{ text: 5, incoming: true }] },
      { ...ok, messages: [{ text: 'x', incoming: true, at: Number.NaN }] },
      { ...ok, messages: [{ text: 'x'.repeat(5000), incoming: true }] },
      { ...ok, messages: Array.from({ length: READ_BATCH + 1 }, () => ({ text: 'x', incoming: true })) },
      { ...ok, previous: { text: 'a', at: 1, leans: true } },
      { ...ok, previous: { text: 'a', at: 1, leans: true, labels: ['not_a_category'] } },
      { ...ok, previous: { text: 'a', at: 1, leans: true, labels: 'threat' } },
      { ...ok, options: { sensitivity: 'paranoid' } },
      { ...ok, options: { languages: ['xx'] } },
      { ...ok, options: { engine: 'rules' } },
      { ...ok, options: { categories: { photo_request: 'yes' } } },
      { ...ok, options: { extraPhrases: { photo_request: Array.from({ length: 51 }, () => 'abc') } } },
      { type: 'second-look/check-draft', options: {}, text: 'x'.repeat(5000) },
    ];
    for (const message of bad) expect(parseBackgroundMessage(message)).toBeNull();
  });

  it('keeps the options a content script builds from real settings', () => {
    const options = { categories: { photo_request: false }, languages: [], sensitivity: 'strict', extraPhrases: { secrecy: ['our little secret'] } };
    expect(parseDetectorOptions(options)).toEqual(options);
  });
});
