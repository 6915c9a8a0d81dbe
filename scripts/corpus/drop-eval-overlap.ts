/**
 * `npx tsx scripts/corpus/drop-eval-overlap.ts`: removes from the written
 * corpus every line that is the same as, or nearly the same as, a line of
 * ../shared/eval (see ./overlap.ts). Writers never see the evaluation data,
 * so overlaps are coincidences of common phrasing ("what school do u go
 * to"); they are dropped so the corpus stays fresh sentences only, which
 * tests/data/corpus.test.ts checks. Needs ../shared/eval; prints what it drops.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIndex, overlapping } from './overlap';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EVAL = join(ROOT, '../shared/eval');
if (!existsSync(EVAL)) {
  console.log('../shared/eval is absent: nothing to compare with');
  process.exit(0);
}
const lines: string[] = [];
for (const l of readFileSync(join(EVAL, 'dev.jsonl'), 'utf8').split('\n')) if (l.trim()) lines.push((JSON.parse(l) as { text: string }).text);
for (const l of readFileSync(join(EVAL, 'conversations-dev.jsonl'), 'utf8').split('\n')) {
  if (l.trim()) for (const t of (JSON.parse(l) as { turns: { text: string }[] }).turns) lines.push(t.text);
}
for (const l of readFileSync(join(EVAL, 'benign-real.txt'), 'utf8').split('\n')) if (l.trim()) lines.push(l);
const index = buildIndex(lines);
const dir = join(ROOT, 'data/corpus/written');
let dropped = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
  const rows = readFileSync(join(dir, file), 'utf8').split('\n');
  const kept = rows.filter((row) => {
    if (!row.trim()) return false;
    const hit = overlapping(index, (JSON.parse(row) as { text: string }).text);
    if (hit !== undefined) dropped++;
    return hit === undefined;
  });
  writeFileSync(join(dir, file), kept.join('\n') + '\n');
  console.log(`${file}: kept ${kept.length} of ${rows.filter((r) => r.trim()).length}`);
}
console.log(`dropped ${dropped} lines`);
