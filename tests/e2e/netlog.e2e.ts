// The net-log half of the network guard reads Chromium's own log: these
// checks prove it finds connection attempts and ignores local ones.
import { describe, expect, it } from 'vitest';
import { hostsInNetLog, withLocalFavicon } from './harness';

const types = { HTTP_STREAM_JOB_CONTROLLER: 1, HOST_RESOLVER_MANAGER_REQUEST: 2, URL_REQUEST_START_JOB: 3 };
const log = (events: { type: number; params?: Record<string, unknown> }[]): string =>
  JSON.stringify({ constants: { logEventTypes: types }, events });

describe('hostsInNetLog', () => {
  it('reports a connection to a remote host', () => {
    const text = log([{ type: 1, params: { url: 'https://collector.example/beacon' } }]);
    expect(hostsInNetLog(text)).toEqual(['collector.example']);
  });

  it('reports name resolution, including names the resolver rules mapped away', () => {
    const text = log([{ type: 2, params: { host: 'https://~notfound' } }, { type: 2, params: { host: 'update.example:443' } }]);
    expect(hostsInNetLog(text).sort()).toEqual(['update.example', '~notfound']);
  });

  it('ignores loopback and requests that opened no connection', () => {
    const text = log([
      { type: 1, params: { url: 'http://127.0.0.1:9/cu' } },
      { type: 2, params: { host: 'http://localhost:8080' } },
      { type: 3, params: { url: 'https://www.instagram.com/direct/' } },
    ]);
    expect(hostsInNetLog(text)).toEqual([]);
  });

  it('reads a log cut short when the browser was killed', () => {
    const full = log([{ type: 1, params: { url: 'https://leak.example/' } }]);
    const cut = full.replace(/\]\}$/, ',');
    expect(hostsInNetLog(cut)).toEqual(['leak.example']);
  });
});

describe('withLocalFavicon', () => {
  it('adds an inline icon so the browser does not fetch /favicon.ico from the real site', () => {
    expect(withLocalFavicon('<html><head><title>x</title></head></html>')).toContain('<link rel="icon" href="data:,">');
  });
  it('keeps a fixture’s own icon', () => {
    const html = '<html><head><link rel="icon" href="data:image/png;base64,AA=="></head></html>';
    expect(withLocalFavicon(html)).toBe(html);
  });
});
