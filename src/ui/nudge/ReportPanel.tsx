/**
 * "How to block and report on {site}": the site's own steps from
 * report-steps.json, each list with its source, and a plain note when the
 * steps come from a guide rather than the site's own help pages.
 */
import { Fragment } from 'preact';
import { SITE_NAMES, type SiteId } from '../../shared/sites';
import type { Translator } from './i18n';
import { reportStepsFor, type StepList } from './report-steps';

function Steps(props: { heading: string; list: StepList | undefined; t: Translator }) {
  const { list, t } = props;
  return (
    <section>
      <h3>{props.heading}</h3>
      {list ? (
        <>
          <p class="small">{t(list.where === 'web' ? 'nudge_report_on_web' : 'nudge_report_in_app')}</p>
          <ol>
            {list.steps.map((step, i) => (
              <li key={i}>{t(`nudge_step_${step.do}`, step.label ?? [])}</li>
            ))}
          </ol>
          <p class="small">
            {list.status === 'unconfirmed' && <>{t('nudge_report_unconfirmed')} </>}
            {list.sources.map((url, i) => (
              <Fragment key={url}>
                {i > 0 && ' · '}
                <a href={url} target="_blank" rel="noopener noreferrer">
                  {t('nudge_source')}
                  {list.sources.length > 1 ? ` ${i + 1}` : ''}
                </a>
              </Fragment>
            ))}
          </p>
        </>
      ) : (
        <p class="small">{t('nudge_report_no_steps')}</p>
      )}
    </section>
  );
}

/** The block and report panel body for one site. */
export function ReportPanel(props: { site: SiteId; t: Translator; lang: string }) {
  const { t, site } = props;
  const steps = reportStepsFor(site);
  const name = SITE_NAMES[site];
  return (
    <>
      <p>{t('nudge_report_save_first')}</p>
      <Steps heading={t('nudge_report_block_heading')} list={steps.block} t={t} />
      <Steps heading={t('nudge_report_report_heading')} list={steps.report} t={t} />
      {steps.facts.map((f) => (
        <p key={f.fact} class="small">
          {t(`nudge_${f.fact === 'report_confidential' ? 'report_confidential' : 'report_block_silent'}`, name)}{' '}
          <a href={f.source} target="_blank" rel="noopener noreferrer">
            {t('nudge_source')}
          </a>
        </p>
      ))}
      {!props.lang.toLowerCase().startsWith('en') && <p class="small">{t('nudge_report_labels_note')}</p>}
    </>
  );
}
