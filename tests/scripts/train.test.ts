/**
 * `npm run train` is deterministic for a seed: the same seed gives
 * byte-identical model files, another seed gives other ones. Run on a small
 * sample of the corpus (--sample) so it takes seconds, writing to a
 * temporary folder (--out), never over the shipped model.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dirs: string[] = [];
function train(seed: number): { incoming: string; outgoing: string } {
  const out = mkdtempSync(join(tmpdir(), 'second-look-train-'));
  dirs.push(out);
  const run = spawnSync('npx', ['tsx', 'scripts/train.ts', '--quick', '--sample=60', `--out=${out}`], {
    env: { ...process.env, TRAIN_SEED: String(seed) },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  return {
    incoming: readFileSync(join(out, 'incoming.model.ts'), 'utf8'),
    outgoing: readFileSync(join(out, 'outgoing.model.ts'), 'utf8'),
  };
}

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('npm run train', () => {
  it('gives byte-identical models for the same seed and different ones for another seed', () => {
    const a = train(1);
    const b = train(1);
    const c = train(2);
    expect(a.incoming).toBe(b.incoming);
    expect(a.outgoing).toBe(b.outgoing);
    expect(c.incoming).not.toBe(a.incoming);
  }, 240_000);
});
