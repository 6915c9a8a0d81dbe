/**
 * The toolbar popup: always says Second Look is on and what it does, whether
 * this tab is a site it checks and whether checks run here, and offers a
 * 30-minute pause (behind the PIN when one is set), the settings and the
 * practice page. When the local summary is on, the teen is told here.
 * On a supported site it also says whether Second Look is reading the open
 * chat (counts from the tab's content script, asked again each second while
 * the popup is open), and plainly when it cannot read the page.
 */
import { useEffect, useState } from 'preact/hooks';
import { checksRunOn, isPaused, type Settings } from '../../shared/settings';
import { siteForUrl } from '../../shared/match-pattern';
import { SITE_NAMES, type SiteId } from '../../shared/sites';
import { platform } from '../../platform/index';
import { READER_STATUS_REQUEST, parseReaderStatus, type ReaderStatus } from '../../shared/reader-status';
import { hasPin } from '../../platform/pin-store';
import { loadSettings, saveSettings, watchSettings } from '../../platform/settings';
import { formatTime, t } from '../options/i18n';
import PinPrompt from '../options/pin-prompt';

export const PAUSE_MS = 30 * 60_000;
export const PRACTICE_PAGE = 'src/ui/practice/index.html';
/** How often the open popup asks the tab again (a page that stays unreadable turns into "can't read" after a few seconds). */
export const READER_POLL_MS = 1000;

export interface PopupAppProps {
  now?: () => number;
}


export default function PopupApp({ now = Date.now }: PopupAppProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [site, setSite] = useState<SiteId | null | undefined>(undefined);
  const [tabKnown, setTabKnown] = useState(true);
  const [asking, setAsking] = useState(false);
  const [reader, setReader] = useState<ReaderStatus | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void platform()
      .activeTabUrl()
      .then((url) => {
        setTabKnown(url !== undefined);
        setSite(siteForUrl(url));
      });
    // The worker may have been stopped while a pause ran out; redraw the badge now.
    void platform().sendMessage({ type: 'second-look/refresh-badge' }).catch(() => undefined);
    return watchSettings(setSettings);
  }, []);

  useEffect(() => {
    if (!site) return undefined;
    let live = true;
    const ask = (): void => {
      void platform()
        .askActiveTab({ type: READER_STATUS_REQUEST })
        .then((answer) => {
          if (live) setReader(parseReaderStatus(answer));
        })
        .catch(() => undefined);
    };
    ask();
    const timer = setInterval(ask, READER_POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [site]);

  if (!settings || site === undefined) return <p class="loading">{t('popup_on')}</p>;

  const paused = isPaused(settings, now());

  async function pause(): Promise<void> {
    await saveSettings({ pausedUntil: now() + PAUSE_MS });
    setAsking(false);
    setSettings(await loadSettings());
  }
  async function askThenPause(): Promise<void> {
    if (await hasPin()) setAsking(true);
    else await pause();
  }
  async function resume(): Promise<void> {
    await saveSettings({ pausedUntil: 0 });
    setSettings(await loadSettings());
  }

  let here: string;
  if (paused) here = t('popup_paused', formatTime(settings.pausedUntil));
  else if (!tabKnown) here = t('popup_unknownPage');
  else if (!site) here = t('popup_notSupported');
  else here = checksRunOn(settings, site, now()) ? t('popup_siteChecking', SITE_NAMES[site]) : t('popup_siteOff', SITE_NAMES[site]);

  return (
    <main class="popup">
      <h1 class={paused ? 'on paused' : 'on'}>
        <span class="dot" aria-hidden="true" />
        {t(paused ? 'popup_pausedTitle' : 'popup_on')}
      </h1>
      <p>{t('popup_what')}</p>
      <p class={paused || (site && !settings.sites[site]) ? 'state off' : 'state'} data-testid="popup-state" role="status">
        {here}
      </p>
      {!paused && site && reader && <ReaderLine status={reader} />}
      {settings.localSummary && (
        <p class="summary-note" data-testid="popup-summary">
          {t('popup_summaryOn')}
        </p>
      )}
      {asking ? (
        <div class="card">
          <p>{t('popup_pinNeeded')}</p>
          <PinPrompt
            label={t('popup_pinLabel')}
            submitLabel={t('popup_pinConfirm')}
            wrongText={t('popup_pinWrong')}
            lockedText={(wait) => t('popup_pinLocked', wait)}
            onSuccess={() => void pause()}
            onCancel={() => setAsking(false)}
            cancelLabel={t('popup_cancel')}
            now={now}
          />
        </div>
      ) : (
        <div class="buttons column">
          {paused ? (
            <button type="button" class="primary" onClick={() => void resume()}>
              {t('popup_resume')}
            </button>
          ) : (
            <button type="button" onClick={() => void askThenPause()}>
              {t('popup_pause')}
            </button>
          )}
          <button type="button" onClick={() => void platform().openTab(platform().extensionUrl(PRACTICE_PAGE))}>
            {t('popup_openPractice')}
          </button>
          <button type="button" onClick={() => void platform().openOptionsPage()}>
            {t('popup_openSettings')}
          </button>
        </div>
      )}
    </main>
  );
}

/** The health line: which reader reads this chat and how many messages, or that the page cannot be read. */
function ReaderLine({ status }: { status: ReaderStatus }) {
  if (status.state === 'cannot-read') {
    return (
      <p class="state warn" data-testid="popup-reader" data-state="cannot-read" role="status">
        {t('popup_cannotRead')}
      </p>
    );
  }
  if (status.state !== 'reading') return null;
  const count = String(status.threadMessages);
  return (
    <p class="reader" data-testid="popup-reader" data-state={status.reader === 'generic' ? 'fallback' : 'reading'} role="status">
      {t(status.reader === 'generic' ? 'popup_readerGeneric' : 'popup_readerSite', count)}
    </p>
  );
}
