import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, LANGUAGES } from '../../src/shared/categories';
import { COMMON_LEXICON, FREQUENT_WORDS, PACKS } from '../../src/packs/index';
import type { Pack } from '../../src/packs/types';
import { createDetectorFromPacks } from '../../src/engine/detector';
import { normalizeTerm } from '../../src/engine/normalize';

const AREA: Record<string, string> = {
  photo: 'photo_request',
  meet: 'meetup',
  offplat: 'off_platform',
  secrecy: 'secrecy',
  gift: 'gift_money',
  info: 'personal_info',
  job: 'job_offer',
  account: 'account_access',
  threat: 'threat',
};
const BUILTIN = new Set(['NUM', 'MONEY', 'HANDLE', 'LINK', 'PHONE']);
const FREQUENT = new Set(FREQUENT_WORDS);

function slotsOf(pattern: string | readonly string[]): string[] {
  return typeof pattern === 'string' ? [pattern] : [...pattern];
}

function classRefs(slotOrTerm: string): string[] {
  return slotOrTerm
    .split('|')
    .filter((a) => a.startsWith('@') && !a.includes(' '))
    .map((a) => a.slice(1));
}

/** Checks one pack against src/packs/FORMAT.md, section 4. Exported shape for reuse by the CLI's self-check. */
function checkPack(pack: Pack): void {
  describe(`pack ${pack.lang}`, () => {
    const detector = createDetectorFromPacks({ packs: [pack], common: COMMON_LEXICON, frequentWords: FREQUENT });

    it('has a known language and well-formed, category-consistent rule ids', () => {
      expect(LANGUAGES).toContain(pack.lang);
      const re = new RegExp(`^${pack.lang}\\.(${Object.keys(AREA).join('|')})\\.[a-z0-9_]+$`);
      for (const rule of pack.rules) {
        expect(rule.id, rule.id).toMatch(re);
        expect(AREA[rule.id.split('.')[1] ?? ''], rule.id).toBe(rule.category);
        expect(CATEGORIES).toContain(rule.category);
      }
    });

    it('has weights in (0, 1] and integer windows in 1..20', () => {
      for (const rule of pack.rules) {
        expect(rule.weight, rule.id).toBeGreaterThan(0);
        expect(rule.weight, rule.id).toBeLessThanOrEqual(1);
        for (const w of [rule.within, rule.unlessWithin]) {
          if (w === undefined) continue;
          expect(Number.isInteger(w) && w >= 1 && w <= 20, `${rule.id} window ${w}`).toBe(true);
        }
      }
    });

    it('uses only classes that exist, none empty, with valid names and terms', () => {
      const names = Object.keys(pack.lexicon);
      for (const name of names) {
        expect(name, `class name ${name}`).toMatch(/^[a-z_]+$/);
        expect(Object.prototype.hasOwnProperty.call(COMMON_LEXICON, name), `${name} shadows a common class`).toBe(false);
        const terms = pack.lexicon[name] ?? [];
        expect(terms.length, `class ${name} is empty`).toBeGreaterThan(0);
        for (const term of terms) {
          if (term.endsWith('*')) expect(term.replace(/\*$/, '').split(' ').pop()?.length ?? 0, `prefix ${term}`).toBeGreaterThanOrEqual(3);
          if (!term.startsWith('@')) expect(normalizeTerm(term.replace(/\*$/, '')).trim().length, `term "${term}" in ${name}`).toBeGreaterThan(0);
        }
      }
      const known = (ref: string): boolean => BUILTIN.has(ref) || names.includes(ref) || ref in COMMON_LEXICON;
      for (const name of names) for (const term of pack.lexicon[name] ?? []) for (const ref of classRefs(term)) expect(known(ref), `@${ref} in class ${name}`).toBe(true);
      for (const rule of pack.rules) {
        for (const pattern of [rule.match, ...(rule.unless ?? [])]) {
          for (const slot of slotsOf(pattern)) {
            expect(slot.trim().length, `${rule.id} has an empty slot`).toBeGreaterThan(0);
            for (const ref of classRefs(slot)) expect(known(ref), `${rule.id} uses @${ref}`).toBe(true);
          }
        }
      }
    });

    it('has unique rule ids', () => {
      const ids = pack.rules.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('uses every class of its lexicon', () => {
      const used = new Set<string>();
      const visit = (name: string): void => {
        if (used.has(name)) return;
        used.add(name);
        for (const term of pack.lexicon[name] ?? []) for (const ref of classRefs(term)) visit(ref);
      };
      for (const rule of pack.rules) for (const pattern of [rule.match, ...(rule.unless ?? [])]) for (const slot of slotsOf(pattern)) for (const ref of classRefs(slot)) visit(ref);
      const unused = Object.keys(pack.lexicon).filter((n) => !used.has(n));
      expect(unused).toEqual([]);
    });

    for (const rule of pack.rules) {
      it(`${rule.id}: every example fires it and no counter-example does`, () => {
        expect(rule.examples.length).toBeGreaterThan(0);
        for (const example of rule.examples) {
          const ids = detector.scanMessage(example).findings.map((f) => f.ruleId);
          expect(ids, `example "${example}"`).toContain(rule.id);
        }
        for (const counter of rule.counterExamples ?? []) {
          const ids = detector.scanMessage(counter).findings.map((f) => f.ruleId);
          expect(ids, `counter-example "${counter}"`).not.toContain(rule.id);
        }
      });
    }
  });
}

describe('registered packs', () => {
  it('has one pack per language at most, and rule ids unique across packs', () => {
    const langs = PACKS.map((p) => p.lang);
    expect(new Set(langs).size).toBe(langs.length);
    const ids = PACKS.flatMap((p) => p.rules.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('each have a test of their own on messages of their language (tests/packs/<lang>.test.ts)', () => {
    const missing = PACKS.map((p) => p.lang).filter((lang) => !existsSync(new URL(`./${lang}.test.ts`, import.meta.url)));
    expect(missing).toEqual([]);
  });
});

for (const pack of PACKS) checkPack(pack);
