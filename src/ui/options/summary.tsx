/** The local summary switch, and the counts kept so far when it is on. */
import { useEffect, useState } from 'preact/hooks';
import { isCategory } from '../../shared/categories';
import type { Settings } from '../../shared/settings';
import { SUMMARY_KEYS, summaryTotals, type SummaryCounts } from '../../shared/summary';
import { loadSummary } from '../../platform/settings';
import { t } from './i18n';
import Section, { LockedNote } from './section';

const DAY = 24 * 60 * 60 * 1000;

export default function SummarySection(props: {
  effective: Settings;
  locked: Set<string>;
  save: (patch: Partial<Settings>) => void;
  now?: () => number;
}) {
  const { effective, locked, save } = props;
  const isLocked = locked.has('localSummary');
  const [counts, setCounts] = useState<SummaryCounts>({});
  const now = (props.now ?? Date.now)();
  useEffect(() => {
    if (effective.localSummary) void loadSummary(now).then(setCounts);
    else setCounts({});
  }, [effective.localSummary]);

  const week = summaryTotals(Object.fromEntries(Object.entries(counts).filter(([day]) => Date.parse(`${day}T00:00:00`) > now - 7 * DAY)));
  const month = summaryTotals(counts);

  return (
    <Section id="summary" title={t('options_summaryTitle')} help={t('options_summaryHelp')}>
      <label>
        <input
          type="checkbox"
          name="local-summary"
          checked={effective.localSummary}
          disabled={isLocked}
          onChange={(e) => save({ localSummary: (e.target as HTMLInputElement).checked })}
        />
        {t('options_summaryLabel')}
      </label>{' '}
      <LockedNote locked={isLocked} />
      {effective.localSummary &&
        (Object.keys(counts).length === 0 ? (
          <p class="empty">{t('options_summaryEmpty')}</p>
        ) : (
          <table class="summary">
            <caption>{t('options_summaryCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('options_summaryKind')}</th>
                <th scope="col">{t('options_summaryWeek')}</th>
                <th scope="col">{t('options_summaryMonth')}</th>
              </tr>
            </thead>
            <tbody>
              {SUMMARY_KEYS.map((c) => (
                <tr key={c}>
                  <th scope="row">{t(isCategory(c) ? `options_category_${c}` : `options_summary_${c}`)}</th>
                  <td>{week[c]}</td>
                  <td>{month[c]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      {effective.localSummary && Object.keys(counts).length > 0 && (
        <div class="summary-guide" data-testid="summary-guide">
          <h3>{t('options_summaryGuideTitle')}</h3>
          <p>{t('options_summaryGuide')}</p>
          <p>{t('options_summaryGuideTalk')}</p>
        </div>
      )}
    </Section>
  );
}
