/**
 * `npm run scan -- FILE` — the engine's own front door, for guardians,
 * counsellors and researchers. Reads a transcript and prints, per message,
 * the categories, the conversation level and the matched phrases.
 *
 * Input (detected automatically):
 * - plain text: one message per line;
 * - JSON Lines: `{"text": ...}` per line; other fields are passed through;
 *   optional `incoming` (default true), `at` (ms or ISO date) and `thread`
 *   (messages with the same thread share a conversation tracker);
 * - a WhatsApp "export chat" .txt file (Android `12/31/23, 9:41 PM - Name: text`
 *   or iOS `[31/12/2023, 21:41:05] Name: text`; continuation lines join the
 *   message above). The whole chat is one conversation; `--me NAME` marks
 *   the teen's own messages, which are then checked with scanOutgoing.
 *
 * `-` reads standard input. `--json` prints JSON Lines. Nothing is sent
 * anywhere; the file is only read.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { SENSITIVITIES, type Category, type Sensitivity } from '../shared/categories';
import { createDetector } from '../engine/index';
import type { ConversationTracker, Detector, Finding, OutgoingFinding, Verdict } from '../engine/index';

export interface ScanIO {
  readFile(path: string): string;
  readStdin(): string;
  out(line: string): void;
  err(line: string): void;
}

export type InputFormat = 'text' | 'jsonl' | 'whatsapp';

export interface ScanMessage {
  /** 1-based line in the input where the message starts. */
  line: number;
  text: string;
  incoming: boolean;
  at?: number;
  sender?: string;
  thread?: string;
  /** JSON Lines fields other than text, passed through to --json output. */
  extra?: Record<string, unknown>;
}

/** A problem with the input, reported with the line it is on. */
export class InputError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const USAGE = `usage: npm run scan -- [--json] [--me NAME] [--sensitivity gentle|balanced|strict] FILE|-
  FILE   plain text (one message per line), JSON Lines ({"text": ...}) or a WhatsApp export .txt
  -      read standard input
  --json print one JSON object per message
  --me   in a WhatsApp export, the teen's own name (their messages are checked as outgoing)`;

// Android: "12/31/23, 9:41 PM - Name: text"; iOS: "[31/12/2023, 21:41:05] Name: text".
const WHATSAPP_LINE =
  /^\u200e?\[?(\d{1,4}[./-]\d{1,2}[./-]\d{2,4}),?\s+(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?)\]?\s*(?:-\s+)?([^:]{1,80}?):\s(.*)$/;
const WHATSAPP_SYSTEM = /^\u200e?\[?\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}[:.]\d{2}/;

/** Guess the format from the first non-empty lines. */
export function detectFormat(content: string): InputFormat {
  const lines = content.split(/\r?\n/).filter((l) => l.trim().length > 0).slice(0, 20);
  if (lines.length === 0) return 'text';
  if (lines[0]?.trimStart().startsWith('{')) return 'jsonl';
  const stamped = lines.filter((l) => WHATSAPP_SYSTEM.test(l)).length;
  return stamped >= Math.ceil(lines.length / 2) ? 'whatsapp' : 'text';
}

function parseAt(value: unknown, line: number): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) return ms;
  }
  throw new InputError(line, `"at" must be milliseconds or a date string, got ${JSON.stringify(value)}`);
}

/** Parse input into messages. Throws InputError naming the line. */
export function parseMessages(content: string, format: InputFormat, me?: string): ScanMessage[] {
  const lines = content.split(/\r?\n/);
  const messages: ScanMessage[] = [];
  if (format === 'text') {
    lines.forEach((text, i) => {
      if (text.trim().length > 0) messages.push({ line: i + 1, text, incoming: true });
    });
    return messages;
  }
  if (format === 'jsonl') {
    lines.forEach((raw, i) => {
      if (raw.trim().length === 0) return;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (e) {
        throw new InputError(i + 1, `not valid JSON (${(e as Error).message})`);
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(i + 1, 'expected a JSON object with a "text" string');
      const { text, incoming, at, thread, ...extra } = value as Record<string, unknown>;
      if (typeof text !== 'string') throw new InputError(i + 1, 'no "text" string in this object');
      if (incoming !== undefined && typeof incoming !== 'boolean') throw new InputError(i + 1, '"incoming" must be true or false');
      const message: ScanMessage = { line: i + 1, text, incoming: incoming ?? true, extra };
      const when = parseAt(at, i + 1);
      if (when !== undefined) message.at = when;
      if (thread !== undefined) message.thread = String(thread);
      messages.push(message);
    });
    return messages;
  }
  // WhatsApp export.
  let current: ScanMessage | undefined;
  lines.forEach((raw, i) => {
    const m = WHATSAPP_LINE.exec(raw);
    if (m) {
      const sender = (m[3] ?? '').trim();
      current = { line: i + 1, text: m[4] ?? '', incoming: me === undefined || sender !== me, sender };
      const when = Date.parse(`${m[1] ?? ''} ${m[2] ?? ''}`);
      if (!Number.isNaN(when)) current.at = when;
      messages.push(current);
    } else if (WHATSAPP_SYSTEM.test(raw)) {
      current = undefined; // "Messages are end-to-end encrypted", "X added Y": not a message
    } else if (current && raw.length > 0) {
      current.text += `\n${raw}`;
    }
  });
  if (messages.length === 0) throw new InputError(1, 'looks like a WhatsApp export but no "date, time - name: message" line was found');
  return messages;
}

interface ScanOptions {
  json: boolean;
  me?: string;
  sensitivity: Sensitivity;
  file: string;
}

function parseArgs(args: readonly string[]): ScanOptions | string {
  let json = false;
  let me: string | undefined;
  let sensitivity: Sensitivity = 'balanced';
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--json') json = true;
    else if (a === '--me') {
      me = args[++i];
      if (!me) return '--me needs a name';
    } else if (a === '--sensitivity') {
      const s = args[++i] ?? '';
      if (!(SENSITIVITIES as readonly string[]).includes(s)) return `--sensitivity must be one of ${SENSITIVITIES.join(', ')}`;
      sensitivity = s as Sensitivity;
    } else if (a === '-h' || a === '--help') return '';
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else if (file === undefined) file = a;
    else return `only one FILE, got "${file}" and "${a}"`;
  }
  if (file === undefined) return 'no FILE given (use - for standard input)';
  const options: ScanOptions = { json, sensitivity, file };
  if (me !== undefined) options.me = me;
  return options;
}

