import { describe, expect, it } from 'vitest';
import { COMMON_LEXICON, LANGUAGE_PACKS, PACKS, TEMPLATES } from '../../src/packs/index';
import { expandPack } from '../../src/packs/expand';
import type { Pattern } from '../../src/packs/types';

// Templates are written once and filled in by every language that uses them
// (src/packs/FORMAT.md, "Templates"): a class a template names must exist in
// each of those languages, or that language's rule would not compile.
const BUILTIN = new Set(['NUM', 'MONEY', 'HANDLE', 'LINK', 'PHONE']);
const DEFAULT_WITHIN = 6;
const DEFAULT_UNLESS_WITHIN = 8;

function classRefs(pattern: Pattern): string[] {
  return (typeof pattern === 'string' ? [pattern] : [...pattern]).flatMap((slot) =>
    slot
      .split('|')
      .filter((a) => a.startsWith('@') && !a.includes(' '))
      .map((a) => a.slice(1)),
  );
}

const users = (name: string) => LANGUAGE_PACKS.filter((language) => Object.prototype.hasOwnProperty.call(language.uses, name));

describe('rule templates', () => {
  it('are each used by two languages or more (a rule of one language is that language\'s own rule)', () => {
    for (const name of Object.keys(TEMPLATES)) expect(users(name).length, name).toBeGreaterThanOrEqual(2);
  });

  it('have names <area>.<name> and are only used by name', () => {
    for (const name of Object.keys(TEMPLATES)) expect(name).toMatch(/^(photo|meet|offplat|secrecy|gift|info|job|account|threat)\.[a-z0-9_]+$/);
    for (const language of LANGUAGE_PACKS) for (const name of Object.keys(language.uses)) expect(TEMPLATES, `${language.lang} uses ${name}`).toHaveProperty([name]);
  });

  for (const [name, template] of Object.entries(TEMPLATES)) {
    it(`${name}: every class it names exists in every language that uses it`, () => {
      const refs = [...new Set([template.match, ...(template.unless ?? [])].flatMap(classRefs))];
      for (const language of users(name)) {
        const missing = refs.filter((ref) => !BUILTIN.has(ref) && !(ref in COMMON_LEXICON) && !Object.prototype.hasOwnProperty.call(language.lexicon, ref));
        expect(missing, `${language.lang} lacks classes for ${name}`).toEqual([]);
      }
    });
  }

  it('are tuned by a language only where the value differs from the template (no tuning that does nothing)', () => {
    for (const language of LANGUAGE_PACKS) {
      for (const [name, use] of Object.entries(language.uses)) {
        const template = TEMPLATES[name]!;
        const where = `${language.lang} ${name}`;
        if (use.weight !== undefined) expect(use.weight, where).not.toBe(template.weight);
        if (use.within !== undefined) expect(use.within, where).not.toBe(template.within ?? DEFAULT_WITHIN);
        if (use.unlessWithin !== undefined) expect(use.unlessWithin, where).not.toBe(template.unlessWithin ?? DEFAULT_UNLESS_WITHIN);
        if (use.extraUnless !== undefined) expect(use.extraUnless.length, where).toBeGreaterThan(0);
      }
    }
  });

  it('expand to rules <lang>.<template name> with the template\'s slots and the language\'s sentences', () => {
    for (const language of LANGUAGE_PACKS) {
      const pack = PACKS.find((p) => p.lang === language.lang)!;
      expect(pack).toEqual(expandPack(language));
      for (const [name, use] of Object.entries(language.uses)) {
        const rule = pack.rules.find((r) => r.id === `${language.lang}.${name}`);
        expect(rule, `${language.lang}.${name}`).toBeDefined();
        expect(rule!.match).toEqual(TEMPLATES[name]!.match);
        expect(rule!.category).toBe(TEMPLATES[name]!.category);
        expect(rule!.examples).toEqual(use.examples);
        expect(rule!.unless ?? []).toEqual([...(TEMPLATES[name]!.unless ?? []), ...(use.extraUnless ?? [])]);
      }
    }
  });

  it('refuse a template name that does not exist', () => {
    const language = { ...LANGUAGE_PACKS[0], uses: { 'photo.no_such_template': { examples: ['x'] } } };
    expect(() => expandPack(language)).toThrow(/unknown template photo\.no_such_template/);
  });
});
