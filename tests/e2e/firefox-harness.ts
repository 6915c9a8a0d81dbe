/**
 * Real-Firefox harness for end-to-end tests, over WebDriver BiDi.
 *
 *   dist/firefox ──webExtension.install (temporary)──▶ Debian firefox-esr (headless)
 *   fixture files ──network.addIntercept + provideResponse──▶ served at the REAL
 *                                     site URLs, so the production match patterns are tested
 *   every page request ──▶ beforeRequestSent: fixture, local, or a leak (failed + recorded)
 *   everything else    ──▶ a proxy pref pointing at a local trap: the browser's own
 *                          traffic and extension background requests (BiDi does not
 *                          see them) are recorded there and answered with an error
 *   every DNS lookup   ──▶ MOZ_LOG=nsHostResolver: a remote name in it fails the run
 *
 * Why not `web-ext run`: it installs over Firefox's older remote protocol and
 * offers no way to serve fixtures or drive the page; BiDi does all three in
 * one connection (web-ext still lints the build: npm run test:firefox-lint).
 * No WebDriver client library: Firefox speaks BiDi natively on
 * --remote-debugging-port, and Node 20 has no WebSocket without a flag, so a
 * small RFC 6455 client over node:http carries the JSON messages.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, withLocalFavicon, type Leak, type Route } from './harness';

/** The build under test: dist/firefox, or SECOND_LOOK_FIREFOX_DIST to try another unpacked build. */
export const FIREFOX_DIST = process.env.SECOND_LOOK_FIREFOX_DIST ?? join(ROOT, 'dist/firefox');

/** Where Firefox is: FIREFOX_PATH, else Debian's ESR package. Throws a message that says what to install. */
export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(
      `Firefox not found at ${path}. The Firefox end-to-end test needs a real Firefox (140 or later): ` +
        'install it with `sudo apt-get install firefox-esr` (Debian/Ubuntu) or set FIREFOX_PATH to a Firefox binary.',
    );
  }
  return path;
}

/**
 * Preferences that keep Firefox's own services quiet. They are not the
 * guarantee (the proxy trap is): they keep the trap's record down to what
 * matters, so any attempt it does record fails the run.
 */
