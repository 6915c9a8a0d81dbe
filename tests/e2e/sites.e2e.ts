// Every site adapter, end to end in real Chromium: the committed fixture page
// is served at the site's real URL, the production content script reads it,
// and what the teen would see (the nudge) is read back through CDP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURES } from '../fixtures/sites/index';
import { launchExtension, OUTPUT_DIR, readNudges, type ExtensionSession, type NudgeSeen } from './harness';

/** Our own test sentences (never lines from ../shared/eval). */
const RISKY_OFF_PLATFORM = 'ur so easy to talk to. add me on telegram so we can chat private, and dont tell ur parents ok';
// Two moves (photo + secrecy): one ordinary ask alone is only a notice, which balanced does not show.
const RISKY_PHOTO = 'can you send me a pic of you, just for me? and dont tell ur mom about me';
const BENIGN = 'did you finish the maths homework? send me a pic of page 12 pls';
const OWN_REPLY = 'lol no, add me on telegram? dont tell my mom i said that';

const incoming = (nudges: NudgeSeen[]): NudgeSeen[] => nudges.filter((n) => n.kind === 'incoming');
const fixture = (page: Page, call: string, arg: unknown): Promise<void> =>
  page.evaluate(([c, a]) => (window as unknown as Record<string, Record<string, (x: unknown) => void>>).fixture![c as string]!(a), [call, arg] as const);

/** Latency samples per fixture (ms from the message's insertion to the nudge on screen); printed, never a pass/fail. */
const LATENCY_SAMPLES = 20;
const latency = new Map<string, number[]>();

/**
 * Inserts one incoming message and resolves with the milliseconds until an
 * incoming nudge is on screen: the nudge host on <html> with a box (the card
 * renders inside a closed shadow root, so the host's size is what the page
 * can see). Watched by a MutationObserver and every animation frame; null
 * after 5 s or when a nudge was already showing.
 */
async function timeNudge(page: Page, text: string): Promise<number | null> {
  return page.evaluate(
    (message) =>
      new Promise<number | null>((resolve) => {
        const showing = (): boolean =>
          Array.from(document.documentElement.children).some((el) => el.tagName.startsWith('SECOND-LOOK-NUDGE') && el.getBoundingClientRect().height > 0);
        if (showing()) {
          resolve(null);
          return;
        }
        const fixtureDriver = (window as unknown as { fixture: { addMessage(m: { text: string; incoming: boolean }): void } }).fixture;
        let done = false;
        const finish = (value: number | null): void => {
          if (done) return;
          done = true;
          observer.disconnect();
          resolve(value);
        };
        const start = performance.now();
        const check = (): void => {
          if (showing()) finish(performance.now() - start);
        };
        const observer = new MutationObserver(check);
        observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
        const frame = (): void => {
          if (done) return;
          check();
          requestAnimationFrame(frame);
        };
        fixtureDriver.addMessage({ text: message, incoming: true });
        requestAnimationFrame(frame);
        setTimeout(() => finish(null), 5000);
      }),
    text,
  );
}

/** Nearest-rank percentile of sorted samples. */
const percentile = (sorted: number[], p: number): number => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

// One browser for every site (a tab each): the sites share nothing but the
// extension, and one launch instead of eleven keeps the suite quick.
let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension(FIXTURES.map(({ url, file }) => ({ url, file: file.replace(/^tests\/fixtures\//, '') })));
});

afterAll(async () => {
  if (latency.size) {
    const rows = [...latency].map(([site, samples]) => {
      const sorted = [...samples].sort((a, b) => a - b);
      return { site, samples: sorted.length, p50: Math.round(percentile(sorted, 50)), p95: Math.round(percentile(sorted, 95)), max: Math.round(sorted.at(-1) ?? NaN) };
    });
    // A figure to read, not a target to pass: speed targets live in bench/.
    console.log(`New incoming message → nudge on screen (ms, ${LATENCY_SAMPLES} samples per page, nearest-rank percentiles):`);
    console.table(rows);
    mkdirSync(OUTPUT_DIR, { recursive: true });
    writeFileSync(join(OUTPUT_DIR, 'site-latency.json'), `${JSON.stringify(rows, null, 2)}\n`);
  }
  await session?.close(); // fails if anything left the machine
});

describe.each(FIXTURES)('site $site', ({ url, site, build }) => {
  let page: Page;

  beforeAll(async () => {
    page = await session.open(url);
  });

  afterAll(async () => {
    await page?.close();
  });

  it('checks the messages already on the page once, and flags the risky run among them', async () => {
    await expect.poll(async () => incoming(await readNudges(page)).length, { timeout: 10_000 }).toBeGreaterThan(0);
    const first = incoming(await readNudges(page));
    expect(first[0]!.categories).toContain('photo_request');
    // A virtualised list re-adding the same nodes is not news.
    await fixture(page, 'recycle', undefined);
    await page.waitForTimeout(800);
    expect(incoming(await readNudges(page))).toEqual(first);
  });

  it('leaves benign incoming messages and the teen’s own messages alone', async () => {
    const before = incoming(await readNudges(page));
    await fixture(page, 'addMessage', { text: BENIGN, incoming: true });
    await fixture(page, 'addMessage', { text: OWN_REPLY, incoming: false });
    await page.waitForTimeout(1000);
    expect(incoming(await readNudges(page))).toEqual(before);
  });

  it('flags a new risky incoming message', async () => {
    await fixture(page, 'addMessage', { text: RISKY_OFF_PLATFORM, incoming: true });
    await expect
      .poll(async () => incoming(await readNudges(page)).flatMap((n) => n.categories), { timeout: 5_000 })
      .toEqual(expect.arrayContaining(['off_platform', 'secrecy']));
  });

  it('starts afresh in another thread', async () => {
    await fixture(page, 'switchThread', 'second-thread');
    await expect.poll(async () => incoming(await readNudges(page)).length, { timeout: 5_000 }).toBe(0);
    await fixture(page, 'addMessage', { text: RISKY_PHOTO, incoming: true });
    await expect.poll(async () => incoming(await readNudges(page)).length, { timeout: 5_000 }).toBe(1);
    const [nudge] = incoming(await readNudges(page));
    // The first thread's off-platform and secrecy findings do not follow the teen here.
    expect(nudge!.categories).toContain('photo_request');
    expect(nudge!.categories).not.toContain('off_platform');
  });

  it('measures how long a new incoming message takes to get its nudge (printed, not a pass/fail)', async () => {
    const samples: number[] = [];
    for (let i = 0; i < LATENCY_SAMPLES; i++) {
      // A fresh conversation each time, so the nudge is a new one rather than an update of the last.
      await fixture(page, 'switchThread', `62813${String(7000000 + i)}`);
      await expect.poll(async () => incoming(await readNudges(page)).length, { timeout: 5_000 }).toBe(0);
      const ms = await timeNudge(page, i % 2 ? RISKY_OFF_PLATFORM : RISKY_PHOTO);
      if (ms !== null) samples.push(ms);
    }
    latency.set(`${site}${build ? ` (${build})` : ''}`, samples);
    // Every sample produced a nudge: the measurement itself must not lose messages.
    expect(samples).toHaveLength(LATENCY_SAMPLES);
  });
});
