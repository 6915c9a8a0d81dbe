// `npm run build`: the packs compiled to tables (src/engine/compile/shipped.generated.ts,
// see scripts/compile-packs.ts), then the Chrome and the Firefox build, from one manifest.
import { spawnSync } from 'node:child_process';
import { build } from 'vite';

const compiled = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/compile-packs.ts'], { stdio: 'inherit' });
if (compiled.status !== 0) process.exit(compiled.status ?? 1);

for (const mode of ['chrome', 'firefox']) {
  const started = performance.now();
  await build({ mode, logLevel: 'warn' });
  console.log(`built dist/${mode} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
