/**
 * The nudge card's content: what was noticed, why it matters, and the
 * choices (Got it, I know this person, block and report, talk to someone,
 * why am I seeing this). Every word comes through the translator; the
 * message text itself is never shown or kept.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { CATEGORIES, PATTERN_FINDINGS } from '../../shared/categories';
import { SITE_NAMES, type SiteId } from '../../shared/sites';
import type { Translator } from './i18n';
import { HelpPanel } from './HelpPanel';
import { ReportPanel } from './ReportPanel';

export type NudgePanel = 'main' | 'report' | 'help' | 'about' | 'trusted' | 'steps';

export interface NudgeViewProps {
  level: 'notice' | 'warn' | 'urgent';
  categories: readonly string[];
  /** Categories that are new (or rose in level) since the last note in this thread; they lead. */
  fresh?: readonly string[];
  /** The verdict's reasons (the engine's Reason shape); only their kinds are used. */
  reasons?: readonly unknown[];
  kind: 'incoming' | 'outgoing';
  site: SiteId;
  /** The sender's name, shown only after the teen chooses "I know this person". */
  sender?: string;
  /** The country whose helplines come first (ISO code), or null. */
  country: string | null;
  /** BCP 47 tag of the language the text is in. */
  lang: string;
  t: Translator;
  /** Present when the "I know this person" choice is allowed. */
  onTrust?: () => void;
  onDismiss: () => void;
  /** Called after the content changed size, so the card can be placed again. */
  onLayout?: () => void;
}


/** The pattern findings among a verdict's reasons (reasons of unknown shape are ignored). */
export function patternFindings(reasons: readonly unknown[] | undefined): string[] {
  const patterns = new Set(
    (reasons ?? []).map((r) => (typeof r === 'object' && r !== null && (r as { kind?: unknown }).kind === 'combination' ? (r as { pattern?: unknown }).pattern : undefined)),
  );
  return PATTERN_FINDINGS.filter((p) => patterns.has(p));
}

/** Categories and pattern findings we know, in the standard order, without repeats. */
export function knownCategories(categories: readonly string[]): string[] {
  return [...CATEGORIES, ...PATTERN_FINDINGS].filter((c) => categories.includes(c));
}

/**
 * What a pause-before-send nudge can name: the engine's OutgoingCategory
 * values, plus photo_request (a photo attached in a thread that asked for one).
 */
export const OUTGOING_KINDS = ['phone_number', 'home_address', 'school_grade', 'secret_code', 'meet_alone', 'send_photo', 'move_app', 'sell_photos', 'photo_request'] as const;

/** Outgoing kinds we know, in a stable order, without repeats. */
export function knownOutgoing(categories: readonly string[]): string[] {
  return OUTGOING_KINDS.filter((c) => categories.includes(c));
}

/** Most serious first: what the card leads with when several categories are active. */
const SEVERITY: readonly string[] = ['threat', 'account_access', 'adult_minor', 'meetup', 'photo_request', 'secrecy', 'off_platform', 'job_offer', 'gift_money', 'personal_info'];

/** How many findings get a full sentence; the rest share one short line, so the card stays short. */
export const FULL_FINDINGS = 2;

/**
 * The order the card names findings in: what is new since the last note
 * first (the reason it appeared now), then by seriousness.
 */
export function displayOrder(categories: readonly string[], fresh: readonly string[] = []): string[] {
  const rank = (c: string): number => (fresh.includes(c) ? 0 : 100) + SEVERITY.indexOf(c);
  return [...categories].sort((a, b) => rank(a) - rank(b));
}

/** Extra reason lines worth saying in words: the engine's Reason kinds beyond "category". */
const REASON_KINDS = ['combination', 'repeated_after_no', 'escalation'] as const;

/**
 * The extra reason kinds present in a verdict's reasons (reasons of unknown shape are ignored). A
 * combination is said in words only when it joins two or more categories ("together, these..."): one
 * that names a single category or none is a pattern finding, or a sentence with nothing to join.
 */
export function reasonKinds(reasons: readonly unknown[] | undefined): string[] {
  const kinds = new Set(
    (reasons ?? []).map((r) => {
      if (typeof r !== 'object' || r === null) return undefined;
      const { kind, categories } = r as { kind?: unknown; categories?: unknown };
      return kind === 'combination' && !(Array.isArray(categories) && categories.length >= 2) ? undefined : kind;
    }),
  );
  return REASON_KINDS.filter((k) => kinds.has(k));
}

