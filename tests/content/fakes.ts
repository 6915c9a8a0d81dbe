/**
 * Test doubles for the content script: a tiny keyword engine (what the
 * background would answer) with trackers that accumulate categories (so a
 * thread switch that failed to reset would show), a settings source the test
 * can change, and a nudge recorder. Their types are the content script's own
 * (EngineClient, TrackerLike), which derive from the engine's.
 */
import type { Level } from '../../src/shared/categories';
import { defaultSettings, type Settings } from '../../src/shared/settings';
import type { SettingsSource } from '../../src/content/run';
import type { EngineClient } from '../../src/content/engine-client';
import type { TrackerLike } from '../../src/content/threads';
import type { Category, MessageSignals, ThreadContext, Verdict } from '../../src/engine/types';
import type { NudgeContext, NudgeVerdict } from '../../src/ui/nudge';

const KEYWORDS: [RegExp, Category, Level][] = [
  [/\bpic\b/, 'photo_request', 'warn'],
  [/\bsecret\b|dont tell/, 'secrecy', 'warn'],
  [/\bcode\b/, 'account_access', 'urgent'],
  [/another app/, 'off_platform', 'notice'],
];
const ORDER: Level[] = ['none', 'notice', 'warn', 'urgent'];
const LEVEL_OF = new Map(KEYWORDS.map(([, category, level]) => [category, level]));

export interface FakeDetector {
  /** Spread into the content script's deps. */
  wiring: { engine: EngineClient; createTracker(settings: Settings, context: ThreadContext): TrackerLike };
  /** Every message the engine was asked to read, in order. */
  added: { text: string; incoming: boolean }[];
  trackers: number;
  /** The thread context each tracker was made with (the page's word on the thread). */
  contexts: unknown[];
  /** Makes the engine fail (the background restarting) until set back to false. */
  failing: boolean;
  /** Contexts passed to trackers after they were made (only with `withSetContext`). */
  contextUpdates: unknown[];
  /** Times the tab asked the background to get its detector ready. */
  warmed: number;
}

export function createFakeDetector(options: { withSetContext?: boolean } = {}): FakeDetector {
  const detector: FakeDetector = {
    added: [],
    trackers: 0,
    contexts: [],
    failing: false,
    contextUpdates: [],
    warmed: 0,
    wiring: {
      engine: {
        async read(_options, messages) {
          if (detector.failing) throw new Error('background restarting');
          const signals: MessageSignals[] = messages.map(({ text, incoming }) => {
            detector.added.push({ text, incoming });
            if (!incoming) return { incoming: false, categories: [], refusal: false, stranger: false, family: false, agreesToMeet: false };
            const labels = KEYWORDS.filter(([pattern]) => pattern.test(text)).map(([, category]) => category);
            return { incoming: true, labels, ruleIds: {}, leans: false };
          });
          return { signals };
        },
        async warm() {
          detector.warmed++;
        },
        async checkDraft(_options, text) {
          if (detector.failing) throw new Error('background restarting');
          return /\d{4}\s?\d{4}/.test(text) ? { categories: ['phone_number'], findings: [] } : { categories: [], findings: [] };
        },
      },
      createTracker(_settings, context) {
        detector.trackers++;
        detector.contexts.push(context);
        const categories = new Set<Category>();
        let level: Level = 'none';
        const setContext = options.withSetContext ? { setContext: (c: ThreadContext) => void detector.contextUpdates.push(c) } : {};
        return {
          ...setContext,
          add({ signals }): Verdict {
            if (signals.incoming) {
              for (const category of signals.labels) {
                categories.add(category);
                const l = LEVEL_OF.get(category) ?? 'notice';
                if (ORDER.indexOf(l) > ORDER.indexOf(level)) level = l;
              }
            }
            return { level, categories: [...categories], reasons: [] };
          },
        };
      },
    },
  };
  return detector;
}

export function createSettingsSource(initial: Partial<Settings> = {}): SettingsSource & { set(change: Partial<Settings>): void; current: Settings } {
  const listeners = new Set<(s: Settings) => void>();
  const source = {
    current: { ...defaultSettings(), ...initial },
    load: async () => structuredClone(source.current),
    watch(callback: (s: Settings) => void) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    set(change: Partial<Settings>) {
      source.current = { ...source.current, ...change };
      for (const listener of listeners) listener(structuredClone(source.current));
    },
  };
  return source;
}

export interface RecordedNudge {
  verdict: NudgeVerdict;
  anchor: Element | null;
  context: NudgeContext;
}

export function createNudgeRecorder(): { shown: RecordedNudge[]; cleared: number; show(v: NudgeVerdict, a: Element | null, c: NudgeContext): void; clear(): void } {
  const recorder = {
    shown: [] as RecordedNudge[],
    cleared: 0,
    show(verdict: NudgeVerdict, anchor: Element | null, context: NudgeContext) {
      recorder.shown.push({ verdict, anchor, context });
    },
    clear() {
      recorder.cleared++;
    },
  };
  return recorder;
}
