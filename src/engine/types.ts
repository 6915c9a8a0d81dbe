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
  /** The learned model's calibrated probability per enabled category (absent when the detector runs rules only). */
  probabilities?: Partial<Record<Category, number>>;
}

/**
 * What the teen is about to send that gives them away:
 * - `phone_number`: a phone number (7+ digits, any separators, or in words);
 * - `home_address`: a street address, or "I live at/on/near ..." with a place;
 * - `school_grade`: the name of their school together with their grade or year;
 * - `secret_code`: a one-time code, a password or a login being handed over;
 * - `meet_alone`: agreeing to meet, or saying they will be alone / come alone;
 * - `send_photo`: agreeing to send a photo or video of themselves, or to a private video call;
 * - `move_app`: agreeing to move to another app, or giving their handle there;
 * - `sell_photos`: offering pictures of themselves for money, gifts or game currency.
 * The first five are found by rules and the model; the last three by the model.
 */
export const OUTGOING_CATEGORIES = ['phone_number', 'home_address', 'school_grade', 'secret_code', 'meet_alone', 'send_photo', 'move_app', 'sell_photos'] as const;
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
  /** The model's calibrated probability per outgoing category (absent for rules only). */
  probabilities?: Partial<Record<OutgoingCategory, number>>;
}

/** Why a verdict is what it is, in a form a nudge can turn into plain words. */
export type Reason =
  | { kind: 'category'; category: Category; ruleIds: string[] }
  | { kind: 'urgent_alone'; category: 'threat' | 'account_access' }
  | { kind: 'combination'; categories: Category[]; pattern: CombinationId }
  | { kind: 'repeated_after_no'; category: Category }
  | { kind: 'escalation'; families: number; withinMinutes: number }
  | { kind: 'self_disclosure'; category: OutgoingCategory }
  | { kind: 'stranger'; messageRequest: boolean };

/** Named grooming combinations the tracker watches for (see conversation.ts for the research). */
export type CombinationId =
  | 'isolation_meetup' // a personal question + meetup (urgent when the question is whether the teen is alone)
  | 'secret_move' // secrecy + off_platform
  | 'secret_meetup' // secrecy + meetup
  | 'gift_for_photo' // gift_money + photo_request
  | 'secret_gift' // gift_money + secrecy
  | 'secret_photo' // photo_request + secrecy
  | 'alone_photo' // "home alone?" + photo_request
  | 'recruitment' // job_offer + photo_request / meetup / personal_info / secrecy, or a job offer to a teen who said they are under 18
  | 'info_secret_move' // personal_info + secrecy + off_platform
  | 'adult_minor'; // a sender who says they are an adult, to a teen who said they are under 18, + an ask to keep secret, move, meet, send a photo or take a gift, or talk the gap away

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

/**
 * What the page shows about a thread. Absent fields mean unknown; the
 * tracker must do well on text alone.
 * - `group`: a group chat (more than two people).
 * - `knownContact`: the teen marked this person as someone they know ("I
 *   know this person"), or the site shows a long-standing contact.
 * - `messageRequest`: the thread is a message request from someone the teen
 *   does not follow or has never talked to.
 */
export interface ThreadContext {
  group?: boolean;
  knownContact?: boolean;
  messageRequest?: boolean;
}

/** Accumulates risk over one thread. */
export interface ConversationTracker {
  add(message: ConversationMessage): Verdict;
  /** Tell the tracker what the page shows about the thread (merged into what it knew). */
  setContext(context: ThreadContext): void;
  /** The current verdict without adding anything. */
  verdict(at?: number): Verdict;
  /** Forget everything (the teen trusted the sender, or the thread changed). */
  reset(): void;
}