/**
 * The one thing to do now, which leads an urgent card (at most 25 words in
 * every locale; the full steps are one tap away).
 */
export function doNowKey(categories: readonly string[]): string {
  if (categories.includes('threat')) return 'nudge_now_threat';
  if (categories.includes('account_access')) return 'nudge_now_account';
  if (categories.includes('photo_request')) return 'nudge_now_photo';
  return 'nudge_now_pattern';
}

/** The full steps behind an urgent card's "What to do, step by step". */
export function urgentSteps(categories: readonly string[]): string[] {
  const threat = categories.includes('threat');
  const takeover = categories.includes('account_access');
  return [
    'nudge_urgent_not_your_fault',
    ...(threat ? ['nudge_urgent_dont_pay', 'nudge_urgent_dont_send_threat'] : []),
    ...(takeover ? ['nudge_urgent_dont_send_account'] : []),
    ...(!threat && categories.includes('photo_request') ? ['nudge_urgent_dont_send_threat'] : []),
    ...(!threat && !takeover ? ['nudge_urgent_stop_replying'] : []),
    'nudge_urgent_tell_adult',
    'nudge_urgent_report',
  ];
}

/** The heading id prefix; the card is labelled by it. */
export const TITLE_ID = 'second-look-nudge-title';
export const BODY_ID = 'second-look-nudge-body';

