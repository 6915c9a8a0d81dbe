import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, LANGUAGES, SENSITIVITIES } from '../../src/shared/categories';
import { MANAGED_KEYS, readManagedPolicy } from '../../src/shared/settings';
import { SITE_IDS } from '../../src/shared/sites';

type Schema = {
  type: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: string[];
  pattern?: string;
  title?: string;
  description?: string;
};
const schema = JSON.parse(readFileSync(new URL('../../public/managed-schema.json', import.meta.url), 'utf8')) as Schema;

/** The subset of JSON schema Chrome's managed_schema understands, as Chrome would check a policy. */
function conforms(value: unknown, s: Schema): boolean {
  switch (s.type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string' && (!s.enum || s.enum.includes(value)) && (!s.pattern || new RegExp(s.pattern).test(value));
    case 'array':
      return Array.isArray(value) && value.every((v) => conforms(v, s.items!));
    case 'object':
      return (
        typeof value === 'object' && value !== null && !Array.isArray(value) &&
        Object.entries(value).every(([k, v]) => s.properties?.[k] !== undefined && conforms(v, s.properties[k]!))
      );
    default:
      throw new Error(`type ${s.type} is not in Chrome's subset`);
  }
}

describe('public/managed-schema.json', () => {
  it('covers exactly the settings a policy may set, with the same ids and choices', () => {
    expect(Object.keys(schema.properties!).sort()).toEqual([...MANAGED_KEYS].sort());
    expect(Object.keys(schema.properties!.sites!.properties!)).toEqual(SITE_IDS);
    expect(Object.keys(schema.properties!.categories!.properties!)).toEqual([...CATEGORIES]);
    expect(Object.keys(schema.properties!.extraPhrases!.properties!)).toEqual([...CATEGORIES]);
    expect(schema.properties!.sensitivity!.enum).toEqual([...SENSITIVITIES]);
    expect(schema.properties!.languages!.items!.enum).toEqual([...LANGUAGES]);
    expect(schema.properties!.nudgeLanguage!.enum).toEqual(['', ...LANGUAGES]);
  });

  it('uses only keywords from Chrome\'s policy-schema subset', () => {
    const allowed = new Set(['type', 'properties', 'items', 'enum', 'pattern', 'title', 'description']);
    const walk = (s: Schema): void => {
      for (const k of Object.keys(s)) expect(allowed.has(k), k).toBe(true);
      Object.values(s.properties ?? {}).forEach(walk);
      if (s.items) walk(s.items);
    };
    walk(schema);
  });

  it('agrees with readManagedPolicy on what a valid policy is', () => {
    const valid = [
      { sites: { discord: false }, sensitivity: 'strict' },
      { nudgeLanguage: '', helplineCountry: 'PH', languages: ['tl', 'en'] },
      { extraPhrases: { meetup: ['come to my house'] }, localSummary: true, allowTrust: false },
    ];
    const invalid = [{ sites: { myspace: true } }, { sensitivity: 'max' }, { helplineCountry: 'ph' }, { allowTrust: 'no' }, { pausedUntil: 1 }];
    for (const policy of valid) {
      expect(conforms(policy, schema), JSON.stringify(policy)).toBe(true);
      expect(readManagedPolicy(policy).issues, JSON.stringify(policy)).toEqual([]);
    }
    for (const policy of invalid) {
      expect(conforms(policy, schema), JSON.stringify(policy)).toBe(false);
      expect(readManagedPolicy(policy).issues.length, JSON.stringify(policy)).toBeGreaterThan(0);
    }
  });
});
