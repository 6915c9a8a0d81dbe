// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readText, rowsWithin, stableHash, subjectOf } from '../../src/sites/dom';

describe('subjectOf', () => {
  it('keeps the last compound of each selector in a list, ignoring commas and spaces inside brackets', () => {
    expect(subjectOf('main li > div > ul > li')).toBe('li');
    expect(subjectOf('[data-testid=DM_timeline] [data-testid=messageEntry]')).toBe('[data-testid=messageEntry]');
    expect(subjectOf(':is([role=log], [aria-live=polite]) > :is([role=row], li), #main div[data-id]')).toBe(':is([role=row], li), div[data-id]');
    expect(subjectOf('[aria-label^="Messages in conversation"] [role=row]')).toBe('[role=row]');
  });
});

describe('rowsWithin', () => {
  it('finds rows in an added wrapper even when the selector names ancestors outside it', () => {
    document.body.innerHTML = '<main><ul id="runs"></ul></main>';
    const run = document.createElement('li');
    run.innerHTML = '<header>Rafi</header><div><ul><li>one</li><li>two</li></ul></div>';
    document.getElementById('runs')?.append(run);
    expect(rowsWithin(run, 'main li > div > ul > li').map((r) => r.textContent)).toEqual(['one', 'two']);
    expect(rowsWithin(run, 'aside li > div > ul > li')).toEqual([]);
  });
});

describe('readText', () => {
  it('skips whole subtrees, keeps emoji from image alt text, collapses space and caps length', () => {
    document.body.innerHTML = '<div id="m"><blockquote>quoted</blockquote><span>hi   there</span><img alt="😀"><div>next line</div><time>10:54</time></div>';
    const message = document.getElementById('m');
    expect(readText(message, 100, 'blockquote, time')).toBe('hi there😀 next line');
    expect(readText(message, 5, 'blockquote, time')).toBe('hi th');
    expect(readText(null, 5)).toBe('');
  });

  it('stops walking once the cap is reached (a huge message costs no more than a short one)', () => {
    // Counted, not timed: every element the walk looks at is counted when its type is read.
    const huge = document.createElement('div');
    let looked = 0;
    for (let i = 0; i < 20_000; i++) {
      const span = document.createElement('span');
      Object.defineProperty(span, 'nodeType', { get: () => (looked += 1, 1) });
      huge.append(span, 'word ');
    }
    looked = 0;
    const text = readText(huge, 50);
    expect(text.length).toBeLessThanOrEqual(50);
    expect(text.length).toBeGreaterThan(40);
    expect(looked).toBeGreaterThan(0);
    expect(looked).toBeLessThan(30);
  });
});

describe('stableHash', () => {
  it('is stable, short and distinguishes its parts', () => {
    expect(stableHash('in', 'hello')).toBe(stableHash('in', 'hello'));
    expect(stableHash('in', 'hello')).not.toBe(stableHash('out', 'hello'));
    expect(stableHash('a', 'bc')).not.toBe(stableHash('ab', 'c'));
    expect(stableHash('in', 'a long message '.repeat(100)).length).toBeLessThan(14);
  });
});

describe('pageWide', () => {
  it('computes a page-wide lookup once for many rows, and again after it ages', async () => {
    const { pageWide } = await import('../../src/sites/dom');
    let calls = 0;
    const compute = (): number => ++calls;
    for (let i = 0; i < 1000; i++) pageWide(document, 'test:key', compute, 60_000);
    expect(calls).toBe(1);
    expect(pageWide(document, 'test:key', compute, 0)).toBe(2);
  });
});
