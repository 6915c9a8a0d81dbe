/**
 * Real-Chromium harness for end-to-end tests.
 *
 *   dist/chrome ──load──▶ Debian Chromium (headless, playwright-core)
 *   fixture files ──context.route──▶ served at the REAL site URLs, so the
 *                                     production match patterns are tested
 *   every request ──▶ NetworkGuard ──▶ the run fails if anything would leave
 *                                     the machine (pages, service worker, and
 *                                     the browser's own traffic via --log-net-log)
 */
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const CHROME_DIST = process.env.SECOND_LOOK_DIST ?? join(ROOT, 'dist/chrome');
export const OUTPUT_DIR = join(ROOT, 'test-output');

/** Where Chromium is: CHROME_PATH, else Debian's package. Throws a message that says what to install. */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. The end-to-end tests need a real Chromium: ` +
        'install it with `sudo apt-get install chromium` (Debian/Ubuntu) or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  return path;
}

/** Flags that keep Chromium's own services off the network (see ../shared/REFERENCE.md §2). */
export const OFFLINE_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--disable-breakpad',
  '--metrics-recording-only',
  // Form fields ask Google for autofill hints; translation, hints and the
  // network time service fetch too.
  '--disable-features=AutofillServerCommunication,OptimizationHints,OptimizationHintsFetching,Translate,MediaRouter,CertificateTransparencyComponentUpdater,NetworkTimeServiceQuerying',
  '--gaia-url=http://127.0.0.1:9',
  '--component-updater=url-source=http://127.0.0.1:9/cu',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** A request that would have left the machine. */
export interface Leak {
  url: string;
  from: string;
}

/** Hosts in a Chromium net log that the browser tried to resolve or connect to. */
export function hostsInNetLog(netLogText: string): string[] {
  // The file can be cut short when the browser is killed; read what parses.
  let log: { constants?: { logEventTypes?: Record<string, number> }; events?: { type: number; params?: Record<string, unknown> }[] };
  try {
    log = JSON.parse(netLogText);
  } catch {
    // A log cut mid-run ends after an event and its comma: close the array.
    log = JSON.parse(`${netLogText.replace(/,\s*$/, '')}]}`);
  }
  const names = new Map(Object.entries(log.constants?.logEventTypes ?? {}).map(([k, v]) => [v, k]));
  const hosts = new Set<string>();
  for (const event of log.events ?? []) {
    const type = names.get(event.type) ?? '';
    const params = event.params ?? {};
    // Connection attempts (stream jobs, name resolution, sockets) are what
    // leave the machine; a request fulfilled by a route never opens one.
    if (!/HTTP_STREAM_JOB|HOST_RESOLVER|TCP_CONNECT|SOCKET_POOL|QUIC_SESSION|SSL_CONNECT/.test(type)) continue;
    for (const value of [params.url, params.host, params.hostname]) {
      if (typeof value !== 'string') continue;
      const withScheme = /^[a-z]+:\/\//.test(value) ? value : `http://${value}`;
      try {
        hosts.add(new URL(withScheme).hostname);
      } catch {
        hosts.add(value);
      }
    }
  }
  return [...hosts].filter((h) => !LOCAL_HOSTS.has(h) && !h.startsWith('127.'));
}

/**
 * The browser fetches /favicon.ico itself, outside any route; a fixture
 * without an icon would send that request to the real site. Give every
 * served page an inline empty icon unless it declares its own.
 */
