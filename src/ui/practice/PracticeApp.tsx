/**
 * The practice chat page: controls, the pretend chat, and "what Second Look
 * looks for". Nudges are the real ones (src/ui/nudge), driven by the real
 * detector through the practice player.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CATEGORIES, LANGUAGES, type Language } from '../../shared/categories';
import { SITE_IDS, SITE_NAMES, type SiteId } from '../../shared/sites';
import { createDetector } from '../../engine';
import { clearNudges, dismissNudge, setNudgeLanguage, setNudgeRateLimiter, showNudge } from '../nudge';
import { createNudgeRateLimiter } from '../nudge/rate-limit';
import { LANGUAGE_TAGS, type Translator } from '../nudge/i18n';
import { loadTranslator } from '../nudge/locale-bundles';
import { helplineCountry } from '../nudge/helplines';
import { LANGUAGE_NAMES, PRACTICE_SCRIPTS } from './scripts';
import { createPracticePlayer, type PracticePlayer, type PracticeStep } from './player';

/** Time between lines when the chat plays itself. */
export const AUTOPLAY_STEP_MS = 1400;

/** One app per name (the two Telegram clients share one). */
const PRACTICE_SITES = SITE_IDS.filter((id, i) => SITE_IDS.findIndex((other) => SITE_NAMES[other] === SITE_NAMES[id]) === i);

interface ChatEntry {
  step: PracticeStep;
  /** The draft was dropped: the teen chose not to send it. */
  dropped?: boolean;
}

