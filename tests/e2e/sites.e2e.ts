// Every site adapter, end to end in real Chromium: the committed fixture page
// is served at the site's real URL, the production content script reads it,
// and what the teen would see (the nudge) is read back through CDP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURES } from '../fixtures/sites/index';
import { launchExtension, readNudges, type ExtensionSession, type NudgeSeen } from './harness';

/** Our own test sentences (never lines from ../shared/eval). */
const RISKY_OFF_PLATFORM = 'ur so easy to talk to. add me on telegram so we can chat private, and dont tell ur parents ok';
// Two moves (photo + secrecy): one ordinary ask alone is only a notice, which balanced does not show.
const RISKY_PHOTO = 'can you send me a pic of you, just for me? and dont tell ur mom about me';
const BENIGN = 'did you finish the maths homework? send me a pic of page 12 pls';
const OWN_REPLY = 'lol no, add me on telegram? dont tell my mom i said that';

const incoming = (nudges: NudgeSeen[]): NudgeSeen[] => nudges.filter((n) => n.kind === 'incoming');
const fixture = (page: Page, call: string, arg: unknown): Promise<void> =>
  page.evaluate(([c, a]) => (window as unknown as Record<string, Record<string, (x: unknown) => void>>).fixture![c as string]!(a), [call, arg] as const);

// One browser for every site (a tab each): the sites share nothing but the
// extension, and one launch instead of eleven keeps the suite quick.
let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension(FIXTURES.map(({ url, file }) => ({ url, file: file.replace(/^tests\/fixtures\//, '') })));
});

afterAll(async () => {
  await session?.close(); // fails if anything left the machine
});

describe.each(FIXTURES)('site $site', ({ url }) => {
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
});
