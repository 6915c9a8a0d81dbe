/** Save settings to a JSON file, or load them from one; a bad file changes nothing and says what is wrong where. */
import { useState } from 'preact/hooks';
import type { SettingsIssue } from '../../shared/settings';
import { exportSettings, importSettings } from '../../platform/settings';
import { t } from './i18n';
import { issuePlace, issueText } from './lists';
import Section from './section';

/** Starts a download of `text` as a file (an object URL: nothing goes over the network). */
export function downloadText(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const MAX_SHOWN = 10;

/**
 * An import's problems as a guardian reads them: the section of this page
 * and the plain reason ("Sites › Discord: This value is the wrong kind"), never
 * a file path or a parser's message. The same sentence for several entries is
 * said once.
 */
export function importProblems(issues: readonly SettingsIssue[]): string[] {
  const lines = issues.map((issue) => {
    const place = issuePlace(issue.path);
    return place ? `${place}: ${issueText(issue)}` : issueText(issue);
  });
  return [...new Set(lines)];
}

export default function BackupSection({ onImported }: { onImported: () => void }) {
  const [issues, setIssues] = useState<SettingsIssue[] | null>(null);
  const problems = issues && importProblems(issues);
  const [status, setStatus] = useState('');

  async function exportFile(): Promise<void> {
    const now = Date.now();
    downloadText(await exportSettings(now), `second-look-settings-${new Date(now).toISOString().slice(0, 10)}.json`);
  }

  async function importFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const result = await importSettings(await file.text());
    input.value = '';
    if (result.ok) {
      setIssues(null);
      setStatus(t('options_importDone'));
      onImported();
    } else {
      setStatus('');
      setIssues(result.issues);
    }
  }

  return (
    <Section id="backup" title={t('options_backupTitle')} help={t('options_backupHelp')}>
      <div class="buttons">
        <button type="button" onClick={() => void exportFile()}>
          {t('options_export')}
        </button>
        <label class="file-button">
          {t('options_import')}
          <input type="file" accept=".json,application/json" name="import-file" onChange={(e) => void importFile(e)} />
        </label>
      </div>
      <p role="status" class="status-line">
        {status}
      </p>
      {problems && (
        <div class="problem" role="alert" data-testid="import-errors">
          <p>{t('options_importFailed')}</p>
          <ul>
            {problems.slice(0, MAX_SHOWN).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {problems.length > MAX_SHOWN && <p>{t('options_importMore', String(problems.length - MAX_SHOWN))}</p>}
          <p>{t('options_importHint')}</p>
        </div>
      )}
    </Section>
  );
}
