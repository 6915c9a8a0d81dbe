/** Public types of the detection engine. */
import type { Category, Language, Level, Sensitivity } from '../shared/categories';

export type { Category, Language, Level, Sensitivity } from '../shared/categories';

/** One rule that fired on a message. `start`/`end` index the ORIGINAL text (UTF-16 offsets, end exclusive). */
export interface Finding {
  category: Category;
  /** Stable rule id, e.g. `en.photo.send_pic`, or `guardian.<category>.<n>` for a guardian's phrase. */
  ruleId: string;
  lang: Language;
  start: number;
  end: number;
  weight: number;
}

/**
 * The result for one incoming message. A category is a label when the
 * noisy-or of its findings' weights reaches the sensitivity's threshold
 * (gentle 0.65, balanced 0.5, strict 0.35). A message is "flagged" when
 * `labels` is non-empty. `score` is the highest category score, 0..1.
 */
export interface MessageResult {
  labels: Category[];
  score: number;
  findings: Finding[];
}

/**
 * What the teen is about to send that gives them away:
 * - `phone_number`: a phone number (7+ digits, any separators, or in words);
 * - `home_address`: a street address, or "I live at/on/near ..." with a place;
 * - `school_grade`: the name of their school together with their grade or year;
 * - `secret_code`: a one-time code, a password or a login being handed over;
 * - `meet_alone`: agreeing to meet, or saying they will be alone / come alone.
 */
export const OUTGOING_CATEGORIES = ['phone_number', 'home_address', 'school_grade', 'secret_code', 'meet_alone'] as const;
export type OutgoingCategory = (typeof OUTGOING_CATEGORIES)[number];

/** One self-disclosure in the teen's own text; `start`/`end` index the original text. */
export interface OutgoingFinding {
  category: OutgoingCategory;
  start: number;
  end: number;
  /** The matched text, so a nudge can say what it noticed (shown only to the teen). */
  excerpt: string;
}

export interface OutgoingResult {
  categories: OutgoingCategory[];
  findings: OutgoingFinding[];
}

/** Why a verdict is what it is, in a form a nudge can turn into plain words. */
export type Reason =
  | { kind: 'category'; category: Category; ruleIds: string[] }
  | { kind: 'urgent_alone'; category: 'threat' | 'account_access' }
  | { kind: 'combination'; categories: Category[]; pattern: CombinationId }
  | { kind: 'repeated_after_no'; category: Category }
  | { kind: 'escalation'; families: number; withinMinutes: number }
  | { kind: 'self_disclosure'; category: OutgoingCategory };

/** Named grooming combinations the tracker watches for (see conversation.ts for the research). */
export type CombinationId =
  | 'isolation_meetup' // alone/personal info + meetup
  | 'secret_move' // secrecy + off_platform
  | 'secret_meetup' // secrecy + meetup
  | 'gift_for_photo' // gift_money + photo_request
  | 'recruitment' // job_offer + photo_request / meetup / personal_info
  | 'info_secret_move'; // personal_info + secrecy + off_platform

export interface Verdict {
  level: Level;
  /** Categories active in the conversation (decayed score at or above the label threshold). */
  categories: Category[];
  reasons: Reason[];
}

/** One message of a conversation, in order. `at` is ms since epoch (default: now). */
export interface ConversationMessage {
  text: string;
  incoming: boolean;
  at?: number;
}

/** Accumulates risk over one thread. */
export interface ConversationTracker {
  add(message: ConversationMessage): Verdict;
  /** The current verdict without adding anything. */
  verdict(at?: number): Verdict;
  /** Forget everything (the teen trusted the sender, or the thread changed). */
  reset(): void;
}

export interface DetectorOptions {
  /** Categories to report; default all. An array, or a record as in Settings. */
  categories?: readonly Category[] | Partial<Record<Category, boolean>>;
  /** Packs to run; empty or absent means all. */
  languages?: readonly Language[];
  sensitivity?: Sensitivity;
  /** The guardian's extra plain phrases per category (no patterns; normalised like messages). */
  extraPhrases?: Partial<Record<Category, readonly string[]>>;
}

export interface Detector {
  scanMessage(text: string): MessageResult;
  scanOutgoing(text: string): OutgoingResult;
  conversation(): ConversationTracker;
}