export const OFFLINE_PREFS: Record<string, string | number | boolean> = {
  // First-run pages, default-browser checks, welcome tours.
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.startup.page': 0,
  'browser.startup.homepage': 'about:blank',
  'startup.homepage_welcome_url': 'about:blank',
  'startup.homepage_welcome_url.additional': '',
  'browser.aboutwelcome.enabled': false,
  'trailhead.firstrun.didSeeAboutWelcome': true,
  'termsofuse.bypassNotification': true,
  'datareporting.policy.firstRunURL': '',
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.newtabpage.activity-stream.showSponsored': false,
  'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
  'browser.newtabpage.activity-stream.default.sites': '',
  'browser.topsites.contile.enabled': false,
  // Telemetry, studies, experiments, crash reports.
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.updatePing.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'nimbus.rollouts.enabled': false,
  'browser.crashReports.unsubmittedCheck.autoSubmit2': false,
  'breakpad.reportURL': '',
  'browser.discovery.enabled': false,
  'browser.ping-centre.telemetry': false,
  'dom.private-attribution.submission.enabled': false,
  // Updates of the browser, add-ons, system add-ons, search engines, blocklists.
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.update.checkInstallTime': false,
  'app.update.disabledForTesting': true,
  'extensions.update.enabled': false,
  'extensions.update.autoUpdateDefault': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.systemAddon.update.url': '',
  'extensions.blocklist.enabled': false,
  'extensions.installDistroAddons': false,
  'extensions.enabledScopes': 5,
  'extensions.autoDisableScopes': 10,
  'extensions.getAddons.discovery.api_url': '',
  'extensions.htmlaboutaddons.recommendations.enabled': false,
  'browser.search.update': false,
  'browser.search.geoip.url': '',
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'geo.provider.network.url': '',
  'geo.enabled': false,
  // Release builds ignore this pref unless MOZ_REMOTE_SETTINGS_DEVTOOLS=1
  // (set at launch); a dead local port makes every collection sync fail fast.
  'services.settings.server': 'http://127.0.0.1:9/v1',
  'services.sync.engine.addons': false,
  'identity.fxaccounts.enabled': false,
  // Safe browsing and tracking-protection list downloads.
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.mozilla.gethashURL': '',
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.google.gethashURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google4.gethashURL': '',
  'browser.safebrowsing.provider.google5.enabled': false,
  'browser.safebrowsing.provider.google5.updateURL': '',
  'browser.safebrowsing.provider.google5.gethashURL': '',
  'browser.safebrowsing.update.enabled': false,
  'privacy.trackingprotection.enabled': false,
  'privacy.trackingprotection.pbmode.enabled': false,
  'urlclassifier.updateinterval': 172800,
  // Connectivity and captive-portal probes, push, DNS over HTTPS.
  'network.captive-portal-service.enabled': false,
  'captivedetect.canonicalURL': '',
  'network.connectivity-service.enabled': false,
  'dom.push.enabled': false,
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'network.trr.mode': 5,
  'doh-rollout.enabled': false,
  // Speculative connections: a typed or hovered URL would be preconnected
  // before the intercept answers it.
  'network.dns.disablePrefetch': true,
  'network.dns.disablePrefetchFromHTTPS': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.predictor.enable-prefetch': false,
  'network.http.speculative-parallel-limit': 0,
  'browser.urlbar.speculativeConnect.enabled': false,
  'browser.places.speculativeConnect.enabled': false,
  'browser.urlbar.suggest.quicksuggest.sponsored': false,
  'browser.urlbar.suggest.quicksuggest.nonsponsored': false,
  'network.http.http3.enable': false,
  // Other background fetches.
  'browser.contentblocking.report.lockwise.enabled': false,
  'browser.translations.enable': false,
  'browser.ml.enable': false,
  // Media plugin (OpenH264, Widevine) downloads: Mozilla's list, then Google's
  // component updater (update.googleapis.com), some seconds after start.
  'media.gmp-manager.updateEnabled': false,
  'media.gmp-manager.url': '',
  'media.gmp-manager.chromium-update-url': '',
  'media.eme.enabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-widevinecdm.enabled': false,
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  'browser.uitour.enabled': false,
  'signon.management.page.breach-alerts.enabled': false,
  'browser.vpn_promo.enabled': false,
  // Temporary, unsigned installs of the build under test.
  'xpinstall.signatures.required': false,
};

/** The prefs above plus a proxy at the trap: every proxied connection ends at 127.0.0.1:trapPort. */
export function userJs(trapPort: number, prefs: Record<string, string | number | boolean> = OFFLINE_PREFS): string {
  const all: Record<string, string | number | boolean> = {
    ...prefs,
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': trapPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': trapPort,
    'network.proxy.share_proxy_settings': true,
    // DNS for proxied requests is the proxy's job: never resolve locally.
    'network.proxy.socks_remote_dns': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
  };
  return Object.entries(all)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n');
}

/** A local "proxy" that answers every request with an error and remembers where it was going. */
export interface NetworkTrap {
  port: number;
  /** One entry per proxied request: `CONNECT host:443` or the absolute http URL. */
  attempts: Leak[];
  close(): Promise<void>;
}

