// `npm test`: every tier, in order, and a summary. Fails if any tier fails.
//   typecheck -> lint -> unit (vitest) -> build -> web-ext lint (Firefox) -> e2e (real Chromium)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const browsers = [
  [process.env.CHROME_PATH ?? '/usr/bin/chromium', 'chromium', 'CHROME_PATH'],
  [process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', 'firefox-esr', 'FIREFOX_PATH'],
];
const tiers = [
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.']],
  ['unit', 'npx', ['vitest', 'run']],
  ['build', 'node', ['scripts/build.mjs']],
  ['firefox-lint', 'node', ['scripts/firefox-lint.mjs']],
  ['e2e', 'npx', ['vitest', 'run', '--config', 'tests/e2e/vitest.config.ts']],
];

const results = [];
for (const [name, command, args] of tiers) {
  console.log(`\n━━ ${name} ━━`);
  const missing = name === 'e2e' ? browsers.filter(([path]) => !existsSync(path)) : [];
  if (missing.length) {
    // Never skip the browser tests silently: say what is missing and fail.
    for (const [path, pkg, variable] of missing) {
      console.error(
        `${pkg} not found at ${path}. The end-to-end tests run in real browsers: ` +
          `install it with \`sudo apt-get install ${pkg}\`, or set ${variable}.`,
      );
    }
    results.push([name, false, 0]);
    continue;
  }
  const started = performance.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  results.push([name, status === 0, (performance.now() - started) / 1000]);
}

console.log('\n━━ summary ━━');
for (const [name, ok, seconds] of results) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(14)} ${seconds.toFixed(1)} s`);
const failed = results.filter(([, ok]) => !ok).length;
console.log(`tiers: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
