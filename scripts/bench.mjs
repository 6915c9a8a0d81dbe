// `npm run bench`: every benchmark in bench/, one after another, printing
// figures. Benchmarks never pass or fail on speed: read the ratios, which are
// measured in one run on the same machine (CI machines are 2-core and noisy).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const benches = [
  ['engine (Node)', 'bench/engine.ts'],
  ['content script (real Chromium)', 'bench/in-page.ts'],
];
let failed = 0;
for (const [name, file] of benches) {
  console.log(`\n━━ ${name}: ${file} ━━`);
  if (!existsSync(file)) {
    console.log(`(missing: ${file})`);
    failed++;
    continue;
  }
  const { status } = spawnSync('npx', ['tsx', file, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
