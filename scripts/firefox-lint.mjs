// Mozilla's addons-linter over the Firefox build: zero errors required.
// Warnings are printed for a human to read; they do not fail the run.
import { spawnSync } from 'node:child_process';

const { status, stdout, stderr } = spawnSync(
  'npx',
  ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-input'],
  { encoding: 'utf8' },
);
let report;
try {
  report = JSON.parse(stdout.slice(stdout.indexOf('{')));
} catch {
  console.error(stdout, stderr);
  console.error('web-ext lint printed no JSON report');
  process.exit(1);
}
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const item of report[kind] ?? []) console.log(`${kind.slice(0, -1)}: ${item.code} ${item.file ?? ''} ${item.message}`);
}
const { errors, warnings, notices } = report.summary;
console.log(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors === 0 && status === 0 ? 0 : 1);