export function PracticeApp(props: { initialLanguage: Language; initialSite: SiteId; autoplay: boolean }) {
  const [language, setLanguage] = useState<Language>(props.initialLanguage);
  const [site, setSite] = useState<SiteId>(props.initialSite);
  const [t, setT] = useState<Translator | null>(null);
  const [entries, setEntries] = useState<ChatEntry[]>([]);
  const [draft, setDraft] = useState<string>('');
  const [playing, setPlaying] = useState(props.autoplay);
  const [round, setRound] = useState(0);
  const detector = useMemo(() => createDetector(), []);
  const player = useRef<PracticePlayer | null>(null);
  const bubbles = useRef(new Map<number, HTMLElement>());
  const composer = useRef<HTMLDivElement>(null);
  const log = useRef<HTMLDivElement>(null);

  // Load the chosen language's strings (page text and nudges alike).
  useEffect(() => {
    let live = true;
    void loadTranslator(language).then((loaded) => {
      if (!live) return;
      setNudgeLanguage({ language, messages: loaded.messages, fallback: loaded.fallback });
      setT(() => loaded.translate);
      document.documentElement.lang = LANGUAGE_TAGS[language];
      document.title = `${loaded.translate('practice_title')} · Second Look`;
      const url = new URL(location.href);
      url.searchParams.set('lang', language);
      history.replaceState(null, '', url);
    });
    return () => {
      live = false;
    };
  }, [language]);

  // A fresh chat whenever the language, the app or the round changes.
  useEffect(() => {
    clearNudges();
    setNudgeRateLimiter(createNudgeRateLimiter());
    player.current = createPracticePlayer(PRACTICE_SCRIPTS[language], detector);
    bubbles.current.clear();
    setEntries([]);
    setDraft('');
  }, [language, site, round, detector]);

  useEffect(() => () => clearNudges(), []);

  const script = PRACTICE_SCRIPTS[language];
  const total = script.lines.length;
  const done = entries.length >= total;

  function step(): void {
    const p = player.current;
    if (!p) return;
    const next = p.next();
    if (!next) {
      setPlaying(false);
      return;
    }
    setEntries((previous) => {
      const last = previous[previous.length - 1];
      // The line after a draft is what the teen sent instead.
      const updated = last && last.step.line.from === 'draft' ? [...previous.slice(0, -1), { ...last, dropped: true }] : previous;
      return [...updated, { step: next }];
    });
    if (next.line.from === 'draft') {
      setDraft(next.line.text);
    } else if (draft) {
      setDraft('');
      dismissNudge('outgoing');
    }
  }

  // Show nudges once the new bubble is on the page, so the card sits beside it.
  useEffect(() => {
    const entry = entries[entries.length - 1];
    if (!entry || !t) return;
    // Scroll the chat, not the page, so the controls and the intro stay put.
    const list = log.current;
    if (list) list.scrollTop = list.scrollHeight;
    const { step: s } = entry;
    const country = helplineCountry(null, LANGUAGE_TAGS[language]);
    const context = {
      site,
      thread: `practice-${language}-${round}`,
      sender: script.stranger,
      composer: composer.current,
      ...(country ? { helplineCountry: country } : {}),
    };
    if (s.nudge === 'incoming' && s.verdict) {
      showNudge(s.verdict, bubbles.current.get(s.index) ?? null, { ...context, kind: 'incoming', onTrust: () => {} });
    } else if (s.nudge === 'outgoing' && s.outgoing) {
      showNudge({ level: 'warn', categories: s.outgoing.categories }, composer.current, { ...context, kind: 'outgoing' });
    }
  }, [entries.length]);

  // Autoplay: one line every AUTOPLAY_STEP_MS until the end.
  useEffect(() => {
    if (!playing || !t) return;
    if (done) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(step, entries.length === 0 ? 300 : AUTOPLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, entries.length, t, done]);

  if (!t) return null;

  return (
    <div class="page">
      <header class="intro">
        <h1>{t('practice_title')}</h1>
        <p>{t('practice_intro')}</p>
        <p class="adults">{t('practice_for_adults')}</p>
      </header>
      <div class="controls">
        <label>
          {t('practice_language')}
          <select value={language} onChange={(e) => setLanguage((e.currentTarget as HTMLSelectElement).value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={LANGUAGE_TAGS[l]}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('practice_site')}
          <select value={site} onChange={(e) => setSite((e.currentTarget as HTMLSelectElement).value as SiteId)}>
            {PRACTICE_SITES.map((id) => (
              <option key={id} value={id}>
                {SITE_NAMES[id]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <main class="layout">
        <section class="chat" aria-label={t('practice_chat_label')}>
          <div class="chat-head">
            <span class="avatar" aria-hidden="true">
              {script.stranger.slice(0, 1).toUpperCase()}
            </span>
            <span>
              <strong>{script.stranger}</strong>
              <span class="who"> · {t('practice_stranger')}</span>
            </span>
          </div>
          <div class="log" role="log" tabIndex={0} aria-label={t('practice_chat_label')} ref={log}>
            <ol>
            {entries.map(({ step: s, dropped }) => {
              if (s.line.from === 'draft') {
                return dropped ? (
                  <li key={s.index} class="system">
                    {t('practice_draft_dropped')}
                  </li>
                ) : null;
              }
              const mine = s.line.from === 'you';
              return (
                <li key={s.index} class={mine ? 'row mine' : 'row theirs'}>
                  <span class="sr-only">{mine ? t('practice_you') : t('practice_stranger')}: </span>
                  <div
                    class="bubble"
                    lang={LANGUAGE_TAGS[language]}
                    ref={(el) => {
                      if (el) bubbles.current.set(s.index, el);
                    }}
                  >
                    {s.line.text}
                  </div>
                  {s.labels.length > 0 && (
                    <div class="noticed">{t('practice_noticed', s.labels.map((c) => t(`nudge_reason_${c}`)).join(', '))}</div>
                  )}
                </li>
              );
            })}
              {done && <li class="system">{t('practice_done')}</li>}
            </ol>
          </div>
          {/* The compose box and the play controls form one dock that nudges never cover. */}
          <div class="dock" ref={composer}>
            <div class="composer">
              {draft ? (
                <>
                  <span class="typing">{t('practice_typing')}</span> <span lang={LANGUAGE_TAGS[language]}>{draft}</span>
                </>
              ) : (
                <span class="placeholder">{t('practice_compose_placeholder')}</span>
              )}
            </div>
            <div class="play">
              <button type="button" class="primary" onClick={step} disabled={done}>
                {t('practice_next')}
              </button>
              <button type="button" onClick={() => setPlaying(!playing)} disabled={done}>
                {playing ? t('practice_pause') : t('practice_autoplay')}
              </button>
              <button
                type="button"
                onClick={() => {
                  setPlaying(false);
                  setRound(round + 1);
                }}
              >
                {t('practice_restart')}
              </button>
              <span class="progress" aria-live="polite">
                {t('practice_progress', [String(entries.length), String(total)])}
              </span>
            </div>
          </div>
        </section>
        <aside class="about">
          <h2>{t('nudge_about_title')}</h2>
          <p>{t('nudge_about_what')}</p>
          <p>{t('nudge_about_private')}</p>
          <p>{t('nudge_about_wrong')}</p>
          <h2>{t('practice_about_title')}</h2>
          <dl>
            {CATEGORIES.map((c) => (
              <div key={c}>
                <dt>{t(`nudge_reason_${c}`)}</dt>
                <dd>{t(`nudge_why_${c}`)}</dd>
              </div>
            ))}
          </dl>
        </aside>
      </main>
    </div>
  );
}
