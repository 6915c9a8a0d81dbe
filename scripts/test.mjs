// `npm test`: every tier, in order, and a summary. Fails if any tier fails.
//   typecheck -> lint -> unit (vitest) -> build -> web-ext lint (Firefox) -> e2e (real Chromium)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

// The vitest tiers also write a JSON report, so the summary (the last lines a CI log keeps) can
// name the tests that failed, not only the tier.
const reports = mkdtempSync(join(tmpdir(), 'second-look-test-'));
const reportArgs = (name) => ['--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, `${name}.json`)}`];

/** The failed tests in a vitest JSON report: "file > test: first line of the error". */
function failuresIn(name) {
  const path = join(reports, `${name}.json`);
  if (!existsSync(path)) return [];
  try {
    const report = JSON.parse(readFileSync(path, 'utf8'));
    const out = [];
    for (const file of report.testResults ?? []) {
      const where = String(file.name ?? '').replace(`${process.cwd()}/`, '');
      const failed = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
      // A file that failed to load has no failed test, only its own message.
      if (!failed.length && file.status === 'failed') out.push(`${where}: ${String(file.message ?? '').split('\n')[0]}`);
      for (const t of failed) out.push(`${where} > ${t.fullName}: ${String(t.failureMessages?.[0] ?? '').split('\n')[0]}`);
    }
    return out;
  } catch {
    return [];
  }
}

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
    results.push([name, false, 0, []]);
    continue;
  }
  const started = performance.now();
  const vitest = args[0] === 'vitest';
  const { status } = spawnSync(command, vitest ? [...args, ...reportArgs(name)] : args, { stdio: 'inherit' });
  results.push([name, status === 0, (performance.now() - started) / 1000, status === 0 || !vitest ? [] : failuresIn(name)]);
}

console.log('\n━━ summary ━━');
for (const [name, ok, seconds, failures] of results) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(14)} ${seconds.toFixed(1)} s`);
  for (const line of failures) console.log(`       ✗ ${line.slice(0, 300)}`);
}
rmSync(reports, { recursive: true, force: true });
const failed = results.filter(([, ok]) => !ok).length;
console.log(`tiers: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
