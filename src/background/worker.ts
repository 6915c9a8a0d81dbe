/**
 * The service worker's work, started once per worker start (which includes
 * install and update):
 *
 *   start -> listen for onInstalled (first install only: open the setup page)
 *         -> repair/migrate stored settings -> prune old summary days
 *         -> draw the badge -> listen (settings changes, runtime messages:
 *            summary counts, badge redraw, the nudge's locale strings, and
 *            detection: the tabs' messages and drafts, see ./detection.ts)
 *
 * The worker holds no state worth keeping: the browser may stop it at any
 * time, and everything it needs is read again from storage on the next start.
 */
import { isPaused, type Settings } from '../shared/settings';
import { platform } from '../platform/index';
import { cachePolicy, loadSettings, pruneSummary, recordSummary, repairStoredSettings, watchSettings } from '../platform/settings';
import { answerNudgeLocaleRequest } from '../ui/nudge/locale-service';
import { isFromThisExtension, parseBackgroundMessage } from './messages';
import { createDetectionService } from './detection';
import { createDetector } from '../engine/index';

const PAUSED_BADGE_COLOR = '#5b6472';
/** The guided setup a guardian sees once, right after installing. */
export const SETUP_PAGE = 'src/ui/setup/index.html';

/**
 * Opens the setup page on a first install only: never on an update or a
 * browser update, so a guardian who set things up is not asked again.
 */
export function openSetupOnFirstInstall(): () => void {
  return platform().onInstalled((reason) => {
    if (reason === 'install') void platform().openTab(platform().extensionUrl(SETUP_PAGE)).catch(() => undefined);
  });
}
/** The longest a timer is trusted; a pause is at most 30 minutes. */
const MAX_TIMER_MS = 60 * 60_000;

/** Shows a badge while checks are paused, and clears it when they run. */
export async function drawBadge(settings: Settings, now: number): Promise<void> {
  if (isPaused(settings, now)) {
    await platform().setBadge(platform().message('popup_badgePaused') || '||', PAUSED_BADGE_COLOR);
  } else {
    await platform().setBadge('');
  }
}

/**
 * Starts the background work. `now` is injectable for tests. Returns a
 * function that stops listening (tests only; the browser just stops the worker).
 */
export async function startBackground(now: () => number = Date.now): Promise<() => void> {
  const detection = createDetectionService(createDetector);
  // Registered before any await: the browser only delivers onInstalled to listeners added in the worker's first turn.
  const stopInstalled = openSetupOnFirstInstall();
  let clearTimer: ReturnType<typeof setTimeout> | undefined;
  const redraw = async (settings?: Settings): Promise<void> => {
    const current = settings ?? (await loadSettings());
    await drawBadge(current, now());
    if (clearTimer) clearTimeout(clearTimer);
    clearTimer = undefined;
    // Best effort: a stopped worker loses this timer; the popup redraws the badge when opened.
    const left = current.pausedUntil - now();
    if (left > 0 && left <= MAX_TIMER_MS) clearTimer = setTimeout(() => void redraw(), left + 50);
  };

  const stopMessages = platform().onMessage((message, sender) => {
    if (!isFromThisExtension(sender, platform().extensionId)) return undefined;
    const parsed = parseBackgroundMessage(message);
    // The nudge's language override: the content script cannot load locale files itself (see locale-service.ts).
    if (!parsed) return answerNudgeLocaleRequest(message);
    switch (parsed.type) {
      case 'second-look/record-summary':
        return recordSummary(parsed.categories, now()).then(() => ({ ok: true }));
      case 'second-look/refresh-badge':
        return redraw().then(() => ({ ok: true }));
      case 'second-look/read-messages':
      case 'second-look/check-draft':
        return Promise.resolve(detection.answer(parsed));
    }
  });
  const stopWatching = watchSettings((settings) => void redraw(settings));
  // Content scripts start from the cached policy; keep it current.
  const stopPolicyCache = platform().storage.onChanged((_changes, area) => {
    if (area === 'managed') void cachePolicy().catch(() => undefined);
  });

  await repairStoredSettings(now());
  await pruneSummary(now());
  await cachePolicy().catch(() => undefined);
  await redraw();

  return () => {
    stopInstalled();
    stopMessages();
    stopWatching();
    stopPolicyCache();
    if (clearTimer) clearTimeout(clearTimer);
  };
}
