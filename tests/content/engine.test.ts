import { afterEach, describe, expect, it } from 'vitest';
import { localEngine } from '../../src/content/engine-client';
import { startContentScript, type ContentScript } from '../../src/content/run';
import { createDetector } from '../../src/engine';
import { SITE_IDS } from '../../src/shared/sites';
import { ADAPTERS } from '../../src/sites/registry';
import { loadFixture, type LoadedFixture } from '../sites/helpers';
import { createNudgeRecorder, createSettingsSource } from './fakes';

const running: { script: ContentScript; page: LoadedFixture }[] = [];
afterEach(async () => {
  for (const { script, page } of running.splice(0)) {
    script.stop();
    await page.window.happyDOM.close();
  }
});

async function settle(script: ContentScript, page: LoadedFixture): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => page.window.setTimeout(resolve, 10));
    await script.idle();
  }
}

describe('content script with the real engine', () => {
  it.each(SITE_IDS)('%s: nudges for the risky run on the page, not for the benign messages or the teen’s own', async (site) => {
    const page = await loadFixture(site);
    const nudges = createNudgeRecorder();
    const settings = createSettingsSource();
    const script = startContentScript({
      window: page.window as unknown as Window,
      site,
      adapter: ADAPTERS[site],
      settings,
      engine: localEngine(createDetector),
      showNudge: nudges.show,
      clearNudges: nudges.clear,
      options: { pollMs: 20 },
    });
    running.push({ script, page });
    await script.ready;
    await settle(script, page);
    expect(nudges.shown.length).toBeGreaterThan(0);
    for (const nudge of nudges.shown) {
      expect(nudge.context.kind).toBe('incoming');
      expect(nudge.anchor?.textContent || nudge.anchor?.shadowRoot?.textContent).toMatch(/send me a pic|mature in your photos/);
    }
    expect(nudges.shown.flatMap((n) => n.verdict.categories)).toContain('photo_request');

    // A benign message and the teen's own risky-sounding words add no nudge.
    const before = nudges.shown.length;
    page.fixture.addMessage({ text: 'ok see you at practice, bring the ball', incoming: true, sender: 'Dewi' });
    page.fixture.addMessage({ text: 'he asked me for a pic and said dont tell anyone', incoming: false });
    await settle(script, page);
    expect(nudges.shown).toHaveLength(before);

    // A new kind of risk in the same thread does.
    page.fixture.addMessage({ text: 'send me the 6 digit code you just got so i can get into your account', incoming: true, sender: 'Rafi' });
    await settle(script, page);
    expect(nudges.shown.length).toBeGreaterThan(before);
    expect(nudges.shown.at(-1)?.verdict.level).toBe('urgent');
  });
});
