#!/usr/bin/env node
// Checks one or more hand-written corpus files (data/corpus/written/<lang>.jsonl) and prints counts.
// Usage: node scripts/corpus/check-written.mjs data/corpus/written/en.jsonl
import { readFileSync } from 'node:fs';

const IN = ['photo_request', 'meetup', 'off_platform', 'secrecy', 'gift_money', 'personal_info', 'job_offer', 'account_access', 'threat'];
const OUT = ['phone_number', 'home_address', 'school_grade', 'secret_code', 'meet_alone', 'send_photo', 'move_app', 'sell_photos'];
const KINDS = ['risky', 'hard', 'plain'];
let bad = 0;
for (const file of process.argv.slice(2)) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const seen = new Set();
  const c = { in: { risky: 0, hard: 0, plain: 0 }, out: { risky: 0, hard: 0, plain: 0 }, inCat: {}, outCat: {}, near: {}, dup: 0 };
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let r;
    try { r = JSON.parse(line); } catch (e) { console.log(`${file}:${i + 1}: not JSON: ${e.message}`); bad++; return; }
    const err = (m) => { console.log(`${file}:${i + 1}: ${m}`); bad++; };
    if (typeof r.text !== 'string' || !r.text.trim()) return err('text missing');
    if (r.dir !== 'in' && r.dir !== 'out') return err('dir must be "in" or "out"');
    if (!Array.isArray(r.labels)) return err('labels must be an array');
    if (!KINDS.includes(r.kind)) return err('kind must be risky, hard or plain');
    const allowed = r.dir === 'in' ? IN : OUT;
    for (const l of r.labels) if (!allowed.includes(l)) return err(`label ${l} not allowed for dir ${r.dir}`);
    if ((r.kind === 'risky') !== (r.labels.length > 0)) return err('kind risky <=> labels non-empty');
    if (r.kind === 'hard' && r.near !== undefined && !allowed.includes(r.near)) return err(`near ${r.near} unknown`);
    const key = r.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (seen.has(key)) c.dup++;
    seen.add(key);
    c[r.dir][r.kind]++;
    const cat = r.dir === 'in' ? c.inCat : c.outCat;
    for (const l of r.labels) cat[l] = (cat[l] ?? 0) + 1;
    if (r.kind === 'hard' && r.near) c.near[`${r.dir}:${r.near}`] = (c.near[`${r.dir}:${r.near}`] ?? 0) + 1;
  });
  const total = c.in.risky + c.in.hard + c.in.plain + c.out.risky + c.out.hard + c.out.plain;
  console.log(`${file}: ${total} lines, ${c.dup} duplicates (after lowercasing/punctuation)`);
  console.log(`  incoming: risky ${c.in.risky}, hard ${c.in.hard}, plain ${c.in.plain}`);
  console.log(`  incoming per category: ${IN.map((k) => `${k} ${c.inCat[k] ?? 0}`).join(', ')}`);
  console.log(`  outgoing: risky ${c.out.risky}, hard ${c.out.hard}, plain ${c.out.plain}`);
  console.log(`  outgoing per category: ${OUT.map((k) => `${k} ${c.outCat[k] ?? 0}`).join(', ')}`);
  console.log(`  hard negatives by what they imitate: ${Object.entries(c.near).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}
process.exit(bad ? 1 : 0);
