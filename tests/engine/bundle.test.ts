/**
 * The engine's front door, bundled on its own for Node: a working detector,
 * model included, with no browser, no file read and no network at run time
 * (the model tables come in as modules the bundler includes).
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import type * as Engine from '../../src/engine/index';

describe('src/engine/index.ts bundled on its own', () => {
  it('gives a working detector, model included, in a sandbox without require, fs or fetch', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('../../src/engine/index.ts', import.meta.url))],
      bundle: true,
      format: 'iife',
      globalName: 'engine',
      platform: 'neutral',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    // Only the language's own globals: no require, process, fs, fetch or window.
    const sandbox: Record<string, unknown> = {};
    vm.runInNewContext(`${code}\nthis.engine = engine;`, sandbox);
    const engine = sandbox.engine as typeof Engine;
    const detector = engine.createDetector();
    const result2 = detector.scanMessage('bet u look even better without the hoodie, show me');
    expect(result2.labels).toContain('photo_request');
    expect(result2.probabilities?.photo_request).toBeGreaterThan(0.5);
    expect(detector.scanOutgoing('ok fine ill send u the pic when my mom is asleep').categories).toContain('send_photo');
    const thread = detector.conversation();
    expect(thread.add({ text: 'pay me $200 in gift cards tonight or ur pics go to all ur followers', incoming: true, at: 1 }).level).toBe('urgent');
  }, 60_000);
});
