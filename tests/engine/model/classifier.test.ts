import { describe, expect, it } from 'vitest';
import { decodeInt8, encodeInt8, loadClassifier, type ModelData } from '../../../src/engine/model/classifier';
import { features, featuresOfTokens, hashString } from '../../../src/engine/model/features';
import { INCOMING_MODEL } from '../../../src/engine/model/incoming.model';
import { OUTGOING_MODEL } from '../../../src/engine/model/outgoing.model';
import { tokenize } from '../../../src/engine/tokenize';
import { createDetector } from '../../../src/engine/index';
import { CATEGORIES } from '../../../src/shared/categories';
import { OUTGOING_CATEGORIES } from '../../../src/engine/types';

describe('model tables', () => {
  it('round-trips signed bytes through base64, at every length', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 100, 257]) {
      const bytes = Int8Array.from({ length: n }, (_, i) => ((i * 37) % 255) - 127);
      expect([...decodeInt8(encodeInt8(bytes))]).toEqual([...bytes]);
    }
  });

  it('refuses a table that is not base64 or has the wrong size', () => {
    expect(() => decodeInt8('ab!d')).toThrow(/base64/);
    const broken: ModelData = { ...INCOMING_MODEL, table: encodeInt8(new Int8Array(30)) };
    expect(() => loadClassifier(broken)).toThrow(/table has 30 bytes/);
    expect(() => loadClassifier({ ...INCOMING_MODEL, version: 2 as 1 })).toThrow(/version/);
  });

  it('ships a model per direction with a label, calibration and thresholds for every category', () => {
    expect(INCOMING_MODEL.labels).toEqual(CATEGORIES);
    expect(OUTGOING_MODEL.labels).toEqual(OUTGOING_CATEGORIES);
    for (const m of [INCOMING_MODEL, OUTGOING_MODEL]) {
      expect(m.calibration).toHaveLength(m.labels.length);
      for (const s of ['gentle', 'balanced', 'strict'] as const) {
        expect(m.thresholds[s]).toHaveLength(m.labels.length);
        // Stricter sensitivity never asks for more certainty than a gentler one.
        m.thresholds.strict.forEach((t, l) => expect(t).toBeLessThanOrEqual(m.thresholds.gentle[l]! + 1e-9));
      }
      for (const c of m.calibration) expect(c.a).toBeGreaterThan(0);
    }
  });
});

describe('features', () => {
  it('are the same for the same text and differ for other words', () => {
    expect(features('send me a pic')).toEqual(features('send me a pic'));
    expect(features('send me a pic')).not.toEqual(features('send me a map'));
  });

  it('read Thai runs as character n-grams and long words as a bounded number of n-grams', () => {
    expect(features('ส่งรูปมา').length).toBeGreaterThan(10);
    expect(features('a'.repeat(10_000)).length).toBeLessThan(100);
  });

  it('add extra features by name', () => {
    const base = featuresOfTokens(tokenize('hi there'));
    expect([...base, hashString('rule:threat')]).toContain(hashString('rule:threat'));
  });
});

describe('classifier', () => {
  const model = loadClassifier(INCOMING_MODEL);
  const photo = CATEGORIES.indexOf('photo_request');

  it('gives probabilities between 0 and 1, higher for a clear ask than for small talk', () => {
    const ask = model.predict(tokenize('send me a pic of u in ur room, just for me'));
    const chat = model.predict(tokenize('lol the bus was late again today'));
    for (const p of [...ask, ...chat]) {
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
    expect(ask[photo]!).toBeGreaterThan(0.5);
    expect(chat[photo]!).toBeLessThan(0.2);
  });

  it('is not diluted by filler around an ask in a long message', () => {
    const padded = model.predict(tokenize(`${'ok '.repeat(500)}send me a pic of u in ur room, just for me ${'lol '.repeat(500)}`));
    expect(padded[photo]!).toBeGreaterThan(0.5);
  });

  it('labels what the model is sure of even when no rule fires, through the detector', () => {
    const d = createDetector();
    const text = 'bet u look even better without the hoodie, show me';
    expect(createDetector({ engine: 'rules' }).scanMessage(text).labels).not.toContain('photo_request');
    expect(d.scanMessage(text).labels).toContain('photo_request');
  });
});
