/**
 * Test doubles for the content script: a tiny keyword detector whose trackers
 * accumulate categories (so a thread switch that failed to reset would show),
 * a settings source the test can change, and a nudge recorder.
 */
import type { Level } from '../../src/shared/categories';
import { defaultSettings, type Settings } from '../../src/shared/settings';
import type { SettingsSource } from '../../src/content/run';
import type { DetectorLike, VerdictLike } from '../../src/content/types';
import type { NudgeContext, NudgeVerdict } from '../../src/ui/nudge';

const KEYWORDS: [RegExp, string, Level][] = [
  [/\bpic\b/, 'photo_request', 'warn'],
  [/\bsecret\b|dont tell/, 'secrecy', 'warn'],
  [/\bcode\b/, 'account_access', 'urgent'],
  [/another app/, 'off_platform', 'notice'],
];
const ORDER: Level[] = ['none', 'notice', 'warn', 'urgent'];

export interface FakeDetector extends DetectorLike {
  added: { text: string; incoming: boolean }[];
  trackers: number;
  /** The thread context each tracker was made with (the page's word on the thread). */
  contexts: unknown[];
}

export function createFakeDetector(): FakeDetector {
  const detector: FakeDetector = {
    added: [],
    trackers: 0,
    contexts: [],
    scanOutgoing(text) {
      return /\d{4}\s?\d{4}/.test(text) ? { categories: ['phone_number'], findings: [{ category: 'phone_number' }] } : { categories: [], findings: [] };
    },
    conversation(context) {
      detector.trackers++;
      detector.contexts.push(context);
      const categories = new Set<string>();
      let level: Level = 'none';
      return {
        add({ text, incoming }): VerdictLike {
          detector.added.push({ text, incoming });
          if (incoming) {
            for (const [pattern, category, l] of KEYWORDS) {
              if (!pattern.test(text)) continue;
              categories.add(category);
              if (ORDER.indexOf(l) > ORDER.indexOf(level)) level = l;
            }
          }
          return { level, categories: [...categories], reasons: [] };
        },
      };
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
