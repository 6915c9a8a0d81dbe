/**
 * Behaviour fingerprint of the engine (`npx tsx scripts/engine-identity.ts OUT`):
 * every scanMessage result (labels, score, findings, probabilities) on the
 * corpus's validation split and, when ../shared is there, the dev and
 * benign-real sets, for the default detector, the rules alone and a detector
 * with custom languages and guardian phrases (compiled at run time). Writes
 * one line per message to OUT (keep it outside the repo: it quotes no text,
 * but it is derived from evaluation lines) and prints a digest, so a refactor
 * can be checked to change nothing: run it before and after, then `cmp`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDetector } from '../src/engine/index';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));
const out = process.argv[2];
if (!out) throw new Error('usage: npx tsx scripts/engine-identity.ts OUT-FILE (outside the repo)');

const jsonl = (path: string): string[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
const sets: [string, string[]][] = [['valid', jsonl(here('../data/corpus/valid.jsonl'))]];
if (existsSync(here('../../shared/eval/dev.jsonl'))) {
  sets.push(['dev', jsonl(here('../../shared/eval/dev.jsonl'))]);
  sets.push(['benign-real', readFileSync(here('../../shared/eval/benign-real.txt'), 'utf8').split('\n').filter((l) => l.length > 0)]);
} else console.log('../shared/eval is absent: the validation split only');

const detectors = {
  default: createDetector(),
  rules: createDetector({ engine: 'rules' }),
  custom: createDetector({ languages: ['en', 'th', 'id'], extraPhrases: { meetup: ['come to the old mill'], secrecy: ['our little thing'] }, sensitivity: 'strict' }),
};
const lines: string[] = [];
for (const [name, texts] of sets) {
  texts.forEach((text, n) => {
    for (const [kind, d] of Object.entries(detectors)) lines.push(`${name}:${n}:${kind} ${JSON.stringify(d.scanMessage(text))}`);
    lines.push(`${name}:${n}:outgoing ${JSON.stringify(detectors.default.scanOutgoing(text))}`);
  });
}
const body = `${lines.join('\n')}\n`;
writeFileSync(out, body);
console.log(`${lines.length} results, sha256 ${createHash('sha256').update(body).digest('hex').slice(0, 16)} -> ${out}`);
