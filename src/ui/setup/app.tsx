/**
 * The guided setup the background opens once, after a first install:
 *
 *   (PIN gate, only if a PIN already exists) -> 1 PIN (or skip)
 *     -> 2 the teen's languages and country (with the helpline it shows)
 *     -> 3 how often to speak up -> "show your teen"
 *
 * Steps whose settings a school or IT policy fixes are skipped and named on
 * the first screen. Each step saves when the guardian moves on, so closing
 * the tab half-way keeps what was chosen.
 */
import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { LANGUAGES, SENSITIVITIES, type Language, type Sensitivity } from '../../shared/categories';
import { PIN_MIN_LENGTH } from '../../shared/pin';
import { platform } from '../../platform/index';
import { hasPin, setPin } from '../../platform/pin-store';
import { loadSettingsState, repairStoredSettings, saveSettings, type SettingsState } from '../../platform/settings';
import { helplineCountry, HELPLINE_COUNTRIES } from '../nudge/helplines';
import { languageFromLocale } from '../nudge/i18n';
import HelplinePreview from '../options/helpline-preview';
import { countryName, languageName, pageLanguage, t } from '../options/i18n';
import PinPrompt from '../options/pin-prompt';
import { LockedNote } from '../options/section';
import { PRACTICE_PAGE } from '../options/teen-page';
import { preChosenLanguages, stepsToShow, type SetupStep } from './steps';

const OPTIONS_PAGE = 'src/ui/options/index.html';

const STEP_TITLES: Record<SetupStep, string> = {
  pin: 'setup_pinTitle',
  place: 'setup_placeTitle',
  sensitivity: 'options_sensitivityTitle',
};

export interface SetupAppProps {
  /** The clock, for tests. */
  now?: () => number;
}

export default function SetupApp({ now }: SetupAppProps) {
  const [state, setState] = useState<SettingsState | null>(null);
  const [pinAtStart, setPinAtStart] = useState<boolean | null>(null);
  const [unlocked, setUnlocked] = useState(false);
  /** Index into the steps shown; steps.length is the closing "show your teen" screen. */
  const [index, setIndex] = useState(0);
  const [pinSet, setPinSet] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void repairStoredSettings()
      .then(() => Promise.all([loadSettingsState(), hasPin()]))
      .then(([next, pin]) => {
        setState(next);
        setPinAtStart(pin);
        setPinSet(pin);
        if (!pin) setUnlocked(true);
      });
  }, []);

  // Each new step's heading takes focus, so keyboard and screen-reader users start at its top.
  useEffect(() => heading.current?.focus(), [index, unlocked]);

  if (!state || pinAtStart === null) return <p class="loading">{t('options_loading')}</p>;

  // Someone who already set a PIN must give it again: this page changes settings too.
  if (!unlocked) {
    return (
      <main class="setup">
        <h1>{t('setup_title')}</h1>
        <section class="card" aria-labelledby="gate-title">
          <h2 id="gate-title" tabIndex={-1} ref={heading}>
            {t('options_pinGateTitle')}
          </h2>
          <p class="help">{t('options_pinGateHelp')}</p>
          <PinPrompt
            label={t('options_pinLabel')}
            submitLabel={t('setup_pinUnlock')}
            wrongText={t('options_pinWrong')}
            lockedText={(wait) => t('options_pinLocked', wait)}
            onSuccess={() => setUnlocked(true)}
            now={now}
          />
        </section>
      </main>
    );
  }

  const steps = stepsToShow(state.locked);
  const skipped = (['place', 'sensitivity'] as const).filter((s) => !steps.includes(s));
  const step: SetupStep | 'done' = steps[index] ?? 'done';
  const next = (): void => setIndex((i) => i + 1);
  const back = index > 0 ? () => setIndex((i) => i - 1) : undefined;
  const reload = async (): Promise<void> => setState(await loadSettingsState());

  return (
    <main class="setup">
      <header>
        <h1>{t('setup_title')}</h1>
        {step !== 'done' && (
          <>
            <p class="lead">{t('setup_intro')}</p>
            <ol class="progress" aria-label={t('setup_progressLabel')}>
              {steps.map((s, i) => (
                <li key={s} class={i === index ? 'current' : i < index ? 'done' : ''} aria-current={i === index ? 'step' : undefined}>
                  {t(STEP_TITLES[s])}
                </li>
              ))}
            </ol>
          </>
        )}
      </header>
      {index === 0 && skipped.length > 0 && (
        <div class="notice policy" data-testid="setup-policy-notice">
          <p>{t('setup_policySkipped', skipped.map((s) => t(STEP_TITLES[s])).join(', '))}</p>
        </div>
      )}
      {step === 'pin' && (
        <PinStep
          heading={heading}
          position={t('setup_stepOf', [String(index + 1), String(steps.length)])}
          pinSet={pinSet}
          onSet={() => setPinSet(true)}
          onNext={next}
          now={now}
        />
      )}
      {step === 'place' && (
        <PlaceStep
          key="place"
          heading={heading}
          position={t('setup_stepOf', [String(index + 1), String(steps.length)])}
          state={state}
          onBack={back}
          onNext={() => void reload().then(next)}
        />
      )}
      {step === 'sensitivity' && (
        <SensitivityStep
          heading={heading}
          position={t('setup_stepOf', [String(index + 1), String(steps.length)])}
          state={state}
          onBack={back}
          onNext={() => void reload().then(next)}
        />
      )}
      {step === 'done' && <DoneStep heading={heading} pinSet={pinSet} onBack={back} />}
    </main>
  );
}

