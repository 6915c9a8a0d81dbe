/** Every locale key the nudge and practice code asks for exists in English (and so, by the locale test, everywhere). */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import en from '../../../public/_locales/en/messages.json';
import { CATEGORIES, LEVELS, PATTERN_FINDINGS } from '../../../src/shared/categories';
import { OUTGOING_KINDS } from '../../../src/ui/nudge/Nudge';

const keys = new Set(Object.keys(en));

function sourceFiles(dir: string): string[] {
  const root = fileURLToPath(new URL(`../../../src/ui/${dir}/`, import.meta.url));
  return readdirSync(root)
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => readFileSync(root + f, 'utf8'));
}

describe('locale keys used by the code', () => {
  it('literal keys in t(...) calls exist', () => {
    const used = new Set<string>();
    for (const text of ['nudge', 'practice', 'options', 'popup', 'setup'].flatMap(sourceFiles)) {
      for (const m of text.matchAll(/\bt\(\s*'([A-Za-z_]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/\btranslate\(\s*'([a-z_]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((k) => !keys.has(k))).toEqual([]);
  });

  it('keys built from categories, levels, outgoing kinds and reasons exist', () => {
    const built = [
      ...[...CATEGORIES, ...PATTERN_FINDINGS].flatMap((c) => [`nudge_noticed_${c}`, `nudge_why_${c}`, `nudge_reason_${c}`]),
      ...LEVELS.filter((l) => l !== 'none').map((l) => `nudge_title_${l}`),
      ...[...OUTGOING_KINDS, 'other'].map((k) => `nudge_outgoing_${k}`),
      ...['combination', 'repeated_after_no', 'escalation'].map((r) => `nudge_reason_${r}`),
      'nudge_report_confidential',
      'nudge_report_block_silent',
      ...['threat', 'account', 'photo', 'pattern'].map((k) => `nudge_now_${k}`),
    ];
    expect(built.filter((k) => !keys.has(k))).toEqual([]);
  });
});

describe('the urgent card\'s first line', () => {
  // Thai is written without spaces between words, so words cannot be counted there.
  const spaced = readdirSync(fileURLToPath(new URL('../../../public/_locales/', import.meta.url))).filter((d) => d !== 'th');
  it('is at most 25 words in every locale written with spaces', () => {
    for (const dir of spaced) {
      const messages = JSON.parse(readFileSync(fileURLToPath(new URL(`../../../public/_locales/${dir}/messages.json`, import.meta.url)), 'utf8'));
      for (const key of ['threat', 'account', 'photo', 'pattern'].map((k) => `nudge_now_${k}`)) {
        const words = (messages[key].message as string).split(/\s+/).filter(Boolean).length;
        expect(words, `${dir} ${key}`).toBeLessThanOrEqual(25);
      }
    }
  });
});
