/**
 * `tsx scripts/rule-snapshot.ts <out.jsonl>`: what the rules alone say about
 * every line of the validation split and, when ../shared/eval is beside the
 * project, of dev.jsonl and benign-real.txt (plus the rules-only levels of
 * conversations-dev.jsonl). One JSON line per message: labels, the
 * findings' categories and rule ids, and what scanOutgoing finds.
 *
 * Written to compare a refactor of the packs with what came before it:
 * snapshot before, snapshot after, then
 * `tsx scripts/rule-snapshot.ts --diff before.jsonl after.jsonl [--map ids.json]`.
 * The output holds evaluation text: write it outside the repository
 * (/tmp), never commit it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDetector } from '../src/engine/index';
import { runThread, type Thread } from './lib/conversations';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SHARED = join(ROOT, '../shared/eval');

interface Entry {
  set: string;
  line: number;
  labels: string[];
  findings: string[];
  outgoing: string[];
  text?: string;
}

const lines = (path: string): string[] => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim().length > 0);

function snapshot(out: string): void {
  const detector = createDetector({ engine: 'rules' });
  const entries: Entry[] = [];
  const scan = (set: string, texts: string[]): void =>
    texts.forEach((text, line) => {
      const r = detector.scanMessage(text);
      entries.push({
        set,
        line: line + 1,
        labels: [...r.labels],
        findings: r.findings.map((f) => `${f.category}:${f.ruleId}`),
        outgoing: [...detector.scanOutgoing(text).categories],
        text,
      });
    });
  scan('valid', lines(join(ROOT, 'data/corpus/valid.jsonl')).map((l) => (JSON.parse(l) as { text: string }).text));
  if (existsSync(SHARED)) {
    scan('dev', lines(join(SHARED, 'dev.jsonl')).map((l) => (JSON.parse(l) as { text: string }).text));
    scan('benign-real', lines(join(SHARED, 'benign-real.txt')));
    lines(join(SHARED, 'conversations-dev.jsonl')).forEach((l, i) => {
      const { levels } = runThread(detector, JSON.parse(l) as Thread);
      entries.push({ set: 'threads', line: i + 1, labels: levels, findings: [], outgoing: [] });
    });
  } else {
    console.log('../shared/eval is absent: only the validation split was read');
  }
  writeFileSync(out, entries.map((e) => JSON.stringify(e)).join('\n') + '\n');
  console.log(`${entries.length} lines written to ${out}`);
}

function diff(beforePath: string, afterPath: string, mapPath?: string): void {
  const read = (p: string): Entry[] => lines(p).map((l) => JSON.parse(l) as Entry);
  const idMap: Record<string, string> = mapPath ? (JSON.parse(readFileSync(mapPath, 'utf8')) as Record<string, string>) : {};
  const rename = (finding: string): string => {
    const [category, id] = finding.split(':') as [string, string];
    return `${category}:${idMap[id] ?? id}`;
  };
  const before = read(beforePath);
  const after = read(afterPath);
  if (before.length !== after.length) throw new Error(`line counts differ: ${before.length} vs ${after.length}`);
  const counts: Record<string, { lines: number; labels: number; findings: number; outgoing: number }> = {};
  before.forEach((b, i) => {
    const a = after[i]!;
    const c = (counts[b.set] ??= { lines: 0, labels: 0, findings: 0, outgoing: 0 });
    c.lines++;
    const same = (x: string[], y: string[]): boolean => JSON.stringify([...x].sort()) === JSON.stringify([...y].sort());
    const labels = same(b.labels, a.labels);
    const findings = same(b.findings.map(rename), a.findings);
    const outgoing = same(b.outgoing, a.outgoing);
    if (!labels) c.labels++;
    if (!findings) c.findings++;
    if (!outgoing) c.outgoing++;
    if (!labels || !findings || !outgoing) {
      console.log(`${b.set}:${b.line}${labels ? '' : ` labels [${b.labels}] -> [${a.labels}]`}${findings ? '' : ` findings [${b.findings.map(rename)}] -> [${a.findings}]`}${outgoing ? '' : ` outgoing [${b.outgoing}] -> [${a.outgoing}]`}`);
    }
  });
  for (const [set, c] of Object.entries(counts)) console.log(`${set}: ${c.lines} lines, labels changed on ${c.labels}, findings on ${c.findings}, outgoing on ${c.outgoing}`);
}

const args = process.argv.slice(2);
if (args[0] === '--diff') {
  const mapAt = args.indexOf('--map');
  diff(resolve(args[1]!), resolve(args[2]!), mapAt > 0 ? resolve(args[mapAt + 1]!) : undefined);
} else if (args[0]) {
  snapshot(resolve(args[0]));
} else {
  console.log('usage: tsx scripts/rule-snapshot.ts <out.jsonl> | --diff <before.jsonl> <after.jsonl> [--map ids.json]');
  process.exit(1);
}
