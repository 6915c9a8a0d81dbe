// The built extension, as the stores receive it, contains no way to reach the
// network and no URL except helpline/report links and the site match
// patterns (tests/build/url-allowlist.ts). `npm test` builds dist/ before
// this tier; this file builds nothing itself.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFiles, scanBuild } from '../build/scan';
import { CHROME_DIST, ROOT } from './harness';
import { FIREFOX_DIST } from './firefox-harness';

const BUILDS = [
  ['chrome', CHROME_DIST],
  ['firefox', FIREFOX_DIST],
] as const;

/** Files a build may hold that are not text: images only. */
const IMAGES = /\.(png|ico|jpe?g|gif|webp)$/i;

describe.each(BUILDS)('the %s build', (name, dir) => {
  it('exists (run `npm run build` first)', () => {
    expect(existsSync(join(dir, 'manifest.json')), `No ${name} build at ${dir}: run \`npm run build\` (npm test does) before the e2e tier.`).toBe(true);
  });

  it('calls no network API, imports nothing remote and names no URL outside the allowlist', () => {
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No ${name} build at ${dir}: run \`npm run build\` first.`);
    const { files, findings } = scanBuild(dir);
    // The content script and the service worker are the files that matter most: they must have been read.
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const contentScripts: string[] = manifest.content_scripts.flatMap((c: { js: string[] }) => c.js);
    for (const script of contentScripts) expect(files).toContain(script);
    expect(files.some((f) => f.endsWith('.js') && f.includes('assets'))).toBe(true);
    expect(
      findings.map((f) => `${f.file}: ${f.kind} ${f.what}\n    …${f.context}…`),
      'Something in the build could send data off the device (see tests/build/url-allowlist.ts to allow a new helpline link)',
    ).toEqual([]);
  });

  it('holds only text files and images (no wasm or other binaries that the scan cannot read)', () => {
    if (!existsSync(dir)) throw new Error(`No ${name} build at ${dir}`);
    const { files } = scanBuild(dir);
    const other = buildFiles(dir).filter((f) => !files.includes(f) && !IMAGES.test(f));
    expect(other).toEqual([]);
  });

  it('keeps the manifest permissions the source manifest pins (no permission added at build time)', () => {
    const built = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const source = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
    expect(built.permissions).toEqual(source.permissions);
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'externally_connectable', 'web_accessible_resources']) {
      expect(built[key], key).toBeUndefined();
    }
    expect(built.content_security_policy).toEqual(source.content_security_policy);
  });
});
