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

export default function BackupSection({ onImported }: { onImported: () => void }) {
  const [issues, setIssues] = useState<SettingsIssue[] | null>(null);
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
      {issues && (
        <div class="problem" role="alert" data-testid="import-errors">
          <p>{t('options_importFailed')}</p>
          <ul>
            {issues.slice(0, 20).map((issue, i) => (
              <li key={i}>
                {issuePlace(issue.path) && <strong>{issuePlace(issue.path)}: </strong>}
                {issueText(issue)} {issue.path && <code class="muted">{issue.path}</code>}
                {issue.detail && <span class="muted"> ({issue.detail})</span>}
              </li>
            ))}
          </ul>
          {issues.length > 20 && <p>{t('options_importMore', String(issues.length - 20))}</p>}
        </div>
      )}
    </Section>
  );
}