/** Starts the trap on an ephemeral 127.0.0.1 port. */
export async function startNetworkTrap(): Promise<NetworkTrap> {
  const attempts: Leak[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let head = '';
    socket.on('data', (chunk) => {
      if (head.includes('\r\n')) return;
      head += chunk.toString('latin1');
      const line = head.split('\r\n')[0] ?? '';
      if (!head.includes('\r\n')) return;
      const [method, target] = line.split(' ');
      attempts.push({ url: method === 'CONNECT' ? `https://${target ?? '?'}` : (target ?? line), from: 'browser via proxy trap' });
      socket.end('HTTP/1.1 502 Second Look test: network disabled\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('network trap: no port');
  return {
    port: address.port,
    attempts,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A minimal WebSocket client (RFC 6455): text frames, client masking, ping/pong, close. */
class WebSocketClient {
  private buffer: Buffer = Buffer.alloc(0);
  private fragments: Buffer[] = [];
  private closed = false;

  private constructor(
    private readonly socket: Socket,
    private readonly onText: (text: string) => void,
    private readonly onClose: (reason: string) => void,
  ) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('close', () => this.finish('socket closed'));
    socket.on('error', (error) => this.finish(`socket error: ${error.message}`));
  }

  /** Opens ws://host:port/path. */
  static connect(url: string, onText: (text: string) => void, onClose: (reason: string) => void): Promise<WebSocketClient> {
    const { hostname, port, pathname } = new URL(url);
    return new Promise((resolve, reject) => {
      const req = httpRequest({
        host: hostname,
        port: Number(port),
        path: pathname,
        headers: {
          Connection: 'Upgrade',
          Upgrade: 'websocket',
          'Sec-WebSocket-Version': '13',
          'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
        },
      });
      req.on('upgrade', (_res, socket: Socket, head: Buffer) => {
        socket.setNoDelay(true);
        const client = new WebSocketClient(socket, onText, onClose);
        if (head.length) client.receive(head);
        resolve(client);
      });
      req.on('response', (res) => reject(new Error(`WebSocket upgrade refused: HTTP ${res.statusCode} from ${url}`)));
      req.on('error', reject);
      req.end();
    });
  }

  sendText(text: string): void {
    this.sendFrame(0x1, Buffer.from(text, 'utf8'));
  }

  close(): void {
    if (this.closed) return;
    this.sendFrame(0x8, Buffer.alloc(0));
    this.socket.end();
  }

  private sendFrame(opcode: number, payload: Buffer): void {
    if (this.socket.destroyed) return;
    const length = payload.length;
    const header = length < 126 ? Buffer.alloc(2) : length < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
    header[0] = 0x80 | opcode;
    if (length < 126) header[1] = 0x80 | length;
    else if (length < 65536) {
      header[1] = 0x80 | 126;
      header.writeUInt16BE(length, 2);
    } else {
      header[1] = 0x80 | 127;
      header.writeBigUInt64BE(BigInt(length), 2);
    }
    // Clients must mask every frame (RFC 6455 §5.3).
    const mask = randomBytes(4);
    const masked = Buffer.alloc(length);
    for (let i = 0; i < length; i++) masked[i] = (payload[i] ?? 0) ^ (mask[i % 4] ?? 0);
    this.socket.write(Buffer.concat([header, mask, masked]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (this.buffer.length < 2) return;
      const first = this.buffer[0] ?? 0;
      const second = this.buffer[1] ?? 0;
      let length = second & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (this.buffer.length < 4) return;
        length = this.buffer.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (this.buffer.length < 10) return;
        length = Number(this.buffer.readBigUInt64BE(2));
        offset = 10;
      }
      const masked = (second & 0x80) !== 0;
      const maskKey = masked ? this.buffer.subarray(offset, offset + 4) : null;
      if (masked) offset += 4;
      if (this.buffer.length < offset + length) return;
      const payload = Buffer.from(this.buffer.subarray(offset, offset + length));
      this.buffer = this.buffer.subarray(offset + length);
      // Servers do not mask, but a masked frame is still well-formed.
      if (maskKey) for (let i = 0; i < payload.length; i++) payload[i] = (payload[i] ?? 0) ^ (maskKey[i % 4] ?? 0);
      const opcode = first & 0x0f;
      const fin = (first & 0x80) !== 0;
      if (opcode === 0x8) {
        this.finish('closed by the browser');
        this.socket.end();
        return;
      }
      if (opcode === 0x9) {
        this.sendFrame(0xa, payload);
        continue;
      }
      if (opcode === 0xa) continue;
      // Text (0x1) or a continuation (0x0) of one.
      this.fragments.push(payload);
      if (fin) {
        const text = Buffer.concat(this.fragments).toString('utf8');
        this.fragments = [];
        this.onText(text);
      }
    }
  }

  private finish(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose(reason);
  }
}

type BidiParams = Record<string, unknown>;
type BidiEventHandler = (params: BidiParams) => void | Promise<void>;

/** One WebDriver BiDi session's connection: commands with replies, and events. */
export class BidiConnection {
  private nextId = 1;
  private readonly pending = new Map<number, { method: string; resolve: (value: BidiParams) => void; reject: (error: Error) => void }>();
  private readonly handlers = new Map<string, BidiEventHandler[]>();
  private socket: WebSocketClient | null = null;
  /** Errors thrown by event handlers: a test checks this is empty. */
  readonly handlerErrors: string[] = [];

  /** Connects to ws://127.0.0.1:PORT/session. */
  static async connect(url: string): Promise<BidiConnection> {
    const connection = new BidiConnection();
    connection.socket = await WebSocketClient.connect(
      url,
      (text) => connection.receive(text),
      (reason) => connection.rejectAll(reason),
    );
    return connection;
  }

  /** Sends a command and resolves with its result; rejects with the browser's error message. */
  send<T = BidiParams>(method: string, params: BidiParams = {}, timeoutMs = 20_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`BiDi ${method}: no reply in ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        method,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      if (!this.socket) throw new Error('BiDi: not connected');
      this.socket.sendText(JSON.stringify({ id, method, params }));
    });
  }

  /** Calls `handler` for every event named `method` (subscribe to it with session.subscribe too). */
  on(method: string, handler: BidiEventHandler): void {
    this.handlers.set(method, [...(this.handlers.get(method) ?? []), handler]);
  }

  close(): void {
    this.socket?.close();
  }

  private receive(text: string): void {
    const message = JSON.parse(text) as { id?: number; type?: string; method?: string; params?: BidiParams; result?: BidiParams; error?: string; message?: string };
    if (typeof message.id === 'number') {
      const entry = this.pending.get(message.id);
      if (!entry) return;
      this.pending.delete(message.id);
      if (message.type === 'error') entry.reject(new Error(`BiDi ${entry.method}: ${message.error}: ${message.message}`));
      else entry.resolve(message.result ?? {});
      return;
    }
    if (message.type === 'event' && message.method) {
      for (const handler of this.handlers.get(message.method) ?? []) {
        Promise.resolve()
          .then(() => handler(message.params ?? {}))
          .catch((error: unknown) => this.handlerErrors.push(`${message.method}: ${String(error)}`));
      }
    }
  }

  private rejectAll(reason: string): void {
    for (const entry of this.pending.values()) entry.reject(new Error(`BiDi ${entry.method}: ${reason}`));
    this.pending.clear();
  }
}

/** A BiDi remote value (the subset tests read). */
export interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

/** One tab: a top-level browsing context. */
export interface FirefoxTab {
  context: string;
  /**
   * Runs `fn` in the page's own realm (as a page script would) with JSON
   * arguments, awaits it, and returns its JSON-serialisable result.
   */
  evaluate<T>(fn: string, ...args: unknown[]): Promise<T>;
  /** Like evaluate, with DOM nodes (by BiDi shared id, e.g. from `serialize`) as the arguments. */
  evaluateOn<T>(fn: string, ...sharedIds: string[]): Promise<T>;
  /** Runs `fn` in the page and returns BiDi's serialisation, shadow trees (closed ones too) included. */
  serialize(fn: string, maxDomDepth?: number): Promise<RemoteValue>;
  close(): Promise<void>;
}

/** One console message or uncaught error, and the tab it came from. */
export interface ConsoleEntry {
  level: string;
  text: string;
  context: string | null;
}

export interface FirefoxExtensionSession {
  bidi: BidiConnection;
  /** The add-on id Firefox reports for the temporary install (the manifest's gecko id). */
  extensionId: string;
  firefoxVersion: string;
  /** Requests that would have left the machine, so far (page requests and the trap's record). */
  leaks: Leak[];
  /** What the proxy trap has recorded so far (the browser's own and extension background traffic). */
  trapAttempts(): Leak[];
  /** Every request URL the browser sent through BiDi, answered or not. */
  requests: string[];
  /** Console entries of pages and their content scripts (log.entryAdded), uncaught errors included. */
  console: ConsoleEntry[];
  /** Opens a new tab at a routed URL and waits for it to load. */
  open(url: string): Promise<FirefoxTab>;
  /** Closes Firefox and throws if anything left or tried to leave the machine. */
  close(options?: { allowLeaks?: boolean }): Promise<{ leaks: Leak[] }>;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Remote hosts Firefox's resolver log (MOZ_LOG=nsHostResolver:4) says it looked up. */
export function hostsInResolverLog(logText: string): string[] {
  const hosts = new Set<string>();
  for (const match of logText.matchAll(/Resolving host \[([^\]]*)\]/g)) {
    const host = (match[1] ?? '').toLowerCase();
    if (host && !LOCAL_HOSTS.has(host) && !host.startsWith('127.') && !host.endsWith('.localhost')) hosts.add(host);
  }
  return [...hosts].sort();
}

/** Reads every process's resolver log in a profile (the parent's and each child's file); null when there is none. */
function resolverLogHosts(profile: string): string[] | null {
  const files = readdirSync(profile).filter((name) => name.startsWith('resolver.log'));
  const text = files.map((name) => readFileSync(join(profile, name), 'latin1')).join('\n');
  // The resolver logs its own start; without that line the log is not being written and proves nothing.
  if (!text.includes('nsHostResolver::Init')) return null;
  return hostsInResolverLog(text);
}

function isLeaving(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!/^(https?|wss?|ftp):$/.test(parsed.protocol)) return false;
  return !LOCAL_HOSTS.has(parsed.hostname) && !parsed.hostname.startsWith('127.');
}

/** Waits for the line in which Firefox prints its BiDi address, or fails with what it printed. */
function waitForBidiAddress(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Firefox printed no BiDi address in ${timeoutMs} ms. Output:\n${output}`)), timeoutMs);
    const read = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = /WebDriver BiDi listening on (ws:\/\/[^\s]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stderr?.on('data', read);
    child.stdout?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited (code ${code}) before BiDi started. Output:\n${output}`));
    });
  });
}

/**
 * Launches headless Firefox with a fresh offline profile, installs the
 * build at `dist` as a temporary add-on, and serves `routes` at their real
 * URLs. Requests to anything else off the machine are failed and recorded.
 */
export async function launchFirefoxExtension(routes: Route[], options: { dist?: string } = {}): Promise<FirefoxExtensionSession> {
  const executable = firefoxPath();
  const dist = options.dist ?? FIREFOX_DIST;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`No build at ${dist}: run \`npm run build\` first.`);

  const trap = await startNetworkTrap();
  const profile = mkdtempSync(join(tmpdir(), 'second-look-firefox-'));
  writeFileSync(join(profile, 'user.js'), userJs(trap.port));

  const child = spawn(executable, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', '0', 'about:blank'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      MOZ_CRASHREPORTER_DISABLE: '1',
      MOZ_DISABLE_AUTO_SAFE_MODE: '1',
      MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
      // The resolver's log names every host the browser looks up, proxied or not;
      // `sync` writes each line at once, so a killed browser leaves a whole log.
      MOZ_LOG: 'sync,nsHostResolver:4',
      MOZ_LOG_FILE: join(profile, 'resolver.log'),
    },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  let resolvedHosts: string[] | null = [];
  const cleanup = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await trap.close();
    resolvedHosts = resolverLogHosts(profile);
    rmSync(profile, { recursive: true, force: true });
  };

  try {
    const address = await waitForBidiAddress(child, 30_000);
    const bidi = await BidiConnection.connect(`${address}/session`);
    const created = await bidi.send<{ capabilities: { browserVersion?: string } }>('session.new', {
      capabilities: { alwaysMatch: { acceptInsecureCerts: false, unhandledPromptBehavior: { default: 'ignore' } } },
    });

    const leaks: Leak[] = [];
    const requests: string[] = [];
    const consoleEntries: ConsoleEntry[] = [];
    const withoutFragment = (url: string): string => url.split('#')[0] ?? url;
    const byUrl = new Map(routes.map((r) => [withoutFragment(r.url), r]));

    bidi.on('log.entryAdded', (params) => {
      const entry = params as { level?: string; text?: string | null; source?: { context?: string } };
      consoleEntries.push({ level: entry.level ?? 'info', text: entry.text ?? '', context: entry.source?.context ?? null });
    });

    bidi.on('network.beforeRequestSent', async (params) => {
      const event = params as { isBlocked?: boolean; context?: string | null; request: { request: string; url: string } };
      const { url, request } = event.request;
      requests.push(url);
      const fixture = byUrl.get(withoutFragment(url));
      if (!event.isBlocked) {
        // Not held by the intercept (data: URLs and the like): nothing to answer, but record it if it leaves.
        if (!fixture && isLeaving(url)) leaks.push({ url, from: event.context ?? 'browser' });
        return;
      }
      if (fixture) {
        const html = fixture.html ?? readFileSync(join(ROOT, 'tests/fixtures', fixture.file ?? ''), 'utf8');
        await bidi.send('network.provideResponse', {
          request,
          statusCode: 200,
          reasonPhrase: 'OK',
          headers: [{ name: 'Content-Type', value: { type: 'string', value: 'text/html; charset=utf-8' } }],
          body: { type: 'string', value: withLocalFavicon(html) },
        });
        return;
      }
      if (isLeaving(url)) {
        leaks.push({ url, from: event.context ?? 'browser' });
        await bidi.send('network.failRequest', { request });
        return;
      }
      await bidi.send('network.continueRequest', { request });
    });

    await bidi.send('session.subscribe', { events: ['network.beforeRequestSent', 'log.entryAdded'] });
    await bidi.send('network.addIntercept', { phases: ['beforeRequestSent'] });

    const installed = await bidi.send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: dist } });

    async function callFunction(context: string, functionDeclaration: string, args: RemoteValue[], extra: BidiParams = {}): Promise<RemoteValue> {
      const reply = await bidi.send<{ type: string; result?: RemoteValue; exceptionDetails?: { text?: string } }>('script.callFunction', {
        functionDeclaration,
        target: { context },
        arguments: args,
        awaitPromise: true,
        ...extra,
      });
      if (reply.type === 'exception') throw new Error(`in page: ${reply.exceptionDetails?.text ?? 'exception'}`);
      if (!reply.result) throw new Error('in page: no result');
      return reply.result;
    }

    const tabFor = (context: string): FirefoxTab => ({
      context,
      async evaluate<T>(fn: string, ...args: unknown[]): Promise<T> {
        // Arguments and result cross as JSON text: no remote-value decoding needed.
        const wrapper = `async (argsJson) => JSON.stringify((await (${fn})(...JSON.parse(argsJson))) ?? null)`;
        const result = await callFunction(context, wrapper, [{ type: 'string', value: JSON.stringify(args) }]);
        return JSON.parse(String(result.value)) as T;
      },
      async evaluateOn<T>(fn: string, ...sharedIds: string[]): Promise<T> {
        const wrapper = `async (...nodes) => JSON.stringify((await (${fn})(...nodes)) ?? null)`;
        const result = await callFunction(
          context,
          wrapper,
          sharedIds.map((sharedId) => ({ sharedId }) as unknown as RemoteValue),
        );
        return JSON.parse(String(result.value)) as T;
      },
      serialize(fn: string, maxDomDepth = 3) {
        return callFunction(context, fn, [], {
          serializationOptions: { maxDomDepth, includeShadowTree: 'all' },
          resultOwnership: 'none',
        });
      },
      async close() {
        await bidi.send('browsingContext.close', { context });
      },
    });

    return {
      bidi,
      extensionId: installed.extension,
      firefoxVersion: created.capabilities.browserVersion ?? 'unknown',
      leaks,
      trapAttempts: () => [...trap.attempts],
      requests,
      console: consoleEntries,
      async open(url) {
        const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
        await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
        return tabFor(context);
      },
      async close({ allowLeaks = false } = {}) {
        try {
          await bidi.send('browser.close', {}, 10_000);
        } catch {
          // The browser may drop the connection before it replies.
        }
        bidi.close();
        await cleanup();
        if (resolvedHosts === null) throw new Error(`Network guard: Firefox wrote no resolver log (MOZ_LOG), so its DNS lookups are unchecked.`);
        const all = [...leaks, ...trap.attempts, ...resolvedHosts.map((host) => ({ url: host, from: 'DNS lookup in the resolver log' }))];
        if (!allowLeaks && all.length) {
          throw new Error(`Network guard: something tried to leave the machine.\n${all.map((l) => `  request ${l.url} (from ${l.from})`).join('\n')}`);
        }
        if (bidi.handlerErrors.length) throw new Error(`BiDi event handlers failed:\n  ${bidi.handlerErrors.join('\n  ')}`);
        return { leaks: all };
      },
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** What one `<second-look-nudge>` host shows, read through its shadow root (closed ones too). */
export interface NudgeSeen {
  /** The card (first element in the shadow root), for `evaluateOn`. */
  cardId: string | null;
  shadowMode: string | null;
  level: string | null;
  kind: string | null;
  categories: string[];
}

interface SerializedNode {
  type: string;
  sharedId?: string;
  value?: {
    nodeType?: number;
    localName?: string;
    attributes?: Record<string, string>;
    children?: SerializedNode[];
    shadowRoot?: SerializedNode | null;
    mode?: string;
  };
}

/**
 * Reads nudge hosts from BiDi's serialisation of an array of elements. The
 * nudge contract (src/ui/nudge/index.ts): the first element inside the
 * shadow root carries data-level, data-kind and data-categories.
 */
export function nudgesIn(value: RemoteValue): NudgeSeen[] {
  if (value.type !== 'array' || !Array.isArray(value.value)) throw new Error(`expected an array of nodes, got ${value.type}`);
  return (value.value as SerializedNode[]).map((host) => {
    const root = host.value?.shadowRoot ?? null;
    const card = root?.value?.children?.find((child) => child.value?.nodeType === 1);
    const attributes = card?.value?.attributes ?? {};
    return {
      cardId: card?.sharedId ?? null,
      shadowMode: root?.value?.mode ?? null,
      level: attributes['data-level'] ?? null,
      kind: attributes['data-kind'] ?? null,
      categories: (attributes['data-categories'] ?? '').split(/\s+/).filter(Boolean),
    };
  });
}

/** The nudge host element's tag (the nudge contract; importing it would load the polyfill outside an extension). */
export const NUDGE_HOST_TAG = 'second-look-nudge';

/** Every nudge on the page right now. */
export async function nudgesOn(tab: FirefoxTab): Promise<NudgeSeen[]> {
  // Depth 2: host → shadow root → card; the card's own subtree is not needed.
  return nudgesIn(await tab.serialize(`() => [...document.querySelectorAll(${JSON.stringify(NUDGE_HOST_TAG)})]`, 2));
}
