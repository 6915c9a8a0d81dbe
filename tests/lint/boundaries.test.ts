// The layering in STYLE.md is enforced by eslint; these tests prove each
// boundary rule really fires (a rule that never fires guards nothing).
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('import boundaries', () => {
  it('forbids webextension-polyfill outside src/platform', async () => {
    expect(await ruleIds("import browser from 'webextension-polyfill';\nexport const b = browser;\n", 'src/content/x.ts')).toContain(
      'no-restricted-imports',
    );
  });

  it('allows webextension-polyfill inside src/platform', async () => {
    expect(await ruleIds("import browser from 'webextension-polyfill';\nexport const b = browser;\n", 'src/platform/x.ts')).not.toContain(
      'no-restricted-imports',
    );
  });

  it('keeps the engine free of platform, DOM and browser globals', async () => {
    expect(await ruleIds("import { platform } from '../platform';\nexport const p = platform;\n", 'src/engine/x.ts')).toContain(
      'no-restricted-imports',
    );
    expect(await ruleIds('export const t = document.title;\n', 'src/engine/x.ts')).toContain('no-restricted-globals');
    expect(await ruleIds('export const t = chrome.runtime;\n', 'src/packs/x.ts')).toContain('no-restricted-globals');
  });

  it('keeps src/shared self-contained', async () => {
    expect(await ruleIds("import { x } from '../engine/x';\nexport const y = x;\n", 'src/shared/y.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { x } from './x';\nexport const y = x;\n", 'src/shared/y.ts')).not.toContain('no-restricted-imports');
  });

  it('keeps site adapters away from the browser API', async () => {
    expect(await ruleIds("import { platform } from '../platform';\nexport const p = platform;\n", 'src/sites/x.ts')).toContain(
      'no-restricted-imports',
    );
  });

  it('forbids assigning HTML anywhere in src', async () => {
    expect(await ruleIds('export function f(el: Element, s: string) { el.innerHTML = s; }\n', 'src/ui/nudge/x.ts')).toContain(
      'no-restricted-syntax',
    );
  });
});
