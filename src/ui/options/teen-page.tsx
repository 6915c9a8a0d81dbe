/** "What the teen sees": plain words a guardian can show the teen, matching the settings in force. */
import type { Settings } from '../../shared/settings';
import { platform } from '../../platform/index';
import { t } from './i18n';

export const PRACTICE_PAGE = 'src/ui/practice/index.html';

export default function TeenPage({ effective, onBack }: { effective: Settings; onBack: () => void }) {
  return (
    <main class="teen-page" id="teen">
      <h1>{t('options_teenTitle')}</h1>
      <p class="guardian-note">{t('options_teenIntro')}</p>
      {/* The teen text says the button is in the toolbar: true only once a guardian pins it. */}
      <p class="guardian-note toolbar" data-testid="toolbar-note">
        {t('options_teenToolbarNote')}
      </p>
      <div class="card teen-text">
        <p>{t('options_teen_what')}</p>
        <p>{t('options_teen_private')}</p>
        <p>{t('options_teen_you')}</p>
        <p>{t('options_teen_sign')}</p>
        {effective.allowTrust && <p>{t('options_teen_trust')}</p>}
        {effective.localSummary && <p data-testid="teen-summary">{t('options_teen_summary')}</p>}
        <p>{t('options_teen_help')}</p>
      </div>
      <div class="buttons">
        <button type="button" class="primary" onClick={() => void platform().openTab(platform().extensionUrl(PRACTICE_PAGE))}>
          {t('options_teenPractice')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('options_teenPrint')}
        </button>
        <button type="button" onClick={onBack}>
          {t('options_teenBack')}
        </button>
      </div>
    </main>
  );
}
