/**
 * The practice chat, end to end through the real detector: every script is
 * well formed, and for every language whose pattern pack ships, the
 * stranger's playbook is caught the way the content script would catch it.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/shared/categories';
import { createDetector } from '../../../src/engine';
import { PACKS } from '../../../src/packs';
import { PRACTICE_SCRIPTS } from '../../../src/ui/practice/scripts';
import { createPracticePlayer, type PracticeStep } from '../../../src/ui/practice/player';

const detector = createDetector();
const shipped = new Set(PACKS.map((p) => p.lang as string));

function playAll(language: (typeof LANGUAGES)[number]): PracticeStep[] {
  const player = createPracticePlayer(PRACTICE_SCRIPTS[language], detector, { startAt: Date.UTC(2026, 0, 10, 15) });
  const steps: PracticeStep[] = [];
  for (let s = player.next(); s; s = player.next()) steps.push(s);
  return steps;
}

describe('practice scripts', () => {
  for (const language of LANGUAGES) {
    it(`${language}: has a stranger, a draft followed by what the teen sent instead, and ends with the stranger`, () => {
      const script = PRACTICE_SCRIPTS[language];
      expect(script.stranger).toBeTruthy();
      expect(script.lines.length).toBeGreaterThanOrEqual(10);
      script.lines.forEach((line, i) => {
        if (line.from === 'draft') expect(script.lines[i + 1]?.from, `${language} line ${i}`).toBe('you');
      });
      expect(script.lines.at(-1)?.from).toBe('stranger');
    });
  }

  it('all follow the same playbook, line for line', () => {
    const shape = (language: (typeof LANGUAGES)[number]) => PRACTICE_SCRIPTS[language].lines.map((l) => l.from).join(' ');
    for (const language of LANGUAGES) expect(shape(language), language).toBe(shape('en'));
  });
});

describe('the practice chat through the real detector', () => {
  for (const language of LANGUAGES) {
    const run = shipped.has(language) ? it : it.skip;
    run(`${language}: nudges during the chat, pauses the phone-number draft, and ends urgent`, () => {
      const steps = playAll(language);
      const incoming = steps.filter((s) => s.nudge === 'incoming');
      expect(incoming.length, 'incoming nudges').toBeGreaterThanOrEqual(3);
      const draft = steps.find((s) => s.line.from === 'draft');
      expect(draft?.nudge).toBe('outgoing');
      expect(draft?.outgoing?.categories).toContain('phone_number');
      const last = steps.at(-1)!;
      expect(last.verdict?.level).toBe('urgent');
      expect(last.verdict?.categories).toContain('threat');
      // The teen's own lines never nudge as incoming.
      expect(steps.filter((s) => s.line.from !== 'stranger').every((s) => s.nudge !== 'incoming')).toBe(true);
    });
  }

  it('nudges nothing before the stranger has asked for anything', () => {
    const [first] = playAll('en');
    expect(first?.nudge).toBeNull();
  });
});
