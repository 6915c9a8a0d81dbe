// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

import { render } from 'preact';
import { createFakePlatform, setPlatform } from '../../../src/platform';
import { createDetector } from '../../../src/engine';
import { clearNudges } from '../../../src/ui/nudge';
import { PracticeApp } from '../../../src/ui/practice/PracticeApp';
import { PRACTICE_SCRIPTS } from '../../../src/ui/practice/scripts';
import { createPracticePlayer } from '../../../src/ui/practice/player';
import { loadTranslator } from '../../../src/ui/nudge/locale-bundles';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let root: HTMLElement;

beforeEach(() => {
  setPlatform(createFakePlatform({ uiLanguage: 'en-US' }));
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  clearNudges();
});

async function mount(props: { lang: 'en' | 'th'; autoplay?: boolean }): Promise<void> {
  render(<PracticeApp initialLanguage={props.lang} initialSite="discord" autoplay={props.autoplay ?? false} />, root);
  // The page loads its language first: on a cold, busy machine that can take far longer than usual.
  await vi.waitFor(() => expect(root.querySelector('h1')).not.toBeNull(), { timeout: 10_000, interval: 10 });
}

const bubbles = () => [...root.querySelectorAll('.bubble')].map((b) => b.textContent);
const nextButton = async () => {
  const { translate } = await loadTranslator('en');
  return [...root.querySelectorAll('button')].find((b) => b.textContent === translate('practice_next'))!;
};

describe('practice page', () => {
  it('shows its title and the script in the chosen language', async () => {
    await mount({ lang: 'th' });
    const { translate } = await loadTranslator('th');
    expect(root.querySelector('h1')?.textContent).toBe(translate('practice_title'));
    expect(document.documentElement.lang).toBe('th');
  });

  it('plays one line per "Next", and shows a nudge only once the real detector asks for one', async () => {
    await mount({ lang: 'en' });
    const script = PRACTICE_SCRIPTS.en;
    const player = createPracticePlayer(script, createDetector());
    const asked: boolean[] = [];
    for (let s = player.next(); s; s = player.next()) asked.push(s.nudge !== null);
    const next = await nextButton();
    for (let i = 0; i < script.lines.length; i++) {
      next.click();
      // A nudge the detector asked for appears (waited for: timers run late on a busy machine); none before one was asked.
      if (asked[i]) await vi.waitFor(() => expect(document.querySelector('second-look-nudge'), `step ${i} asked for a nudge`).not.toBeNull(), { timeout: 5000, interval: 10 });
      else await wait(20);
      const onScreen = document.querySelector('second-look-nudge') !== null;
      const askedSoFar = asked.slice(0, i + 1).some(Boolean);
      expect(onScreen, `step ${i}`).toBe(askedSoFar && onScreen);
    }
    const sent = script.lines.filter((l) => l.from !== 'draft').map((l) => l.text);
    expect(bubbles()).toEqual(sent);
    expect(next.disabled).toBe(true);
  });

  it('plays by itself with ?autoplay=1', async () => {
    await mount({ lang: 'en', autoplay: true });
    // Two lines played with no click (timers run late on a busy machine, so wait for them rather than a fixed time).
    await vi.waitFor(() => expect(bubbles().length).toBeGreaterThanOrEqual(2), { timeout: 10_000, interval: 50 });
  });
});