/** What the tracker keeps of one incoming message: categories, probabilities and rule ids, never text. */
export interface IncomingSignals {
  incoming: true;
  labels: Category[];
  probabilities?: Partial<Record<Category, number>>;
  /** Ids of the rules that fired, by category. */
  ruleIds: Partial<Record<Category, string[]>>;
  /** It leans towards a move made over two messages (a login-code ask, a threat): read it again with the next one. */
  leans: boolean;
  /** The sender names themselves as the teen's relative, teacher or coach ("it's mom"): present only when so. */
  kin?: boolean;
  /** It speaks of a surprise (a party, a present): present only when so. */
  surprise?: boolean;
  /** The surprise is for a relative the sender shares with the teen ("moms bday ... surprise"): present only when so. */
  familySurprise?: boolean;
  /** It warns the teen against sending, giving, paying or clicking (a friend's or a school's scam warning): present only when so. */
  warns?: boolean;
  /** It presses without asking in so many words ("I thought we were close", "nobody will know"): present only when so. */
  presses?: boolean;
  /** The sender says they are an adult ("im 24", "j'ai 21 ans", "18 kkk"): present only when so. */
  adultAge?: boolean;
  /** The sender talks the age gap away ("mature for your age", "age is just a number"): present only when so. */
  ageGap?: boolean;
  /** That talk is about the teen ("ur so mature for 14", "madura para tu edad"): present only when so. */
  ageGapToYou?: boolean;
  /** The sender names the teen's age as under 18 ("se que tienes 14", "mature for 14"): present only when so. */
  minorAge?: boolean;
  /** An adult's number beside a first-person word ("y yo 24", "25 na ako"): their age if the teen just gave theirs to an age question: present only when so. */
  answerAge?: boolean;
  /** It opens with an adult's age and stops there ("20 mas sou de boa"): their age if the teen just asked: present only when so. */
  opensWithAdultAge?: boolean;
  /** It takes a job somewhere else (work abroad, travel or housing paid): present only when so. */
  travel?: boolean;
  /** It brings the parents in (their signature or permission, "ask your parents"): present only when so. */
  parents?: boolean;
}

/** What the tracker keeps of one message the teen sent: what it gives away and how it answers, never text. */
export interface ReplySignals {
  incoming: false;
  categories: OutgoingCategory[];
  /** "no", "stop": the teen refuses what was just asked. */
  refusal: boolean;
  /** "who is this?": the sender is a stranger to the teen. */
  stranger: boolean;
  /** "ok mom": the sender is family. */
  family: boolean;
  /** "omw mom": it ends with what they call the parent (a call, not an answer about them): present only when so. */
  familyCall?: boolean;
  /** "ok where do we meet": the teen agrees to meet. */
  agreesToMeet: boolean;
  /** "16", "saya baru 16 kak": the teen says they are under 18: present only when so. */
  minorAge?: boolean;
  /** "kelas 8", "grade 9": the teen gives a school grade: present only when so. */
  grade?: boolean;
  /** "13 e vc", "15 wbu": the teen asks the sender's age back: present only when so. */
  asksAgeBack?: boolean;
  /** It speaks of a surprise (a party, a present): present only when so. */
  surprise?: boolean;
}

export type MessageSignals = IncomingSignals | ReplySignals;

/** The last incoming message of a thread, held in memory (never stored) so a move split over two messages is read whole. */
export interface PreviousIncoming {
  text: string;
  at: number;
  leans: boolean;
  /** The categories it was labelled with: reading it with the next message adds none of these to the next one. */
  labels: readonly Category[];
}

/** A message already read into signals, for a tracker that runs where the detector does not (the content script). */
export interface SignalMessage {
  signals: MessageSignals;
  at?: number;
}

/** Accumulates risk over one thread from signals (see Detector.read). */
export interface SignalTracker {
  add(message: SignalMessage): Verdict;
  setContext(context: ThreadContext): void;
  verdict(at?: number): Verdict;
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
  /**
   * Which checks decide (for measurement; the extension uses the default):
   * 'combined' (default) the learned model with the rules, 'rules' the
   * pattern packs alone, 'model' the model alone (the guardian's phrases
   * still count).
   */
  engine?: 'combined' | 'rules' | 'model';
}

export interface Detector {
  scanMessage(text: string): MessageResult;
  scanOutgoing(text: string): OutgoingResult;
  conversation(context?: ThreadContext): ConversationTracker;
  /**
   * Reads a thread's new messages, in order, into the signals a tracker keeps
   * (`createSignalTracker`), so detection can run apart from the tracker (the
   * extension's background). `previous` is the thread's last incoming message
   * before these; the answer carries the new one.
   */
  read(messages: readonly ConversationMessage[], previous?: PreviousIncoming): { signals: MessageSignals[]; previous?: PreviousIncoming };
  /** The label threshold of this detector's sensitivity, which a signal tracker needs. */
  readonly threshold: number;
}
