/**
 * The options page: a PIN gate (when a PIN is set), then the guardian's
 * settings in plain sections, and a "What the teen sees" view. Every change
 * is saved at once and announced in a status line; changes made elsewhere
 * (another tab, a school policy update) redraw the page.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../shared/settings';
import type { SiteId } from '../../shared/sites';
import { hasPin } from '../../platform/pin-store';
import {
  dismissRecoveryNotice,
  loadSettingsState,
  removeTrustedContact,
  repairStoredSettings,
  saveSettings,
  updateSettings,
  watchSettings,
  type SettingsState,
} from '../../platform/settings';
import BackupSection, { downloadText } from './backup';
import {
  CategoriesSection,
  HelplineSection,
  LanguagesSection,
  NudgeLanguageSection,
  SensitivitySection,
  SitesSection,
  TrustSection,
} from './choices';
import { formatDate, t } from './i18n';
import { ContactsSection, PhrasesSection } from './lists';
import PinPrompt from './pin-prompt';
import PinSection from './pin-section';
import ResetSection from './reset';
import SummarySection from './summary';
import TeenPage from './teen-page';

export interface OptionsAppProps {
  /** The clock, for tests. */
  now?: () => number;
}

type View = 'settings' | 'teen';
const viewFromHash = (): View => (location.hash === '#teen' ? 'teen' : 'settings');

export default function OptionsApp({ now }: OptionsAppProps) {
  const [state, setState] = useState<SettingsState | null>(null);
  const [pinSet, setPinSet] = useState<boolean | null>(null);
  const [unlocked, setUnlocked] = useState(false);
  const [forgot, setForgot] = useState(false);
  const [view, setView] = useState<View>(viewFromHash);
  const [status, setStatus] = useState('');

  async function refresh(): Promise<void> {
    const [next, pin] = await Promise.all([loadSettingsState(), hasPin()]);
    setState(next);
    setPinSet(pin);
    // Whoever is here while no PIN is set may stay when they set one.
    if (!pin) setUnlocked(true);
  }

  useEffect(() => {
    void repairStoredSettings().then(refresh);
    const stop = watchSettings(() => void refresh());
    const onHash = (): void => setView(viewFromHash());
    window.addEventListener('hashchange', onHash);
    return () => {
      stop();
      window.removeEventListener('hashchange', onHash);
    };
  }, []);

  const show = (next: View): void => {
    location.hash = next === 'teen' ? 'teen' : '';
    setView(next);
  };

  async function write(change: (s: Settings) => Settings): Promise<void> {
    // Show the change at once (a controlled checkbox would otherwise flick back until storage answers);
    // locked controls are disabled, so the change only touches entries where effective equals local.
    setState((prev) => prev && { ...prev, effective: change(structuredClone(prev.effective)), local: change(structuredClone(prev.local)) });
    const result = await updateSettings(change);
    setStatus(result.ok ? t('options_saved') : t('options_notSaved'));
    await refresh();
  }
  const save = (patch: Partial<Settings>): void => void write((s) => ({ ...s, ...patch }));
  const update = (change: (s: Settings) => Settings): void => void write(change);

  if (!state || pinSet === null) return <p class="loading">{t('options_loading')}</p>;

  if (view === 'teen') return <TeenPage effective={state.effective} onBack={() => show('settings')} />;

  const header = (
    <header class="page-header">
      <h1>{t('options_title')}</h1>
      <p class="lead">{t('options_intro')}</p>
      <nav>
        <a
          href="#teen"
          onClick={(e) => {
            e.preventDefault();
            show('teen');
          }}
        >
          {t('options_navTeen')}
        </a>
      </nav>
    </header>
  );

  if (pinSet && !unlocked) {
    return (
      <main class="gate">
        {header}
        <section class="card" aria-labelledby="gate-title">
          <h2 id="gate-title">{t('options_pinGateTitle')}</h2>
          <p class="help">{t('options_pinGateHelp')}</p>
          <PinPrompt
            label={t('options_pinLabel')}
            submitLabel={t('options_pinUnlock')}
            wrongText={t('options_pinWrong')}
            lockedText={(wait) => t('options_pinLocked', wait)}
            onSuccess={() => setUnlocked(true)}
            now={now}
          />
          <button type="button" class="link" aria-expanded={forgot} onClick={() => setForgot(!forgot)}>
            {t('options_pinForgot')}
          </button>
        </section>
        {forgot && <ResetSection onReset={() => void refresh().then(() => setForgot(false))} />}
      </main>
    );
  }

  const { effective, local, locked, recovery, resetAt, policyIssues } = state;
  const choiceProps = { effective, locked, save, update };

  return (
    <main>
      {header}
      {recovery && (
        <div class="notice" role="alert" data-testid="recovery-notice">
          <p>{t('options_recoveryNotice')}</p>
          <div class="buttons">
            <button
              type="button"
              onClick={() =>
                downloadText(
                  typeof recovery.value === 'string' ? recovery.value : JSON.stringify(recovery.value, null, 2),
                  'second-look-damaged-settings.json',
                )
              }
            >
              {t('options_recoveryDownload')}
            </button>
            <button type="button" onClick={() => void dismissRecoveryNotice().then(refresh)}>
              {t('options_recoveryDismiss')}
            </button>
          </div>
        </div>
      )}
      {resetAt !== null && (
        <div class="notice" data-testid="reset-notice">
          <p>{t('options_resetNotice', formatDate(resetAt))}</p>
        </div>
      )}
      {locked.size > 0 && (
        <div class="notice policy" data-testid="policy-notice">
          <p>{t('options_policyNotice')}</p>
          {policyIssues.length > 0 && <p>{t('options_policyIssues', policyIssues.map((i) => i.path).join(', '))}</p>}
        </div>
      )}
      <p role="status" aria-live="polite" class="save-status" data-testid="save-status">
        {status}
      </p>
      <SitesSection {...choiceProps} />
      <CategoriesSection {...choiceProps} />
      <SensitivitySection {...choiceProps} />
      <LanguagesSection {...choiceProps} />
      <NudgeLanguageSection {...choiceProps} />
      <HelplineSection {...choiceProps} />
      <TrustSection {...choiceProps} />
      <ContactsSection
        local={local}
        onRemove={(site: SiteId, name: string) => void removeTrustedContact(site, name).then(() => {
          setStatus(t('options_saved'));
          return refresh();
        })}
      />
      <PhrasesSection
        // Redrawn from storage when the phrases change elsewhere (import, policy); kept as typed while invalid.
        key={JSON.stringify(effective.extraPhrases)}
        effective={effective}
        locked={locked}
        savePhrases={async (extraPhrases) => {
          const result = await saveSettings({ extraPhrases });
          setStatus(result.ok ? t('options_phrasesSaved') : t('options_phrasesNotSaved'));
          await refresh();
          return result.ok ? [] : result.issues;
        }}
      />
      <SummarySection effective={effective} locked={locked} save={save} now={now} />
      <PinSection pinSet={pinSet} onChanged={() => void refresh()} now={now} />
      <BackupSection onImported={() => void refresh()} />
      <ResetSection onReset={() => void refresh()} />
    </main>
  );
}