function PanelFrame(props: { title: string; t: Translator; onBack: () => void; onClose: () => void; children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The teen pressed a button inside the nudge: moving focus to the new panel's
  // heading is expected here and is not stealing it from the compose box.
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  return (
    <div class="panel">
      <div class="head">
        <h2 class="title" id={TITLE_ID} tabIndex={-1} ref={heading}>
          {props.title}
        </h2>
        <CloseButton t={props.t} onClose={props.onClose} />
      </div>
      <div id={BODY_ID} class="body">
        {props.children}
      </div>
      <div class="choices">
        <button type="button" class="secondary" onClick={props.onBack}>
          {props.t('nudge_back')}
        </button>
      </div>
    </div>
  );
}

function CloseButton(props: { t: Translator; onClose: () => void }) {
  return (
    <button type="button" class="close" aria-label={props.t('nudge_close')} title={props.t('nudge_close')} onClick={props.onClose}>
      <span aria-hidden="true">×</span>
    </button>
  );
}

/** The nudge card's inside. The card element itself (role, data attributes) belongs to index.ts. */
export function NudgeView(props: NudgeViewProps) {
  const { t, level, kind } = props;
  const [panel, setPanel] = useState<NudgePanel>('main');
  const categories = knownCategories(props.categories);
  const outgoing = knownOutgoing(props.categories);
  const extraReasons = reasonKinds(props.reasons);
  const urgent = level === 'urgent' && kind === 'incoming';
  const siteName = SITE_NAMES[props.site];

  useEffect(() => props.onLayout?.(), [panel]);

  const closeButton = <CloseButton t={t} onClose={props.onDismiss} />;
  const back = () => setPanel('main');

  if (panel === 'report') return <PanelFrame title={t('nudge_report_title', siteName)} t={t} onBack={back} onClose={props.onDismiss}><ReportPanel site={props.site} t={t} lang={props.lang} /></PanelFrame>;
  if (panel === 'help') return <PanelFrame title={t('nudge_help_title')} t={t} onBack={back} onClose={props.onDismiss}><HelpPanel country={props.country} t={t} lang={props.lang} /></PanelFrame>;
  if (panel === 'about') {
    return (
      <PanelFrame title={t('nudge_about_title')} t={t} onBack={back} onClose={props.onDismiss}>
        <p>{t('nudge_about_what')}</p>
        <p>{t('nudge_about_private')}</p>
        <p>{t('nudge_about_wrong')}</p>
        {kind === 'incoming' && categories.length > 0 && (
          <>
            <p class="small">{t('nudge_about_noticed')}</p>
            <ul>
              {categories.map((c) => (
                <li key={c}>{t(`nudge_reason_${c}`)}</li>
              ))}
              {extraReasons.map((r) => (
                <li key={r}>{t(`nudge_reason_${r}`)}</li>
              ))}
            </ul>
          </>
        )}
      </PanelFrame>
    );
  }
  if (panel === 'steps') {
    const ordered = displayOrder(categories, props.fresh);
    return (
      <PanelFrame title={t('nudge_urgent_heading')} t={t} onBack={back} onClose={props.onDismiss}>
        <ul class="steps-urgent">
          {urgentSteps(categories).map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <h3>{t('nudge_steps_noticed')}</h3>
        {ordered.map((c) => (
          <p key={c}>{t(`nudge_noticed_${c}`)}</p>
        ))}
        {extraReasons.map((r) => (
          <p key={r} class="small">
            {t(`nudge_reason_${r}`)}
          </p>
        ))}
      </PanelFrame>
    );
  }
  if (panel === 'trusted') {
    return (
      <div class="panel">
        <div class="head">
          <p class="title" id={TITLE_ID}>{t('nudge_trust_done', props.sender ?? '')}</p>
          {closeButton}
        </div>
        <div class="choices">
          <button type="button" class="primary" onClick={props.onDismiss}>
            {t('nudge_choice_got_it')}
          </button>
        </div>
      </div>
    );
  }

  // Threats and account takeover get the plain "you are not in trouble" note; an
  // urgent pattern of requests (say, secrecy + a meeting) gets a calmer one.
  const threat = categories.includes('threat');
  const takeover = categories.includes('account_access');
  const title =
    kind === 'outgoing' ? t('nudge_title_outgoing') : urgent && !threat && !takeover ? t('nudge_title_urgent_pattern') : t(`nudge_title_${level}`);
  const ordered = displayOrder(categories, props.fresh);
  const full = ordered.slice(0, FULL_FINDINGS);
  const rest = ordered.slice(FULL_FINDINGS);

  return (
    <div class="panel">
      <div class="band">
        <div class="head">
          <h2 class="title" id={TITLE_ID}>{title}</h2>
          {closeButton}
        </div>
        <p class="private">{t('nudge_private_note')}</p>
      </div>
      <div id={BODY_ID} class="body">
        {urgent ? (
          // Urgent: the one thing to do now leads; what was noticed and the full steps are one tap away.
          <p class="do-now">{t(doNowKey(categories))}</p>
        ) : kind === 'outgoing' ? (
          <>
            {(outgoing.length ? outgoing : ['other']).map((c) => (
              <p key={c} class="noticed">{t(`nudge_outgoing_${c}`)}</p>
            ))}
            <p class="why">{t('nudge_outgoing_why')}</p>
          </>
        ) : (
          <>
            {full.map((c) => (
              <div key={c}>
                <p class="noticed">{t(`nudge_noticed_${c}`)}</p>
                <p class="why">{t(`nudge_why_${c}`)}</p>
              </div>
            ))}
            {rest.length > 0 && <p class="small">{t('nudge_also_noticed', rest.map((c) => t(`nudge_reason_${c}`)).join(', '))}</p>}
            {extraReasons.map((r) => (
              <p key={r} class="small">
                {t(`nudge_reason_${r}`)}
              </p>
            ))}
          </>
        )}
      </div>
      <div class="choices">
        <button type="button" class="primary" onClick={props.onDismiss}>
          {t('nudge_choice_got_it')}
        </button>
        {urgent && (
          <button type="button" class="secondary" onClick={() => setPanel('help')}>
            {t('nudge_choice_help')}
          </button>
        )}
        {kind === 'incoming' && (
          <button type="button" class="secondary" onClick={() => setPanel('report')}>
            {t('nudge_choice_report', siteName)}
          </button>
        )}
        {urgent && (
          <button type="button" class="secondary" onClick={() => setPanel('steps')}>
            {t('nudge_choice_steps')}
          </button>
        )}
        {!urgent && (
          <button type="button" class="secondary" onClick={() => setPanel('help')}>
            {t('nudge_choice_help')}
          </button>
        )}
        {props.onTrust && !urgent && kind === 'incoming' && (
          <button
            type="button"
            class="secondary"
            onClick={() => {
              props.onTrust?.();
              setPanel('trusted');
            }}
          >
            {t('nudge_choice_trust')}
          </button>
        )}
        <button type="button" class="link" onClick={() => setPanel('about')}>
          {t('nudge_choice_why')}
        </button>
      </div>
    </div>
  );
}
