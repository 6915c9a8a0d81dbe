/**
 * The content script's entry: one script for every supported site. It picks
 * the site's adapter from the page's URL (by the manifest's own match
 * patterns), then wires the pipeline in ./run.ts to the background detector, the
 * guardian's settings (through src/platform) and the nudge. Detection runs
 * once per browser, in the background (src/background/detection.ts): this
 * script holds no detector, packs or model.
 */
import { isSummaryKey } from '../shared/summary';
import type { Settings } from '../shared/settings';
import { loadSettings, loadSettingsQuickly, recordSummary, trustContact, watchSettings } from '../platform/settings';
import { platform } from '../platform/index';
import { isReaderStatusRequest } from '../shared/reader-status';
import { ADAPTERS, siteFor } from '../sites/registry';
import { clearNudges, setNudgeLanguage, showNudge } from '../ui/nudge';
import { requestNudgeMessages } from '../ui/nudge/locale-service';
import { backgroundEngine } from './engine-client';
import { startContentScript } from './run';

let nudgeLanguage: Settings['nudgeLanguage'] = null;

/** Follows the guardian's nudge-language override (its strings come from the background, once per page). */
function followNudgeLanguage(settings: Settings): void {
  if (settings.nudgeLanguage === nudgeLanguage) return;
  nudgeLanguage = settings.nudgeLanguage;
  const wanted = nudgeLanguage;
  if (!wanted) {
    setNudgeLanguage(null);
    return;
  }
  requestNudgeMessages(wanted)
    .then((answer) => {
      if (answer && nudgeLanguage === wanted) setNudgeLanguage(answer);
    })
    .catch(() => undefined); // keep the browser's language
}

const site = siteFor(new URL(location.href));
if (site) {
  const script = startContentScript({
    window,
    site,
    adapter: ADAPTERS[site],
    settings: {
      // Start from local storage at once; the live policy (whose first read
      // can take seconds) follows through watch. The second read is fresh, so
      // a change made meanwhile is not overwritten by the first read's snapshot.
      load: loadSettingsQuickly,
      watch(callback) {
        const stop = watchSettings(callback);
        void loadSettings()
          .then(() => loadSettings())
          .then(callback)
          .catch(() => undefined);
        return stop;
      },
    },
    engine: backgroundEngine((message) => platform().sendMessage(message)),
    showNudge,
    clearNudges,
    trustContact: (siteId, name) => void trustContact(siteId, name).catch(() => undefined),
    recordNudge: (categories) => void recordSummary(categories.filter(isSummaryKey)).catch(() => undefined),
    onSettings: followNudgeLanguage,
    options: {
      // Counts only, never text; on in development builds or when the page is marked for a benchmark.
      debug: import.meta.env.DEV || document.documentElement.hasAttribute('data-second-look-debug'),
    },
  });
  // The popup's health line: counts only, answered to this extension's own pages.
  platform().onMessage((message, sender) => {
    if (sender.id !== platform().extensionId || !isReaderStatusRequest(message)) return undefined;
    return script.readerStatus();
  });
}
