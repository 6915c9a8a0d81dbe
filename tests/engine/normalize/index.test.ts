import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as normalizer from '../../../src/engine/normalize';
import { NORMALIZE_CHAIN, normalize, originalSpan } from '../../../src/engine/normalize';
import { expectMapSane } from './helpers';

const src = (p: string): string => fileURLToPath(new URL(`../../../src/${p}`, import.meta.url));

/** The step names of FORMAT.md section 1's numbered list, in its order (each item opens with `name`:). */
function documentedOrder(): { number: number; name: string }[] {
  const text = readFileSync(src('packs/FORMAT.md'), 'utf8');
  const start = text.indexOf('## 1.');
  const end = text.indexOf('\n## 2.', start);
  expect(start, 'FORMAT.md has a section 1').toBeGreaterThanOrEqual(0);
  return [...text.slice(start, end).matchAll(/^(\d+)\. `(\w+)`/gm)].map((m) => ({ number: Number(m[1]), name: m[2] ?? '' }));
}

describe('normalize (the whole chain)', () => {
  it('maps a finding on the normalised text back to the original characters', () => {
    const original = 'Hey ЅЕΝD me a p\u200Bic!!';
    const m = normalize(original);
    expect(m.text).toBe('hey send me a pic!!');
    expectMapSane(original, m);
    const start = m.text.indexOf('pic');
    const span = originalSpan(m, start, start + 3);
    expect(original.slice(span.start, span.end)).toBe('p\u200Bic');
  });

  it('runs the steps in NORMALIZE_CHAIN order: split letters are joined before leetspeak is read', () => {
    const isWord = (w: string): boolean => normalizer.foldLeetspeak(normalizer.identityMapped(w)).text === 'send';
    expect(normalize('s 3 n d it', { isWord }).text).toBe('send it');
  });

  it('runs every exported step once, each by the name of its function', () => {
    const names = NORMALIZE_CHAIN.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(typeof (normalizer as Record<string, unknown>)[name], name).toBe('function');
  });

  it('skips only steps that return ASCII text as it is (normalize skips them on ASCII text)', () => {
    const ascii = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)).join('');
    for (const text of [ascii, 'Send ME a PIC s n a p t[.]me/x 0812 zero one two piiic']) {
      const input = normalizer.identityMapped(text);
      for (const step of NORMALIZE_CHAIN.filter((s) => s.leavesAscii)) expect(step.run(input, {}), step.name).toBe(input);
    }
  });
});

describe('the order of the chain is written once', () => {
  it('FORMAT.md section 1 lists the steps in the order the code runs them', () => {
    const documented = documentedOrder();
    expect(documented.map((d) => d.number)).toEqual(documented.map((_, k) => k + 1));
    expect(documented.map((d) => d.name)).toEqual(NORMALIZE_CHAIN.map((s) => s.name));
  });

  it("each step's doc comment gives its place in the chain (\"Chain step N\")", () => {
    const dir = src('engine/normalize');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    NORMALIZE_CHAIN.forEach((step, k) => {
      const file = files.find((f) => new RegExp(`export function ${step.name}\\(`).test(readFileSync(`${dir}/${f}`, 'utf8')));
      expect(file, `the file that exports ${step.name}`).toBeDefined();
      const steps = [...readFileSync(`${dir}/${file}`, 'utf8').matchAll(/Chain step (\d+)/g)].map((m) => Number(m[1]));
      expect(steps, `${file}`).toEqual([k + 1]);
    });
  });
});
