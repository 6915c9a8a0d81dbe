/**
 * Loads a committed fixture page into its own happy-dom window at the URL it
 * stands for, running its inline script (the page's driver), as a browser
 * would. Only our own committed fixture files are evaluated.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { FIXTURES, type FixtureDriver } from '../fixtures/sites/index';
import type { SiteId } from '../../src/shared/sites';

export interface LoadedFixture {
  window: Window;
  document: Document;
  fixture: FixtureDriver;
  url: string;
}

const root = new URL('../../', import.meta.url);

export async function loadFixture(site: SiteId | 'generic', build?: string): Promise<LoadedFixture> {
  const entry = FIXTURES.find((f) => f.site === site && f.build === build);
  if (!entry) throw new Error(`no fixture for ${site}${build ? ` (${build})` : ''}`);
  const html = readFileSync(new URL(entry.file, root), 'utf8');
  const window = new Window({
    url: entry.url,
    width: 1280,
    height: 800,
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
  });
  window.document.write(html);
  await window.happyDOM.waitUntilComplete();
  const fixture = (window as unknown as { fixture?: FixtureDriver }).fixture;
  if (!fixture) throw new Error(`${entry.file} exposes no window.fixture`);
  return { window, document: window.document as unknown as Document, fixture, url: entry.url };
}

/** The conversation every fixture opens with, as the adapter should read it (date and system lines left out). */
export const OPENING = [
  { text: 'hey, are you coming to practice tomorrow?', incoming: true, sender: 'Rafi' },
  { text: 'yes! see you at 4', incoming: false },
  { text: 'did anyone finish the math homework?', incoming: true, sender: 'Dewi' },
  { text: 'lol look at this https://example.org/clip', incoming: true, sender: 'Dewi' },
  { text: 'you look so mature in your photos', incoming: true, sender: 'Rafi' },
  { text: 'send me a pic just for me, dont tell anyone ok', incoming: true, sender: 'Rafi' },
  { text: 'why would i do that', incoming: false },
] as const;
