/**
 * `npm run demo`: builds, then opens Chromium with Second Look loaded on the
 * practice chat, where a stranger's messages arrive one by one.
 *
 * With a display it opens a window and waits until you close it. Without one
 * (no DISPLAY, or `--headless`) it plays the chat headless, writes
 * screenshots to demo-output/ and prints their paths.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { chromiumPath, OFFLINE_FLAGS, ROOT, CHROME_DIST } from '../tests/e2e/harness';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outDir = join(ROOT, 'demo-output');
const language = process.argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length) ?? 'en';

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('node', ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const profile = mkdtempSync(join(tmpdir(), 'second-look-demo-'));
mkdirSync(outDir, { recursive: true });
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath(),
  headless,
  args: [...OFFLINE_FLAGS, `--disable-extensions-except=${CHROME_DIST}`, `--load-extension=${CHROME_DIST}`],
  viewport: { width: 1100, height: 820 },
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const practice = `chrome-extension://${extensionId}/src/ui/practice/index.html?autoplay=1&lang=${language}`;

const page = context.pages()[0] ?? (await context.newPage());
await page.goto(practice);
console.log(`Second Look ${extensionId} loaded; practice chat: ${practice}`);

if (!headless) {
  console.log('Close the browser window to end the demo.');
  await new Promise<void>((done) => context.on('close', () => done()));
  process.exit(0);
}

const shots: string[] = [];
const shoot = async (name: string, target = page): Promise<void> => {
  const path = join(outDir, `${name}.png`);
  await target.screenshot({ path });
  shots.push(path);
};

// The practice chat plays itself; capture it as it goes.
for (const [i, wait] of [1500, 4000, 4000, 5000, 6000].entries()) {
  await page.waitForTimeout(wait);
  await shoot(`practice-${i + 1}`);
}

for (const [name, path] of [
  ['popup', 'src/ui/popup/index.html'],
  ['options', 'src/ui/options/index.html'],
] as const) {
  const tab = await context.newPage();
  if (name === 'popup') await tab.setViewportSize({ width: 380, height: 560 });
  await tab.goto(`chrome-extension://${extensionId}/${path}`);
  await tab.waitForTimeout(800);
  await shoot(name, tab);
  await tab.close();
}

await context.close();
console.log('Screenshots:');
for (const s of shots) console.log(`  ${s}`);
