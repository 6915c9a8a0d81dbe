/**
 * Every locale has every English key with the same placeholders, and every
 * English key tells translators what it is for.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LOCALE_DIRS } from '../src/ui/nudge/i18n';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const root = fileURLToPath(new URL('../public/_locales/', import.meta.url));
const read = (dir: string): Record<string, Entry> => JSON.parse(readFileSync(`${root}${dir}/messages.json`, 'utf8'));
const english = read('en');
const dirs = Object.values(LOCALE_DIRS);

/** Placeholder names a message uses ($NAME$), lower-cased as the browser matches them. */
const used = (message: string): string[] => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
const declared = (entry: Entry): string[] => Object.keys(entry.placeholders ?? {}).map((k) => k.toLowerCase()).sort();

describe('locales', () => {
  it('ship exactly the eight languages', () => {
    expect(readdirSync(root).sort()).toEqual([...dirs].sort());
  });

  it('every English key has a description', () => {
    for (const [key, entry] of Object.entries(english)) {
      expect(entry.description?.trim(), key).toBeTruthy();
    }
  });

  it('every English message uses exactly the placeholders it declares', () => {
    for (const [key, entry] of Object.entries(english)) {
      expect(used(entry.message), key).toEqual(declared(entry));
    }
  });

  for (const dir of dirs.filter((d) => d !== 'en')) {
    describe(dir, () => {
      const locale = read(dir);

      it('has every English key, and no key English lacks', () => {
        expect(Object.keys(locale).filter((k) => !(k in english)), 'extra keys').toEqual([]);
        expect(Object.keys(english).filter((k) => !(k in locale)), 'missing keys').toEqual([]);
      });

      it('keeps the same placeholders, pointing at the same substitutions', () => {
        for (const [key, entry] of Object.entries(locale)) {
          const source = english[key];
          if (!source) continue;
          expect(declared(entry), key).toEqual(declared(source));
          expect(used(entry.message), key).toEqual(used(source.message));
          for (const name of Object.keys(source.placeholders ?? {})) {
            const mine = Object.entries(entry.placeholders ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase());
            expect(mine?.[1].content, `${key} ${name}`).toBe(source.placeholders![name]!.content);
          }
        }
      });

      it('has no empty message', () => {
        for (const [key, entry] of Object.entries(locale)) expect(entry.message.trim(), key).not.toBe('');
      });
    });
  }
});
