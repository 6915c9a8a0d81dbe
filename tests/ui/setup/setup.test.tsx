// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

import SetupApp from '../../../src/ui/setup/app';
import { preChosenLanguages, stepsToShow } from '../../../src/ui/setup/steps';
import { loadSettings } from '../../../src/platform/settings';
import { hasPin, setPin } from '../../../src/platform/pin-store';
import { defaultSettings } from '../../../src/shared/settings';
import { byLabel, byText, english, installFake, settle, type, until } from '../options/helpers';

let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const heading = (): string | null | undefined => root.querySelector('h2')?.textContent;
const click = async (label: string): Promise<void> => {
  (await until(() => byText<HTMLButtonElement>(label, 'button', root))).click();
  await settle();
};

describe('setup steps', () => {
  it('skips what a policy fixes entirely, never the PIN', () => {
    expect(stepsToShow(new Set())).toEqual(['pin', 'place', 'sensitivity']);
    expect(stepsToShow(new Set(['sensitivity', 'languages']))).toEqual(['pin', 'place']);
    expect(stepsToShow(new Set(['sensitivity', 'languages', 'helplineCountry']))).toEqual(['pin']);
  });

  it('pre-ticks the browser language and English, or keeps a choice already made', () => {
    expect(preChosenLanguages(defaultSettings(), 'id')).toEqual(['en', 'id']);
    expect(preChosenLanguages(defaultSettings(), null)).toEqual(['en']);
    expect(preChosenLanguages({ ...defaultSettings(), languages: ['th'] }, 'id')).toEqual(['th']);
  });
});

describe('setup page', () => {
  it('walks a guardian through PIN, languages and country, and sensitivity, saving each', async () => {
    installFake({ uiLanguage: 'id-ID' });
    render(<SetupApp />, root);
    await until(() => heading() === english('setup_pinTitle'));
    expect(root.textContent).toContain(english('setup_stepOf', '1', '3'));
    await type(byLabel(english('options_pinNew', '4'))!, '2468');
    await type(byLabel(english('options_pinAgain'))!, '2468');
    await click(english('setup_pinSet'));
    await until(() => heading() === english('setup_placeTitle'), 10_000);
    expect(await hasPin()).toBe(true);

    // Pre-chosen from the browser (id-ID): Indonesian and English ticked, Indonesia's helpline shown.
    expect(root.querySelector<HTMLInputElement>('input[name=language-id]')!.checked).toBe(true);
    expect(root.querySelector<HTMLInputElement>('input[name=language-en]')!.checked).toBe(true);
    expect(root.querySelector<HTMLSelectElement>('#setup-country')!.value).toBe('ID');
    expect(root.querySelector('[data-testid=helpline-preview]')!.textContent).toContain('SAPA 129');
    await click(english('setup_next'));
    await until(() => heading() === english('options_sensitivityTitle'));
    expect((await loadSettings()).languages).toEqual(['en', 'id']);
    expect((await loadSettings()).helplineCountry).toBe('ID');

    root.querySelector<HTMLInputElement>('input[name=sensitivity][value=strict]')!.click();
    await settle();
    await click(english('setup_finish'));
    await until(() => heading() === english('setup_doneTitle'));
    expect((await loadSettings()).sensitivity).toBe('strict');
    expect(root.textContent).toContain(english('setup_showTeenTitle'));
    expect(root.textContent).toContain(english('options_teenToolbarNote'));
    expect(root.textContent).not.toContain(english('setup_doneNoPin'));
  }, 20_000);

  it('lets the guardian skip the PIN, saying what that means', async () => {
    installFake();
    render(<SetupApp />, root);
    await until(() => heading() === english('setup_pinTitle'));
    expect(root.textContent).toContain(english('setup_pinSkipMeans'));
    await click(english('setup_pinSkip'));
    await until(() => heading() === english('setup_placeTitle'));
    expect(await hasPin()).toBe(false);
  });

  it('skips steps a school policy fixes and says so', async () => {
    installFake({ managed: { sensitivity: 'gentle', languages: ['en'], helplineCountry: 'GB' } });
    render(<SetupApp />, root);
    await until(() => heading() === english('setup_pinTitle'));
    const notice = root.querySelector('[data-testid=setup-policy-notice]')!;
    expect(notice.textContent).toBe(english('setup_policySkipped', `${english('setup_placeTitle')}, ${english('options_sensitivityTitle')}`));
    expect(root.textContent).toContain(english('setup_stepOf', '1', '1'));
    await click(english('setup_pinSkip'));
    await until(() => heading() === english('setup_doneTitle'));
    expect(root.textContent).toContain(english('setup_doneNoPin'));
  });

  it('asks for an existing PIN first: the setup changes settings too', async () => {
    installFake();
    await setPin('2468');
    render(<SetupApp />, root);
    await until(() => heading() === english('options_pinGateTitle'));
    expect(root.querySelector('#step-place')).toBeNull();
    await type(byLabel(english('options_pinLabel'))!, '2468');
    await click(english('setup_pinUnlock'));
    await until(() => heading() === english('setup_pinTitle'), 10_000);
    expect(root.textContent).toContain(english('setup_pinAlreadySet'));
  }, 20_000);
});
