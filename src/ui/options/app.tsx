/**
 * The options page: a PIN gate (when a PIN is set), then the guardian's
 * settings, and a "What the teen sees" view. What most guardians change
 * (PIN, sites, how often to speak up, languages and country) comes first;
 * the rest waits under "More settings". Every change is saved at once and
 * announced in a status line that names what was saved; changes made
 * elsewhere (another tab, a school policy update) redraw the page.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../shared/settings';
import type { SiteId } from '../../shared/sites';
import { platform } from '../../platform/index';
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
import { formatDate, formatTime, t } from './i18n';
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
/** The guided setup, which a guardian may run again from here. */
const SETUP_PAGE = 'src/ui/setup/index.html';
const viewFromHash = (): View => (location.hash === '#teen' ? 'teen' : 'settings');

export default function OptionsApp({ now }: OptionsAppProps) {
  const [state, setState] = useState<SettingsState | null>(null);
  const [pinSet, setPinSet] = useState<boolean | null>(null);
  const [unlocked, setUnlocked] = useState(false);
  const [forgot, setForgot] = useState(false);
  const [view, setView] = useState<View>(viewFromHash);
  const [status, setStatus] = useState('');
  const statusTimer = useRef<ReturnType<typeof setTimeout>>();

  /**
   * Says what was just saved ("Saved: Sites, 14:30"). The line is emptied
   * first, so a second change to the same section is announced again and seen
   * to happen, and it clears itself after a while.
   */
  function announce(text: string): void {
    clearTimeout(statusTimer.current);
    setStatus('');
    statusTimer.current = setTimeout(() => {
      setStatus(text);
      statusTimer.current = setTimeout(() => setStatus(''), 8000);
    }, 60);
  }
  useEffect(() => () => clearTimeout(statusTimer.current), []);

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

  async function write(change: (s: Settings) => Settings, what: string): Promise<void> {
    // Show the change at once (a controlled checkbox would otherwise flick back until storage answers);
    // locked controls are disabled, so the change only touches entries where effective equals local.
    setState((prev) => prev && { ...prev, effective: change(structuredClone(prev.effective)), local: change(structuredClone(prev.local)) });
    const result = await updateSettings(change);
    announce(result.ok ? savedText(what) : t('options_notSaved'));
    await refresh();
  }
  const savedText = (what: string): string => t('options_savedSection', [what, formatTime((now ?? Date.now)())]);
  /** save/update for one section, so the status line can name it. */
  const choicesFor = (titleKey: string) => ({
    save: (patch: Partial<Settings>): void => void write((s) => ({ ...s, ...patch }), t(titleKey)),
    update: (change: (s: Settings) => Settings): void => void write(change, t(titleKey)),
  });

  if (!state || pinSet === null) return <p class="loading">{t('options_loading')}</p>;

  if (view === 'teen') return <TeenPage effective={state.effective} onBack={() => show('settings')} />;

  const header = (
    <header class="page-header">
      <h1>{t('options_title')}</h1>
      <p class="lead">{t('options_intro')}</p>
      <nav class="page-nav">
        <a
          href="#teen"
          onClick={(e) => {
            e.preventDefault();
            show('teen');
          }}
        >
          {t('options_navTeen')}
        </a>
        {(!pinSet || unlocked) && <a href={platform().extensionUrl(SETUP_PAGE)}>{t('options_navSetup')}</a>}
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
  const choiceProps = (titleKey: string) => ({ effective, locked, ...choicesFor(titleKey) });

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
      <PinSection pinSet={pinSet} onChanged={() => void refresh()} now={now} />
      <SitesSection {...choiceProps('options_sitesTitle')} />
      <SensitivitySection {...choiceProps('options_sensitivityTitle')} />
      <LanguagesSection {...choiceProps('options_languagesTitle')} />
      <HelplineSection {...choiceProps('options_helplineTitle')} />
      <details class="more" id="more">
        <summary>
          <span class="more-title">{t('options_moreSettings')}</span>
          <span class="more-help">{t('options_moreSettingsHelp')}</span>
        </summary>
        <CategoriesSection {...choiceProps('options_categoriesTitle')} />
        <NudgeLanguageSection {...choiceProps('options_nudgeLanguageTitle')} />
        <TrustSection {...choiceProps('options_trustTitle')} />
        <ContactsSection
          local={local}
          onRemove={(site: SiteId, name: string) => void removeTrustedContact(site, name).then(() => {
            announce(savedText(t('options_contactsTitle')));
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
            announce(result.ok ? t('options_phrasesSaved') : t('options_phrasesNotSaved'));
            await refresh();
            return result.ok ? [] : result.issues;
          }}
        />
        <SummarySection effective={effective} locked={locked} save={choicesFor('options_summaryTitle').save} now={now} />
        <BackupSection onImported={() => void refresh()} />
        <ResetSection onReset={() => void refresh()} />
      </details>
    </main>
  );
}
