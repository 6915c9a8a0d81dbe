/**
 * The runtime messages the background worker answers. Every message is
 * checked for its sender (this extension only) and its exact shape before
 * anything runs; anything else is ignored without an answer.
 */
import { CATEGORIES, LANGUAGES, SENSITIVITIES, isCategory, type Category, type Language, type Sensitivity } from '../shared/categories';
import { PHRASES_PER_CATEGORY, PHRASE_MAX_LENGTH, isRecord } from '../shared/settings';
import { SUMMARY_KEYS, isSummaryKey, type SummaryKey } from '../shared/summary';
import type { ConversationMessage, DetectorOptions, PreviousIncoming } from '../engine/types';

export const MESSAGE_PREFIX = 'second-look/';

/** Read a thread's new messages into signals (the detector runs once, in the background). */
export const READ_MESSAGES = 'second-look/read-messages';
/** Check the teen's draft before it is sent. */
export const CHECK_DRAFT = 'second-look/check-draft';
/** Most messages in one read request; a longer run goes in several. */
export const READ_BATCH = 500;
/** Longest text read per message or draft (the content script cuts at 4,000). */
export const MAX_TEXT = 4096;

export type BackgroundMessage =
  | { type: typeof READ_MESSAGES; options: DetectorOptions; messages: ConversationMessage[]; previous?: PreviousIncoming }
  | { type: typeof CHECK_DRAFT; options: DetectorOptions; text: string }
  /** A nudge was shown: count its categories in the local summary (if on). */
  | { type: 'second-look/record-summary'; categories: SummaryKey[] }
  /** Settings or the pause changed somewhere: redraw the toolbar badge. */
  | { type: 'second-look/refresh-badge' };

/** Is the sender this extension (its pages or its content scripts)? */
export function isFromThisExtension(sender: { id?: string }, extensionId: string): boolean {
  return typeof sender.id === 'string' && sender.id === extensionId;
}

/** The message, if it is exactly one of ours; null otherwise. */
export function parseBackgroundMessage(message: unknown): BackgroundMessage | null {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return null;
  const m = message as Record<string, unknown>;
  const keys = Object.keys(m).sort().join(',');
  switch (m.type) {
    case 'second-look/record-summary':
      if (keys !== 'categories,type' || !Array.isArray(m.categories)) return null;
      if (m.categories.length > SUMMARY_KEYS.length || !m.categories.every(isSummaryKey)) return null;
      return { type: m.type, categories: [...m.categories] };
    case 'second-look/refresh-badge':
      return keys === 'type' ? { type: m.type } : null;
    case READ_MESSAGES: {
      if (keys !== 'messages,options,type' && keys !== 'messages,options,previous,type') return null;
      const options = parseDetectorOptions(m.options);
      if (!options || !Array.isArray(m.messages) || m.messages.length > READ_BATCH) return null;
      const messages: ConversationMessage[] = [];
      for (const item of m.messages) {
        const message = parseMessage(item);
        if (!message) return null;
        messages.push(message);
      }
      if (m.previous === undefined) return { type: m.type, options, messages };
      const previous = parsePrevious(m.previous);
      return previous ? { type: m.type, options, messages, previous } : null;
    }
    case CHECK_DRAFT: {
      if (keys !== 'options,text,type' || typeof m.text !== 'string' || m.text.length > MAX_TEXT) return null;
      const options = parseDetectorOptions(m.options);
      return options ? { type: m.type, options, text: m.text } : null;
    }
    default:
      return null;
  }
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function parseMessage(value: unknown): ConversationMessage | null {
  if (!isRecord(value) || typeof value.text !== 'string' || value.text.length > MAX_TEXT || typeof value.incoming !== 'boolean') return null;
  const keys = Object.keys(value).sort().join(',');
  if (keys === 'incoming,text') return { text: value.text, incoming: value.incoming };
  return keys === 'at,incoming,text' && isTime(value.at) ? { text: value.text, incoming: value.incoming, at: value.at } : null;
}

function parsePrevious(value: unknown): PreviousIncoming | null {
  if (!isRecord(value) || Object.keys(value).sort().join(',') !== 'at,labels,leans,text') return null;
  if (typeof value.text !== 'string' || value.text.length > MAX_TEXT || !isTime(value.at) || typeof value.leans !== 'boolean') return null;
  const labels = value.labels;
  if (!Array.isArray(labels) || labels.length > CATEGORIES.length || !labels.every(isCategory)) return null;
  return { text: value.text, at: value.at, leans: value.leans, labels: [...labels] };
}

/**
 * The detector options a content script sends (src/content/options.ts builds
 * them from settings): every field optional, each checked against what
 * settings allow; anything else refuses the whole message.
 */
export function parseDetectorOptions(value: unknown): DetectorOptions | null {
  if (!isRecord(value)) return null;
  const options: DetectorOptions = {};
  for (const [key, v] of Object.entries(value)) {
    switch (key) {
      case 'categories': {
        if (!isRecord(v) || !Object.entries(v).every(([c, on]) => isCategory(c) && typeof on === 'boolean')) return null;
        options.categories = { ...(v as Partial<Record<Category, boolean>>) };
        break;
      }
      case 'languages': {
        if (!Array.isArray(v) || v.length > LANGUAGES.length || !v.every((l) => (LANGUAGES as readonly unknown[]).includes(l))) return null;
        options.languages = [...(v as Language[])];
        break;
      }
      case 'sensitivity': {
        if (!(SENSITIVITIES as readonly unknown[]).includes(v)) return null;
        options.sensitivity = v as Sensitivity;
        break;
      }
      case 'extraPhrases': {
        if (!isRecord(v)) return null;
        const phrases: Partial<Record<Category, string[]>> = {};
        for (const [c, list] of Object.entries(v)) {
          if (!isCategory(c) || !Array.isArray(list) || list.length > PHRASES_PER_CATEGORY) return null;
          if (!list.every((p) => typeof p === 'string' && p.length <= PHRASE_MAX_LENGTH * 4)) return null;
          phrases[c] = [...(list as string[])];
        }
        options.extraPhrases = phrases;
        break;
      }
      default:
        return null;
    }
  }
  return options;
}