interface StepProps {
  heading: RefObject<HTMLHeadingElement>;
  /** "Step 1 of 3". */
  position: string;
  onBack?: () => void;
  onNext: () => void;
}

function StepFrame(props: { id: string; title: string; position: string; heading: StepProps['heading']; help: string; children: ComponentChildren }) {
  return (
    <section class="card step" id={`step-${props.id}`} aria-labelledby={`step-${props.id}-title`} data-step={props.id}>
      <p class="position">{props.position}</p>
      <h2 id={`step-${props.id}-title`} tabIndex={-1} ref={props.heading}>
        {props.title}
      </h2>
      <p class="help">{props.help}</p>
      {props.children}
    </section>
  );
}

function NavButtons(props: { onBack?: () => void; nextLabel: string; busy?: boolean; onNext?: () => void; extra?: ComponentChildren }) {
  return (
    <div class="buttons nav">
      {props.onBack && (
        <button type="button" onClick={props.onBack}>
          {t('setup_back')}
        </button>
      )}
      {props.extra}
      <button type={props.onNext ? 'button' : 'submit'} class="primary" disabled={props.busy} onClick={props.onNext}>
        {props.nextLabel}
      </button>
    </div>
  );
}

function PinStep(props: Omit<StepProps, 'onBack'> & { pinSet: boolean; onSet: () => void; now?: () => number }) {
  const [pin, setPinValue] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (pin !== again) {
      setError(t('options_pinMismatch'));
      return;
    }
    setBusy(true);
    const result = await setPin(pin, '', (props.now ?? Date.now)());
    setBusy(false);
    if (!result.ok) {
      setError(result.reason === 'too_short' ? t('options_pinTooShort', String(PIN_MIN_LENGTH)) : result.reason === 'too_long' ? t('options_pinTooLong') : t('options_pinWrong'));
      return;
    }
    setError('');
    props.onSet();
    props.onNext();
  }

  return (
    <StepFrame id="pin" title={t('setup_pinTitle')} position={props.position} heading={props.heading} help={t('setup_pinHelp')}>
      {props.pinSet ? (
        <>
          <p class="status-line done-line">{t('setup_pinAlreadySet')}</p>
          <NavButtons nextLabel={t('setup_next')} onNext={props.onNext} />
        </>
      ) : (
        <form class="stack" onSubmit={(e) => void submit(e)}>
          <div>
            <label for="setup-pin">{t('options_pinNew', String(PIN_MIN_LENGTH))}</label>
            <input
              id="setup-pin"
              type="password"
              autoComplete="new-password"
              value={pin}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? 'setup-pin-error' : undefined}
              onInput={(e) => setPinValue((e.target as HTMLInputElement).value)}
            />
          </div>
          <div>
            <label for="setup-pin-again">{t('options_pinAgain')}</label>
            <input id="setup-pin-again" type="password" autoComplete="new-password" value={again} onInput={(e) => setAgain((e.target as HTMLInputElement).value)} />
          </div>
          <p id="setup-pin-error" class="error" role="alert">
            {error}
          </p>
          <NavButtons nextLabel={busy ? t('setup_pinSaving') : t('setup_pinSet')} busy={busy} />
          <div class="skip">
            <button type="button" class="link" onClick={props.onNext}>
              {t('setup_pinSkip')}
            </button>
            <p class="muted">{t('setup_pinSkipMeans')}</p>
          </div>
        </form>
      )}
    </StepFrame>
  );
}

