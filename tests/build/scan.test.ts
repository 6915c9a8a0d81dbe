// The build scanner finds what it is meant to find: planted leaks in small
// pieces of minified-looking code, and nothing in code that only looks similar.
import { describe, expect, it } from 'vitest';
import { scanText } from './scan';
import { DATA_LINKS, MATCH_PATTERNS } from './url-allowlist';

const kinds = (code: string): string[] => scanText('x.js', code).map((f) => `${f.kind}:${f.what}`);

describe('build scanner', () => {
  it.each([
    ['fetch(`https://c.example/x`)', 'network-api:fetch'],
    ['globalThis.fetch(u)', 'network-api:fetch'],
    ['window["fetch"](u)', 'network-api:fetch'],
    ['const r=new XMLHttpRequest;', 'network-api:XMLHttpRequest'],
    ['new WebSocket(u)', 'network-api:WebSocket'],
    ['navigator.sendBeacon(u,d)', 'network-api:sendBeacon'],
    ['new EventSource(u)', 'network-api:EventSource'],
    ['new RTCPeerConnection()', 'network-api:RTCPeerConnection'],
    ['importScripts(u)', 'network-api:importScripts'],
  ])('flags the network API in %s', (code, expected) => {
    expect(kinds(code)).toContain(expected);
  });

  it('flags import() of a remote URL or of a computed value, not of a bundled chunk', () => {
    expect(kinds('import("https://cdn.example/m.js")')).toContain('remote-import:import("https://cdn.example/m.js")');
    expect(kinds('import(e)')).toContain('remote-import:import(e)');
    expect(kinds('X(()=>import(`./messages-C0ibo5ff.js`))')).toEqual([]);
    expect(kinds('import("../chunk.js")')).toEqual([]);
  });

  it('flags a URL that is not a helpline, report link or match pattern', () => {
    expect(kinds('const u="https://collector.example/v1/log";')).toEqual(['url:https://collector.example/v1/log']);
    expect(kinds('a=`wss://live.example/socket`')).toEqual(['url:wss://live.example/socket']);
    expect(kinds('t=`https://tracker.example/${id}`')).toEqual(['url:https://tracker.example/${…}']);
  });

  it('allows every helpline/report link, every match pattern and the WhatsApp link builder', () => {
    expect(DATA_LINKS.size).toBeGreaterThan(10);
    for (const url of [...DATA_LINKS, ...MATCH_PATTERNS]) expect(kinds(`x=${JSON.stringify(url)},`), url).toEqual([]);
    expect(kinds('return`https://wa.me/${e.replace(/\\D/g,``)}`')).toEqual([]);
  });

  it('does not mistake pattern text in the packs for a network call', () => {
    expect(kinds('[`come get u`,`fetch you`,`fetch u`,`websocket`]')).toEqual([]);
  });
});
