/**
 * How to block and report someone on each site, as data (report-steps.json).
 * Steps are action ids translated through `nudge_step_<do>` keys; button
 * labels stay as the site's English wording, quoted from the source.
 *
 * From /work/shared/HELPLINES.md section B (research compiled 2026-11-22
 * from stored copies; not re-checked live). status 'confirmed' = the site's
 * own help page; 'unconfirmed' = a third-party guide, news or an old own
 * page whose wording may have changed. Where nothing was sourced (Messenger
 * and Reddit blocking), the step list is left out and the panel says so.
 */
import type { SiteId } from '../../shared/sites';
import data from './report-steps.json';

export const STEP_ACTIONS = [
  'open_chat',
  'open_profile',
  'click_name',
  'hover_message',
  'right_click_message',
  'right_click_name',
  'long_press_message',
  'long_press_name',
  'choose',
  'confirm',
  'choose_reason',
  'choose_reason_hint',
] as const;
export type StepAction = (typeof STEP_ACTIONS)[number];

/** Actions whose sentence names a button, so the step must carry its label. */
export const LABELLED_ACTIONS: readonly StepAction[] = ['choose', 'confirm', 'choose_reason_hint'];

export interface ReportStep {
  do: StepAction;
  label?: string;
}

export interface StepList {
  /** Where the steps were described: the website or the phone app. */
  where: 'web' | 'app';
  /** 'confirmed': the site's own help page; 'unconfirmed': a guide, news or an old page. */
  status: 'confirmed' | 'unconfirmed';
  steps: ReportStep[];
  sources: string[];
}

export type SiteFact = 'report_confidential' | 'block_silent';

export interface SiteReportSteps {
  block?: StepList;
  report?: StepList;
  facts: { fact: SiteFact; source: string }[];
  /** The site's own page for child-safety or sextortion help, when the research found one. */
  childSafety?: string;
}

/** The date the steps were last checked against the research (YYYY-MM-DD). */
export const REPORT_STEPS_CHECKED: string = data.checked;

const sites = data.sites as Partial<Record<SiteId, SiteReportSteps>>;

/** The block and report steps for one site; empty lists when nothing was sourced. */
export function reportStepsFor(site: SiteId): SiteReportSteps {
  return sites[site] ?? { facts: [] };
}

/** Every site entry, for the format test. */
export function allReportSteps(): Partial<Record<SiteId, SiteReportSteps>> {
  return sites;
}
