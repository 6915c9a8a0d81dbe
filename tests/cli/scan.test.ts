import { describe, expect, it } from 'vitest';
import { detectFormat, parseMessages, runScan, type ScanIO } from '../../src/cli/scan';

function io(files: Record<string, string>, stdin = ''): ScanIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    readFile: (path) => {
      const content = files[path];
      if (content === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return content;
    },
    readStdin: () => stdin,
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
  };
}

const WHATSAPP_ANDROID = [
  '3/14/26, 8:01 PM - Messages and calls are end-to-end encrypted.',
  '3/14/26, 8:02 PM - Sam: hey whats up',
  '3/14/26, 8:03 PM - Sam: add me on telegram',
  'and dont tell ur mom about me',
  '3/14/26, 8:04 PM - Ana: no',
  '3/14/26, 8:05 PM - Ana: my number is 0917 555 0142',
].join('\n');

const WHATSAPP_IOS = ['[14/03/2026, 20:02:11] Sam: hey', '[14/03/2026, 20:03:40] Sam: send me a selfie just for me'].join('\n');

describe('format detection', () => {
  it('tells plain text, JSON Lines and WhatsApp exports apart', () => {
    expect(detectFormat('hello\nsend me a pic')).toBe('text');
    expect(detectFormat('{"text":"hi"}\n{"text":"yo"}')).toBe('jsonl');
    expect(detectFormat(WHATSAPP_ANDROID)).toBe('whatsapp');
    expect(detectFormat(WHATSAPP_IOS)).toBe('whatsapp');
  });

  it('joins WhatsApp continuation lines and skips system lines', () => {
    const messages = parseMessages(WHATSAPP_ANDROID, 'whatsapp', 'Ana');
    expect(messages.map((m) => m.line)).toEqual([2, 3, 5, 6]);
    expect(messages[1]?.text).toBe('add me on telegram\nand dont tell ur mom about me');
    expect(messages[2]?.incoming).toBe(false);
    expect(messages[0]?.sender).toBe('Sam');
  });
});

describe('runScan', () => {
  it('prints categories, level and matched phrases per line of plain text', () => {
    const t = io({ 'chat.txt': 'did u finish the homework\nsend me a pic, just for me\n' });
    expect(runScan(['chat.txt'], t)).toBe(0);
    expect(t.stdout[0]).toBe('line 1 [none] -');
    // A private photo ask ("just for me") is unambiguous on its own: a warning (issue 10); the
    // categories are the message's labels, then the matched phrases.
    expect(t.stdout[1]).toMatch(/^line 2 \[warn\] photo_request\b.* {2}"send me a pic"/);
    expect(t.stderr.at(-1)).toBe('scan: 2 messages (text), 1 flagged');
  });

  it('prints JSON Lines with --json and passes other JSONL fields through', () => {
    const t = io({ 'in.jsonl': '{"id":"a1","text":"what school do u go to?"}\n' });
    expect(runScan(['--json', 'in.jsonl'], t)).toBe(0);
    const row = JSON.parse(t.stdout[0]!);
    expect(row).toMatchObject({ line: 1, id: 'a1', labels: ['personal_info'], incoming: true });
    expect(row.findings[0].phrase).toBe('what school');
  });

  it('reads standard input with -', () => {
    const t = io({}, 'i know where u live\n');
    expect(runScan(['-'], t)).toBe(0);
    // Read and scanned: the threat is named. Its level alone (urgent only when the model is clear
    // of it, or from a stranger) is pinned in tests/engine/conversation.test.ts.
    expect(t.stdout[0]).toMatch(/^line 1 \[\w+\] .*\bthreat\b/);
  });

  it('treats a WhatsApp chat as one conversation and checks the teen\'s own messages as outgoing', () => {
    const t = io({ 'wa.txt': WHATSAPP_ANDROID });
    expect(runScan(['wa.txt', '--me', 'Ana'], t)).toBe(0);
    expect(t.stdout[1]).toMatch(/^line 3 Sam: \[warn\] off_platform, secrecy/);
    expect(t.stdout[3]).toMatch(/^line 6 Ana: .*gives away: phone_number {2}"0917 555 0142"/);
  });

  it('names the line of malformed JSON and exits non-zero', () => {
    const t = io({ 'bad.jsonl': '{"text":"ok"}\n{"text": "unterminated\n' });
    expect(runScan(['bad.jsonl'], t)).toBe(1);
    expect(t.stderr[0]).toMatch(/^scan: bad\.jsonl line 2: not valid JSON/);
  });

  it('names the line of a JSON object without text', () => {
    const t = io({ 'bad.jsonl': '{"text":"ok"}\n{"message":"hi"}\n' });
    expect(runScan(['bad.jsonl'], t)).toBe(1);
    expect(t.stderr[0]).toBe('scan: bad.jsonl line 2: no "text" string in this object');
  });

  it('reports an unreadable file and bad usage with exit code 2', () => {
    const t = io({});
    expect(runScan(['missing.txt'], t)).toBe(2);
    expect(t.stderr[0]).toMatch(/^scan: cannot read missing\.txt: ENOENT/);
    const u = io({});
    expect(runScan([], u)).toBe(2);
    expect(u.stderr[0]).toMatch(/no FILE given/);
  });

  it('refuses binary input', () => {
    const t = io({ 'x.bin': 'abc\u0000def' });
    expect(runScan(['x.bin'], t)).toBe(1);
  });
});