export function withLocalFavicon(html: string): string {
  if (/<link[^>]+rel=["']?(shortcut )?icon/i.test(html)) return html;
  const tag = '<link rel="icon" href="data:,">';
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => m + tag) : tag + html;
}

/** A fixture served at a real URL: file contents (HTML) or a path under tests/fixtures. */
export interface Route {
  url: string;
  html?: string;
  file?: string;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Requests that would have left the machine, so far. */
  leaks: Leak[];
  /** The browser profile directory (deleted by close() unless keepProfile is set). */
  profileDir: string;
  /** Opens a page at a routed URL and waits for it to load. */
  open(url: string): Promise<Page>;
  /** Names of the extension content-script worlds in a page (via CDP). */
  contentScriptWorlds(page: Page): Promise<string[]>;
  /** Closes the browser, reads the net log, and throws if anything left or tried to leave the machine. */
  close(options?: { allowLeaks?: boolean; keepProfile?: boolean }): Promise<{ leaks: Leak[]; netLogHosts: string[] }>;
}

/** Launches Chromium with dist/chrome loaded, fixture routes installed and the network guard on. */
export async function launchExtension(
  routes: Route[],
  options: { dist?: string; withoutExtension?: boolean } = {},
): Promise<ExtensionSession> {
  const dist = options.dist ?? CHROME_DIST;
  if (!options.withoutExtension && !existsSync(join(dist, 'manifest.json'))) throw new Error(`No build at ${dist}: run \`npm run build\` first.`);
  const profile = mkdtempSync(join(tmpdir(), 'second-look-e2e-'));
  // A fresh profile would download a spellcheck dictionary the first time a
  // contenteditable is focused; an empty dictionary list stops it.
  mkdirSync(join(profile, 'Default'), { recursive: true });
  // Network prediction would preconnect to a typed URL's real host before the
  // route answers it.
  writeFileSync(
    join(profile, 'Default/Preferences'),
    JSON.stringify({ spellcheck: { dictionaries: [], dictionary: '' }, net: { network_prediction_options: 2 } }),
  );
  const netLog = join(profile, 'netlog.json');

  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    // withoutExtension: the same browser and routes with no extension, as a baseline for benchmarks.
    args: [
      ...OFFLINE_FLAGS,
      ...(options.withoutExtension ? [] : [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`]),
      `--log-net-log=${netLog}`,
    ],
    viewport: { width: 1280, height: 800 },
  });

  const leaks: Leak[] = [];
  // Requests carry no fragment: key routes by the URL without it.
  const withoutFragment = (url: string): string => url.split('#')[0] ?? url;
  const byUrl = new Map(routes.map((r) => [withoutFragment(r.url), r]));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    const fixture = byUrl.get(withoutFragment(url));
    if (fixture) {
      const html = fixture.html ?? readFileSync(join(ROOT, 'tests/fixtures', fixture.file ?? ''), 'utf8');
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: withLocalFavicon(html) });
      return;
    }
    const { hostname, protocol } = new URL(url);
    if ((protocol === 'http:' || protocol === 'https:' || protocol === 'ws:' || protocol === 'wss:') && !LOCAL_HOSTS.has(hostname)) {
      leaks.push({ url, from: route.request().frame()?.url() ?? 'service worker or browser' });
      await route.abort('blockedbyclient');
      return;
    }
    await route.continue();
  });
  // Requests the route does not see (other schemes, workers) still pass here.
  context.on('request', (request) => {
    const url = request.url();
    if (!/^(https?|wss?):/.test(url)) return;
    const { hostname } = new URL(url);
    if (!LOCAL_HOSTS.has(hostname) && !byUrl.has(withoutFragment(url)) && !leaks.some((l) => l.url === url)) {
      leaks.push({ url, from: 'request event' });
    }
  });

  const serviceWorker = options.withoutExtension
    ? (undefined as unknown as Worker)
    : (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 45_000 })));
  const extensionId = options.withoutExtension ? '' : new URL(serviceWorker.url()).host;
  const cdpSessions = new WeakMap<Page, { session: CDPSession; worlds: Map<number, string> }>();

  async function watchWorlds(page: Page): Promise<void> {
    const session = await context.newCDPSession(page);
    const worlds = new Map<number, string>();
    session.on('Runtime.executionContextCreated', ({ context: ctx }) => {
      if (ctx.origin === `chrome-extension://${extensionId}`) worlds.set(ctx.id, ctx.name);
    });
    session.on('Runtime.executionContextDestroyed', ({ executionContextId }) => worlds.delete(executionContextId));
    session.on('Runtime.executionContextsCleared', () => worlds.clear());
    await session.send('Runtime.enable');
    cdpSessions.set(page, { session, worlds });
  }

  return {
    context,
    extensionId,
    serviceWorker,
    leaks,
    profileDir: profile,
    async open(url) {
      const page = await context.newPage();
      await watchWorlds(page);
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async contentScriptWorlds(page) {
      const entry = cdpSessions.get(page);
      if (!entry) return [];
      return [...entry.worlds.values()];
    },
    async close({ allowLeaks = false, keepProfile = false } = {}) {
      await context.close();
      let netLogHosts: string[] = [];
      if (existsSync(netLog)) netLogHosts = hostsInNetLog(readFileSync(netLog, 'utf8'));
      if (process.env.KEEP_NETLOG) writeFileSync(process.env.KEEP_NETLOG, readFileSync(netLog)); if (!keepProfile) rmSync(profile, { recursive: true, force: true });
      if (!allowLeaks && (leaks.length || netLogHosts.length)) {
        throw new Error(
          `Network guard: something tried to leave the machine.\n` +
            leaks.map((l) => `  request ${l.url} (from ${l.from})`).join('\n') +
            (netLogHosts.length ? `\n  browser net log hosts: ${netLogHosts.join(', ')}` : ''),
        );
      }
      return { leaks: [...leaks], netLogHosts };
    },
  };
}

/** What a nudge shows, read from inside its closed shadow root. */
export interface NudgeSeen {
  level: string;
  categories: string[];
  kind: string;
  /** All text inside the shadow root, for language checks. */
  text: string;
}

interface CdpNode {
  nodeName: string;
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

function textOf(node: CdpNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return '';
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf).join(' ');
}

/**
 * Every Second Look nudge on the page. Closed shadow roots are invisible to
 * page scripts and to Playwright locators; CDP's pierce reads them.
 */
export async function readNudges(page: Page): Promise<NudgeSeen[]> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const found: NudgeSeen[] = [];
    const walk = (node: CdpNode): void => {
      // <second-look-nudge-…>: the nudge's fallback name when a page has defined <second-look-nudge> itself.
      if (node.nodeName === 'SECOND-LOOK-NUDGE' || node.nodeName.startsWith('SECOND-LOOK-NUDGE-')) {
        const shadow = node.shadowRoots?.[0];
        const first = shadow?.children?.find((c) => c.nodeType === 1 && c.nodeName !== 'STYLE');
        const attrs = new Map<string, string>();
        const list = first?.attributes ?? [];
        for (let i = 0; i + 1 < list.length; i += 2) attrs.set(list[i] ?? '', list[i + 1] ?? '');
        found.push({
          level: attrs.get('data-level') ?? '',
          categories: (attrs.get('data-categories') ?? '').split(' ').filter(Boolean),
          kind: attrs.get('data-kind') ?? '',
          text: shadow ? textOf(shadow).replace(/\s+/g, ' ').trim() : '',
        });
      }
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child);
      if (node.contentDocument) walk(node.contentDocument);
    };
    walk(root);
    return found;
  } finally {
    await session.detach();
  }
}
