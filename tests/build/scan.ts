/**
 * Scans built extension files for ways to talk to the network and for URLs
 * outside the allowlist. Pure functions over file text, so the scanner itself
 * is tested on planted leaks (tests/build/scan.test.ts) and run on the real
 * build by tests/e2e/build-scan.e2e.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { allowedBecause, templateAllowedBecause } from './url-allowlist';

/** One thing in the build that could send data off the device. */
export interface Finding {
  file: string;
  kind: 'network-api' | 'remote-import' | 'url';
  what: string;
  /** Up to 60 characters either side, to find it in minified code. */
  context: string;
}

/**
 * Network APIs. Each pattern needs code shape (a call, a member access, a
 * constructor), so pattern text in the language packs ("fetch you") does not
 * count, while `fetch(`, `globalThis.fetch`, `window["fetch"]` and
 * `new WebSocket` do.
 */
const NETWORK_APIS: { name: string; pattern: RegExp }[] = [
  { name: 'fetch', pattern: /(?<![\w$])fetch\s*\(|\.\s*fetch(?![\w$])|\[\s*['"`]fetch['"`]\s*\]/g },
  { name: 'XMLHttpRequest', pattern: /(?<![\w$])XMLHttpRequest(?![\w$])/g },
  { name: 'WebSocket', pattern: /(?<![\w$])WebSocket(?![\w$])/g },
  { name: 'sendBeacon', pattern: /(?<![\w$])sendBeacon(?![\w$])/g },
  { name: 'EventSource', pattern: /(?<![\w$])EventSource(?![\w$])/g },
  { name: 'RTCPeerConnection', pattern: /(?<![\w$])(?:webkit)?RTCPeerConnection(?![\w$])/g },
  { name: 'WebTransport', pattern: /(?<![\w$])WebTransport(?![\w$])/g },
  { name: 'importScripts', pattern: /(?<![\w$])importScripts\s*\(/g },
];

/** `import(...)` whose argument is not a literal relative path inside the extension. */
const DYNAMIC_IMPORT = /(?<![\w$.])import\s*\(\s*([^)]{0,120})/g;
const LOCAL_IMPORT = /^(['"`])\.{0,2}\/[^'"`$]*\1$/;

/** Absolute URLs with a scheme that reaches a server. */
const URL_PATTERN = /\b(?:https?|wss?|ftp):\/\/[^\s"'`<>\\)]*/gi;

function around(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - 60), index + length + 60).replace(/\s+/g, ' ');
}

/** Everything in one file's text that could reach the network or names a URL not on the allowlist. */
export function scanText(file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  for (const { name, pattern } of NETWORK_APIS) {
    for (const m of text.matchAll(pattern)) findings.push({ file, kind: 'network-api', what: name, context: around(text, m.index, m[0].length) });
  }
  for (const m of text.matchAll(DYNAMIC_IMPORT)) {
    const argument = (m[1] ?? '').trim();
    if (!LOCAL_IMPORT.test(argument)) findings.push({ file, kind: 'remote-import', what: `import(${argument})`, context: around(text, m.index, m[0].length) });
  }
  for (const m of text.matchAll(URL_PATTERN)) {
    const raw = m[0];
    const template = raw.indexOf('${');
    if (template >= 0) {
      const prefix = raw.slice(0, template);
      if (!templateAllowedBecause(prefix)) findings.push({ file, kind: 'url', what: `${prefix}\${…}`, context: around(text, m.index, raw.length) });
      continue;
    }
    // Minified code may end a URL with a comma or a closing bracket of its own.
    const url = raw.replace(/[,;:\].}]+$/, '');
    if (!allowedBecause(url)) findings.push({ file, kind: 'url', what: url, context: around(text, m.index, raw.length) });
  }
  return findings;
}

/** Text files a browser would load from an unpacked build. */
const SCANNED = /\.(js|mjs|cjs|html|css|json|map|txt|svg)$/i;

/** Every text file under a build directory, relative to it. */
export function buildFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string): void => {
    for (const name of readdirSync(current)) {
      const full = join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

/** Scans every text file of a build; binary files (icons) are listed by buildFiles but not read. */
export function scanBuild(dir: string): { files: string[]; findings: Finding[] } {
  const files = buildFiles(dir).filter((f) => SCANNED.test(f));
  const findings = files.flatMap((f) => scanText(f, readFileSync(join(dir, f), 'utf8')));
  return { files, findings };
}