function phrase(text: string, f: { start: number; end: number }): string {
  return text.slice(f.start, f.end).replace(/\s+/g, ' ');
}

/** Run the CLI. Returns the exit code: 0 done, 1 bad input, 2 bad usage or unreadable file. */
export function runScan(args: readonly string[], io: ScanIO): number {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    if (options) io.err(`scan: ${options}`);
    io.err(USAGE);
    return options ? 2 : 0;
  }
  let content: string;
  try {
    content = options.file === '-' ? io.readStdin() : io.readFile(options.file);
  } catch (e) {
    io.err(`scan: cannot read ${options.file === '-' ? 'standard input' : options.file}: ${(e as Error).message}`);
    return 2;
  }
  if (content.includes('\u0000')) {
    io.err(`scan: ${options.file}: this looks like a binary file, not a text transcript`);
    return 1;
  }
  const format = detectFormat(content);
  let messages: ScanMessage[];
  try {
    messages = parseMessages(content, format, options.me);
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`scan: ${options.file} line ${e.line}: ${e.message}`);
      return 1;
    }
    throw e;
  }

  const detector: Detector = createDetector({ sensitivity: options.sensitivity });
  // One conversation for a WhatsApp chat or a JSONL thread; otherwise each line stands alone.
  const trackers = new Map<string, ConversationTracker>();
  const trackerFor = (m: ScanMessage): ConversationTracker => {
    const key = format === 'whatsapp' ? 'chat' : m.thread;
    if (key === undefined) return detector.conversation();
    let t = trackers.get(key);
    if (!t) trackers.set(key, (t = detector.conversation()));
    return t;
  };

  let flagged = 0;
  for (const m of messages) {
    const tracker = trackerFor(m);
    let labels: Category[] = [];
    let score = 0;
    let findings: (Finding | OutgoingFinding)[] = [];
    let outgoing: string[] = [];
    if (m.incoming) {
      const result = detector.scanMessage(m.text);
      labels = result.labels;
      score = result.score;
      findings = result.findings;
    } else {
      const result = detector.scanOutgoing(m.text);
      outgoing = result.categories;
      findings = result.findings;
    }
    // Without times, messages count as moments apart (no decay between them).
    const verdict: Verdict = tracker.add({ text: m.text, incoming: m.incoming, at: m.at ?? m.line });
    if (labels.length > 0 || outgoing.length > 0) flagged++;
    if (options.json) {
      io.out(
        JSON.stringify({
          line: m.line,
          ...(m.sender !== undefined ? { sender: m.sender } : {}),
          ...(m.extra ?? {}),
          text: m.text,
          incoming: m.incoming,
          labels,
          ...(m.incoming ? { score } : { outgoing }),
          level: verdict.level,
          findings: findings.map((f) => ({ ...f, phrase: phrase(m.text, f) })),
          reasons: verdict.reasons,
        }),
      );
    } else {
      const who = m.sender !== undefined ? ` ${m.sender}:` : '';
      const what = m.incoming ? (labels.length > 0 ? labels.join(', ') : '-') : outgoing.length > 0 ? `gives away: ${outgoing.join(', ')}` : '-';
      const phrases = [...new Set(findings.map((f) => `"${phrase(m.text, f)}"`))].join(' ');
      io.out(`line ${m.line}${who} [${verdict.level}] ${what}${phrases ? `  ${phrases}` : ''}`);
    }
  }
  if (!options.json) io.err(`scan: ${messages.length} messages (${format}), ${flagged} flagged`);
  return 0;
}

const isMain = (() => {
  try {
    return process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
  } catch {
    return false;
  }
})();

if (isMain) {
  const code = runScan(process.argv.slice(2), {
    readFile: (path) => readFileSync(path, 'utf8'),
    readStdin: () => readFileSync(0, 'utf8'),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
  process.exitCode = code;
}