function PlaceStep(props: StepProps & { state: SettingsState }) {
  const { locked, local, effective } = props.state;
  const languagesLocked = locked.has('languages');
  const countryLocked = locked.has('helplineCountry');
  const browser = platform().uiLanguage();
  const [languages, setLanguages] = useState<Language[]>(() =>
    languagesLocked ? effective.languages : preChosenLanguages(local, languageFromLocale(browser)),
  );
  const [country, setCountry] = useState<string>(() => (countryLocked ? effective.helplineCountry : local.helplineCountry ?? helplineCountry(null, browser)) ?? '');
  const [error, setError] = useState('');
  const countries = [...HELPLINE_COUNTRIES];
  if (country && !countries.includes(country)) countries.push(country);
  countries.sort((a, b) => countryName(a).localeCompare(countryName(b), pageLanguage()));

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (!languagesLocked && languages.length === 0) {
      setError(t('setup_languagesNone'));
      return;
    }
    const patch: Parameters<typeof saveSettings>[0] = {};
    if (!languagesLocked) patch.languages = languages;
    if (!countryLocked) patch.helplineCountry = country || null;
    const result = await saveSettings(patch);
    if (!result.ok) {
      setError(t('options_notSaved'));
      return;
    }
    props.onNext();
  }

  return (
    <StepFrame id="place" title={t('setup_placeTitle')} position={props.position} heading={props.heading} help={t('setup_placeHelp')}>
      <form onSubmit={(e) => void submit(e)}>
        <fieldset disabled={languagesLocked} aria-describedby="setup-languages-help">
          <legend>{t('options_languagesTitle')}</legend>
          <p class="help" id="setup-languages-help">
            {t('setup_languagesHelp')}
          </p>
          <ul class="checks columns">
            {LANGUAGES.map((code) => (
              <li key={code}>
                <label>
                  <input
                    type="checkbox"
                    name={`language-${code}`}
                    checked={languages.includes(code)}
                    onChange={(e) => {
                      const on = (e.target as HTMLInputElement).checked;
                      setLanguages(LANGUAGES.filter((l) => (l === code ? on : languages.includes(l))));
                      setError('');
                    }}
                  />
                  {languageName(code)}
                </label>
              </li>
            ))}
          </ul>
          <LockedNote locked={languagesLocked} />
        </fieldset>
        <div class="country">
          <label for="setup-country">{t('setup_countryLabel')}</label>{' '}
          <select id="setup-country" disabled={countryLocked} value={country} aria-describedby="setup-helpline-preview" onChange={(e) => setCountry((e.target as HTMLSelectElement).value)}>
            <option value="">{t('setup_countryNone')}</option>
            {countries.map((code) => (
              <option key={code} value={code}>
                {countryName(code)}
              </option>
            ))}
          </select>{' '}
          <LockedNote locked={countryLocked} />
          <HelplinePreview country={country || null} id="setup-helpline-preview" />
        </div>
        <p class="error" role="alert">
          {error}
        </p>
        <NavButtons onBack={props.onBack} nextLabel={t('setup_next')} />
      </form>
    </StepFrame>
  );
}

function SensitivityStep(props: StepProps & { state: SettingsState }) {
  const [level, setLevel] = useState<Sensitivity>(props.state.local.sensitivity);
  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    await saveSettings({ sensitivity: level });
    props.onNext();
  }
  return (
    <StepFrame id="sensitivity" title={t('options_sensitivityTitle')} position={props.position} heading={props.heading} help={t('options_sensitivityHelp')}>
      <form onSubmit={(e) => void submit(e)}>
        <fieldset>
          <legend class="visually-hidden">{t('options_sensitivityTitle')}</legend>
          {SENSITIVITIES.map((s) => (
            <div class="radio" key={s}>
              <label>
                <input
                  type="radio"
                  name="sensitivity"
                  value={s}
                  checked={level === s}
                  aria-describedby={`setup-sensitivity-${s}-help`}
                  onChange={() => setLevel(s)}
                />
                {t(`options_sensitivity_${s}`)}
              </label>
              <p class="choice-help" id={`setup-sensitivity-${s}-help`}>
                {t(`options_sensitivity_${s}_help`)}
              </p>
            </div>
          ))}
        </fieldset>
        <NavButtons onBack={props.onBack} nextLabel={t('setup_finish')} />
      </form>
    </StepFrame>
  );
}

function DoneStep(props: { heading: StepProps['heading']; pinSet: boolean; onBack?: () => void }) {
  const open = (path: string) => (e: Event) => {
    e.preventDefault();
    void platform().openTab(platform().extensionUrl(path));
  };
  return (
    <section class="card step" id="step-done" aria-labelledby="step-done-title" data-step="done">
      <h2 id="step-done-title" tabIndex={-1} ref={props.heading}>
        {t('setup_doneTitle')}
      </h2>
      <p>{t('setup_doneSaved')}</p>
      {!props.pinSet && <p class="notice">{t('setup_doneNoPin')}</p>}
      <h3>{t('setup_showTeenTitle')}</h3>
      <p>{t('setup_showTeenHelp')}</p>
      <ul class="links">
        <li>
          <a href={platform().extensionUrl(`${OPTIONS_PAGE}#teen`)} onClick={open(`${OPTIONS_PAGE}#teen`)}>
            {t('setup_teenPageLink')}
          </a>
        </li>
        <li>
          <a href={platform().extensionUrl(PRACTICE_PAGE)} onClick={open(PRACTICE_PAGE)}>
            {t('setup_practiceLink')}
          </a>
        </li>
      </ul>
      <h3>{t('setup_pinButtonTitle')}</h3>
      <p>{t('options_teenToolbarNote')}</p>
      <div class="buttons nav">
        {props.onBack && (
          <button type="button" onClick={props.onBack}>
            {t('setup_back')}
          </button>
        )}
        <a class="button-link" href={platform().extensionUrl(OPTIONS_PAGE)} onClick={open(OPTIONS_PAGE)}>
          {t('setup_allSettings')}
        </a>
      </div>
    </section>
  );
}
