// `npm run build`: the Chrome and the Firefox build, from one manifest.
import { build } from 'vite';

for (const mode of ['chrome', 'firefox']) {
  const started = performance.now();
  await build({ mode, logLevel: 'warn' });
  console.log(`built dist/${mode} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
