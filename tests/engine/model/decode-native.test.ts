/**
 * decodeInt8 takes the built-in Uint8Array.fromBase64 where the browser has one (Chromium,
 * Firefox) and its own loop elsewhere (Node 20): both must give the same bytes and refuse the
 * same text. Node 20 has no built-in, so one is stood in for here (over Buffer) for the test.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeInt8Loop, encodeInt8 } from '../../../src/engine/model/classifier';
import type * as Classifier from '../../../src/engine/model/classifier';
import { INCOMING_MODEL } from '../../../src/engine/model/incoming.model';
import { OUTGOING_MODEL } from '../../../src/engine/model/outgoing.model';

type WithBuiltIn = { fromBase64?: (text: string) => Uint8Array };
const had = (Uint8Array as unknown as WithBuiltIn).fromBase64;

async function withBuiltIn(): Promise<typeof Classifier> {
  if (!had) {
    (Uint8Array as unknown as WithBuiltIn).fromBase64 = (text: string): Uint8Array => {
      // The built-in's rules that matter here: base64 letters only (ASCII whitespace skipped), no padding in the middle.
      if (/[^A-Za-z0-9+/=\t\n\f\r ]/.test(text) || /=[^=]/.test(text) || text.replace(/[\t\n\f\r ]/g, '').length % 4 === 1) throw new SyntaxError('bad base64');
      return new Uint8Array(Buffer.from(text, 'base64'));
    };
  }
  vi.resetModules();
  return import('../../../src/engine/model/classifier');
}

afterEach(() => {
  if (!had) delete (Uint8Array as unknown as WithBuiltIn).fromBase64;
  vi.resetModules();
});

describe('decodeInt8 with the built-in decoder', () => {
  it('gives the bytes the loop gives, at every length and for both shipped models', async () => {
    const { decodeInt8 } = await withBuiltIn();
    for (const n of [0, 1, 2, 3, 4, 5, 100, 257]) {
      const text = encodeInt8(Int8Array.from({ length: n }, (_, i) => ((i * 37) % 255) - 127));
      expect([...decodeInt8(text)]).toEqual([...decodeInt8Loop(text.replace(/=+$/, ''))]);
    }
    for (const model of [INCOMING_MODEL, OUTGOING_MODEL]) {
      const native = decodeInt8(model.table);
      expect(native).toBeInstanceOf(Int8Array);
      expect(Buffer.from(native.buffer, native.byteOffset, native.length).equals(Buffer.from(decodeInt8Loop(model.table.replace(/=+$/, '')).buffer))).toBe(true);
    }
  });

  it('refuses what the loop refuses, whitespace included', async () => {
    const { decodeInt8 } = await withBuiltIn();
    for (const bad of ['ab!d', 'ab d', 'ab\ncd', 'a', 'ab=c']) {
      expect(() => decodeInt8Loop(bad.replace(/=+$/, ''))).toThrow(/base64/);
      expect(() => decodeInt8(bad)).toThrow(/base64/);
    }
  });
});
