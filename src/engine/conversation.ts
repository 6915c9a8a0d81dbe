/**
 * Conversation-level risk: accumulates findings over one thread and turns
 * them into a Verdict with reasons a nudge can put into plain words.
 *
 * Grounded in the research summarised in ../shared/GROOMING.md:
 * - O'Connell (2003): friendship forming, relationship forming, risk
 *   assessment, exclusivity, sexual stage, conclusion (meeting). The stages
 *   "may or may not occur in sequence", and Black et al. (2015) found the
 *   online order differs, so we score SETS of strategy families present in a
 *   window, not positions in a stage machine (GROOMING.md section 3.1).
 * - Lorenzo-Dus, Izura & Perez-Tattam (2016): entrapment runs deceptive
 *   trust development, compliance testing, isolation and sexual gratification
 *   concurrently; compliance testing ("asks again after a no") appears
 *   throughout the log. We track the teen's refusals and raise the level when
 *   the same ask comes back (section 3.5).
 * - Combinations worth an alert (section 3.4 and 4): "alone?" + meetup,
 *   secrecy + off_platform, secrecy + meetup, gifts for photos, job offer +
 *   photos/meetup/personal info, personal info + secrecy + off_platform.
 * - Severity floor (McGhee et al. 2011, ChatCoder2 "Approach" codes): after
 *   a meeting, location, home-alone or concealment turn the risk decays
 *   slowly (days to weeks); other signals decay faster.
 * - Direct offenders skip grooming (Kloess et al. 2019), so a single
 *   high-severity message triggers alone: threat and account_access are
 *   urgent on their own, and an unambiguous photo, secrecy or home-alone
 *   ask is a warning on its own (UNAMBIGUOUS_RULES).
 *
 * Privacy: the tracker keeps categories, rule ids and times; the text of the
 * last incoming message is held in memory until the next message, and read
 * again only within 30 minutes (a move split over two messages); never
 * stored.
 */
import { CATEGORIES, LEVELS, type Category, type Level } from '../shared/categories';
import type {
  CombinationId,
  ConversationMessage,
  ConversationTracker,
  Detector,
  MessageSignals,
  PreviousIncoming,
  Reason,
  SignalMessage,
  SignalTracker,
  ThreadContext,
  Verdict,
} from './types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** How fast evidence fades: approach-type categories hold for weeks, the rest for days. */
const HALF_LIFE: Record<Category, number> = {
  photo_request: 3 * DAY,
  meetup: 10 * DAY,
  off_platform: 3 * DAY,
  secrecy: 10 * DAY,
  gift_money: 3 * DAY,
  personal_info: 5 * DAY,
  job_offer: 5 * DAY,
  account_access: 2 * DAY,
  threat: 14 * DAY,
};

/**
 * Level of one category on its own, from one message. Precision first: a
 * single ordinary ask ("send a pic", "where do u live") is what friends and
 * family say every day, so it is a `notice` (shown only under the strict
 * setting). A threat or a demand for a login code is unambiguous when the
 * model is sure of it, and urgent on its own (STRONG below); an unambiguous
 * photo, secrecy or home-alone ask is a warning (UNAMBIGUOUS_RULES).
 */
const ALONE_LEVEL: Record<Category, Level> = {
  photo_request: 'notice',
  meetup: 'notice',
  off_platform: 'notice',
  secrecy: 'notice',
  gift_money: 'notice',
  personal_info: 'notice',
  job_offer: 'notice',
  account_access: 'notice',
  threat: 'notice',
};

/**
 * A threat or a login-code demand is urgent on its own when it is sure: the
 * model's probability reaches STRONG and a rule found it too, or the
 * probability alone reaches SURE (rules alone: any rule label). STRONG is
 * CLEAR, not a coin toss: at 0.5 a friend's or a teacher's warning ("never
 * send anyone your password") that a rule half-read was urgent (valid hard
 * negatives urgent alone 0.96% -> 0.64%; conversations-dev benign urgent 3 -> 1,
 * risky in time unchanged).
 */
const STRONG = 0.7;
const SURE = 0.95;
/**
 * Patterns (pairs, named combinations, escalation) are built from clear moves
 * only: a rule found it, or the model's probability reaches CLEAR. A faint
 * guess still makes a notice on its own, but never lifts a pattern.
 */
const CLEAR = 0.7;

/**
 * One message that is unambiguous on its own is a warning from anyone not
 * known to be family or a friend (issue 10; GROOMING.md 3.6: direct offenders
 * skip the build-up): a photo ask for the teen undressed, "spicy", paid or
 * "just for me"; secrecy from parents or a cover story. (Not the wider
 * pic_body family: its words include "outfit", "face", "cute" and Tagalog
 * "mo", and a friend's "send a pic of ur outfit" warned two benign
 * threads.) Unambiguous means both checks say so: one of these rule
 * families (by the rule's name, the same in every pack:
 * `<lang>.<family>.<name>`) found it, and the model gives the category at
 * least AGREES, so the model still vetoes the harmless twin ("a pic of the
 * swimsuit you bought, I want the same one"). A secrecy ask is unambiguous
 * too when the model is sure of it (SURE) and a rule found it: not every
 * pack names the parents in its secrecy rules ("jangan bilang ortu soal
 * kita"), and a sure, rule-backed "keep us secret" is seldom a surprise party.
 * Plain asks for a photo, an age, an address or a meeting stay a notice:
 * friends send them every day. So does "are you home alone?" (GROOMING.md
 * section 4: friends ask it, and babysitting is ordinary): it was a warning
 * alone until the repo's threads showed a parent's "home alone? dad brings
 * dinner" and a friend's "alone saturday? we'll pick you up" warned; beside a
 * photo or camera ask it is a pattern (HOME_ALONE_RULES), beside a meetup
 * one too (isolation_meetup).
 */
export const UNAMBIGUOUS_RULES: Partial<Record<Category, readonly string[]>> = {
  photo_request: ['undressed', 'undress_on_camera', 'send_nudes', 'send_spicy', 'private_pic', 'just_for_me', 'pay_for_pic', 'gift_for_pic', 'pic_then_gift'],
  secrecy: ['dont_tell_parents', 'tell_parent_cover', 'cover_story', 'say_cover_place', 'hide_from', 'wouldnt_understand'],
};
/** The personal_info rule families that ask whether the teen is alone or the parents are out (by rule name, as above). */
export const HOME_ALONE_RULES: readonly string[] = ['alone', 'parents_home', 'parents_away', 'anyone_home'];
const AGREES = 0.6;

/** The rule's name without its language and family: `en.photo.pic_body` -> `pic_body`. */
export function ruleName(ruleId: string): string {
  const dot = ruleId.indexOf('.', ruleId.indexOf('.') + 1);
  return dot < 0 ? '' : ruleId.slice(dot + 1);
}

/**
 * Rule families unambiguous even when the model does not agree: an imperative to undress on a call ("take
 * off ur shirt on the call", "buka baju pas vc") has no harmless twin in those words, and the model, which
 * read few of them, gives it little.
 */
const UNAMBIGUOUS_WITHOUT_MODEL: readonly string[] = ['undress_on_camera'];

/** Is this category's evidence an unambiguous move on its own (see UNAMBIGUOUS_RULES)? */
function unambiguousAlone(category: Category, s: { ruleIds: readonly string[]; strength: number } | undefined, byNameOnly = false): boolean {
  const names = UNAMBIGUOUS_RULES[category];
  if (!names || !s) return false;
  const packRules = s.ruleIds.filter((id) => !id.startsWith('guardian.'));
  if (packRules.some((id) => UNAMBIGUOUS_WITHOUT_MODEL.includes(ruleName(id)))) return true;
  if (s.strength < AGREES) return false;
  if (!byNameOnly && category === 'secrecy' && s.strength >= SURE && packRules.length > 0) return true;
  return packRules.some((id) => names.includes(ruleName(id)));
}

/** What a warning against sending, paying or clicking speaks of, and the strength it gives them (under STRONG). */
const WARNED_OF: readonly Category[] = ['threat', 'account_access'];
const WARNING_STRENGTH = 0.5;

/** From someone who is a stranger on the page's own say-so (a message request), one move is worth a warning. */
const STRANGER_ALONE: readonly Category[] = ['photo_request', 'meetup', 'secrecy', 'gift_money', 'job_offer'];

const COMBINATIONS: { id: CombinationId; all: Category[]; level: Level }[] = [
  // Urgent when the personal question is whether the teen is alone (GROOMING.md section 4: Alert on
  // meetup + "alone?"); a meeting beside another personal question ("what school u go to") warns (verdictAt).
  { id: 'isolation_meetup', all: ['personal_info', 'meetup'], level: 'urgent' },
  { id: 'secret_meetup', all: ['secrecy', 'meetup'], level: 'urgent' },
  { id: 'gift_for_photo', all: ['gift_money', 'photo_request'], level: 'urgent' },
  { id: 'info_secret_move', all: ['personal_info', 'secrecy', 'off_platform'], level: 'urgent' },
  { id: 'secret_move', all: ['secrecy', 'off_platform'], level: 'warn' },
  // A gift and "don't tell": the enticement kept from the parents (GROOMING.md section 2).
  { id: 'secret_gift', all: ['gift_money', 'secrecy'], level: 'warn' },
  // A photo ask and "don't tell": the picture kept from everyone (a surprise explains the secrecy, see verdictAt).
  { id: 'secret_photo', all: ['photo_request', 'secrecy'], level: 'warn' },
  { id: 'recruitment', all: ['job_offer', 'photo_request'], level: 'urgent' },
  { id: 'recruitment', all: ['job_offer', 'meetup'], level: 'urgent' },
  { id: 'recruitment', all: ['job_offer', 'personal_info'], level: 'warn' },
  // A job to keep from the parents ("no need to tell your mom until you're paid").
  { id: 'recruitment', all: ['job_offer', 'secrecy'], level: 'warn' },
];

/**
 * How many strategy families, clear and live together, make a pattern without a named combination. On the
 * repo's threads and conversations-dev (88 risky threads), every risky thread that reached its level did
 * so through a named combination or another signal at 4 as at 3 (at 2: 2 reached it one turn earlier);
 * benign threads warned: 2 families 16/64, 3 families 5/64, 4 families 4/64.
 */
const PATTERN_FAMILIES = 4;

/** The moves that, from a self-declared adult to a teen who said they are under 18, make a warning (adult_minor). */
const ADULT_MINOR_MOVES: readonly Category[] = ['secrecy', 'off_platform', 'meetup', 'photo_request', 'gift_money'];

/** The personal_info rule families that ask only the teen's age (by rule name): the age gap's own question. */
const AGE_ASKS: readonly string[] = ['age', 'age_guess', 'age_really', 'grade', 'school_level'];

/** Categories the teen can refuse, whose repeat after a "no" is compliance testing. */
const REFUSABLE: readonly Category[] = ['photo_request', 'meetup', 'off_platform', 'personal_info', 'account_access', 'gift_money', 'secrecy'];

/** Pressure this soon after the teen's no counts as the refused ask coming back. */
const PRESS_WINDOW = HOUR;

/** A surprise spoken of this close in time explains a request for secrecy (see verdictAt). */
const SURPRISE_WINDOW = 3 * DAY;

/** Strategy families in this window raise the level: fast escalation (GROOMING.md 3.2). */
const VELOCITY_WINDOW = HOUR;

interface CategoryState {
  score: number;
  at: number;
  ruleIds: string[];
  /** Highest model probability seen for it (1 when the rules alone decided). */
  strength: number;
  /** A rule found it too. */
  byRule: boolean;
}

interface IncomingEvent {
  at: number;
  categories: Category[];
}

function maxLevel(a: Level, b: Level): Level {
  return LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b;
}

function minLevel(a: Level, b: Level): Level {
  return LEVELS.indexOf(a) <= LEVELS.indexOf(b) ? a : b;
}

function lower(level: Level): Level {
  return LEVELS[Math.max(0, LEVELS.indexOf(level) - 1)] ?? 'none';
}

/** Callbacks the detector answers for each reply the teen sends (see readMessages). */
export interface TrackerHooks {
  isRefusal(text: string): boolean;
  agreesToMeet(text: string): boolean;
  /** The teen asks who the sender is ("who is this?"): the sender is a stranger. */
  isStrangerReply?(text: string): boolean;
  /**
   * The teen addresses the sender as a parent or grandparent: the sender is family. 'end' when the reply
   * ends with what they call the parent ("omw mom", "ได้จ้าแม่"), a call whatever was asked before; 'start'
   * when it opens with it ("mom im at school", "vó nao precisa"), which after a question about the parents
   * may be an answer about them ("mom works late").
   */
  familyReply?(text: string): 'end' | 'start' | undefined;
  /** The teen says they are under 18 ("16", "16 pa lang po ako"); not a number the question `asked` offered as something else. */
  statesMinorAge?(text: string, asked?: string): boolean;
  /** The teen gives a school grade in a short reply ("kelas 8", "grade 9", "form 2"). */
  statesGrade?(text: string): boolean;
  /** The sender says they are an adult ("im 24", "j'ai 21 ans"). */
  statesAdultAge?(text: string): boolean;
  /** The sender talks the age gap away ("mature for your age", "age is just a number"). */
  talksAgeGap?(text: string): boolean;
  /** The sender talks the age gap away at the teen ("ur so mature for 14", "madura para tu edad"), not of themselves. */
  talksAgeGapToYou?(text: string): boolean;
  /** The sender names the teen's age as under 18 ("se que tienes 14 pero", "ur so mature for 14"). */
  namesMinorAge?(text: string): boolean;
  /** The teen asks the sender's age back ("13 e vc", "15 wbu"). */
  asksAgeBack?(text: string): boolean;
  /** The sender's message opens with an adult's age and stops there ("20 mas sou de boa kkk", "19 lol"). */
  opensWithAdultAge?(text: string): boolean;
  /** Does it give an adult's age beside a first-person word ("y yo 24", "25 na ako"), if it answers an age question? */
  statesAgeInAnswer?(text: string): boolean;
  /** The message takes a job somewhere else: work abroad, travel or housing paid, the scam-compound countries. */
  speaksOfTravel?(text: string): boolean;
  /** The message brings the parents in: their signature or permission, "ask your parents". */
  involvesParents?(text: string): boolean;
  /** The sender names themselves as the teen's relative, teacher or coach ("it's mom", "c'est ton prof"). */
  isKinSender?(text: string): boolean;
  /** The message speaks of a surprise ("surprise party", "sorpresa", "kejutan"). */
  mentionsSurprise?(text: string): boolean;
  /** The message speaks of a surprise for a relative the sender shares with the teen ("moms bday ... surprise"). */
  familySurprise?(text: string): boolean;
  /** The message warns the teen against sending, giving, paying or clicking ("dont send it", "jangan kasih kodenya"). */
  warnsAgainst?(text: string): boolean;
  /** The message presses without asking in so many words ("I thought we were close", "nobody will know"). */
  presses?(text: string): boolean;
}

/** Moves made over two messages ("a code went to your number by mistake" ... "type it here"; "send me a pic" ... "ill pay u for it"): read the last two incoming together. */
const ACROSS_MESSAGES: readonly Category[] = ['account_access', 'threat', 'gift_money'];
/**
 * Two messages are read together only when one of them leans that way (a rule
 * found a piece of it, or the model gives it at least this probability): on a
 * busy chat every other pair is not scanned twice.
 */
const LEAN = 0.1;
/** How close the previous incoming message must be to be read with the next. */
export const ACROSS_WINDOW = 30 * 60_000;
/** Longest previous message held for reading with the next. */
const PREVIOUS_CHARS = 2000;

/** A message's time: its own when valid, never earlier than the thread's last. */
function timeOf(at: unknown, lastAt: number): number {
  return Math.max(typeof at === 'number' && Number.isFinite(at) ? at : Date.now(), lastAt);
}

/**
 * Reads a thread's messages, in order, into signals (no text): the detector's
 * side of the tracker. An incoming message is read with the previous incoming
 * one when either leans towards a move made over two messages and they are
 * close in time. Returns the new previous message, held in memory by the
 * caller (never stored).
 */
export function readMessages(
  detector: Pick<Detector, 'scanMessage' | 'scanOutgoing'>,
  hooks: TrackerHooks,
  messages: readonly ConversationMessage[],
  before?: PreviousIncoming,
): { signals: MessageSignals[]; previous?: PreviousIncoming } {
  let previous = before;
  let lastAt = previous?.at ?? 0;
  const signals: MessageSignals[] = [];
  for (const message of messages) {
    const text = typeof message?.text === 'string' ? message.text : '';
    const at = timeOf(message?.at, lastAt);
    lastAt = at;
    if (previous && at - previous.at > ACROSS_WINDOW) previous = undefined;
    if (message?.incoming) {
      const result = detector.scanMessage(text);
      // It leans when it holds part of a move it does not make alone: a move it makes alone needs no
      // second reading for its own sake (fewer pairs read twice).
      const leans = ACROSS_MESSAGES.some(
        (c) => !result.labels.includes(c) && ((result.probabilities?.[c] ?? 0) >= LEAN || result.findings.some((f) => f.category === c)),
      );
      if (previous && (previous.leans || leans) && previous.text.length + text.length <= 4000) {
        const joined = detector.scanMessage(`${previous.text}\n${text}`);
        for (const category of joined.labels) {
          // What the earlier message said alone is its own, already counted: the two together add
          // only a move neither makes alone ("a hacked friend's code ask" then "lol he clicked a
          // link" is not a second code ask).
          if (!ACROSS_MESSAGES.includes(category) || result.labels.includes(category) || previous.labels.includes(category)) continue;
          result.labels.push(category);
          const p = joined.probabilities?.[category];
          if (p !== undefined) result.probabilities = { ...result.probabilities, [category]: p };
        }
      }
      previous = { text: text.slice(0, PREVIOUS_CHARS), at, leans, labels: [...result.labels] };
      const ruleIds: Partial<Record<Category, string[]>> = {};
      for (const f of result.findings) (ruleIds[f.category] ??= []).push(f.ruleId);
      const kin = hooks.isKinSender?.(text) === true;
      const surprise = hooks.mentionsSurprise?.(text) === true;
      const familySurprise = surprise && hooks.familySurprise?.(text) === true;
      const warns = hooks.warnsAgainst?.(text) === true;
      const presses = hooks.presses?.(text) === true;
      const adultAge = hooks.statesAdultAge?.(text) === true;
      const ageGap = hooks.talksAgeGap?.(text) === true;
      const ageGapToYou = ageGap && hooks.talksAgeGapToYou?.(text) === true;
      const minorAge = hooks.namesMinorAge?.(text) === true;
      const opensWithAdultAge = hooks.opensWithAdultAge?.(text) === true;
      const answerAge = !adultAge && hooks.statesAgeInAnswer?.(text) === true;
      // Travel counts only in the job offer's own message (see add): read it only there.
      const travel = result.labels.includes('job_offer') && hooks.speaksOfTravel?.(text) === true;
      const parents = hooks.involvesParents?.(text) === true;
      signals.push({
        incoming: true,
        labels: result.labels,
        ...(result.probabilities ? { probabilities: result.probabilities } : {}),
        ruleIds,
        leans,
        ...(kin ? { kin } : {}),
        ...(surprise ? { surprise } : {}),
        ...(familySurprise ? { familySurprise } : {}),
        ...(warns ? { warns } : {}),
        ...(presses ? { presses } : {}),
        ...(adultAge ? { adultAge } : {}),
        ...(ageGap ? { ageGap } : {}),
        ...(ageGapToYou ? { ageGapToYou } : {}),
        ...(minorAge ? { minorAge } : {}),
        ...(opensWithAdultAge ? { opensWithAdultAge } : {}),
        ...(answerAge ? { answerAge } : {}),
        ...(travel ? { travel } : {}),
        ...(parents ? { parents } : {}),
      });
    } else {
      const family = hooks.familyReply?.(text);
      signals.push({
        incoming: false,
        categories: detector.scanOutgoing(text).categories,
        refusal: hooks.isRefusal(text),
        stranger: hooks.isStrangerReply?.(text) ?? false,
        family: family !== undefined,
        ...(family === 'end' ? { familyCall: true } : {}),
        agreesToMeet: hooks.agreesToMeet(text),
        // The last incoming message, when it is recent, is the question a bare number answers ("numéro 10 ou 7 ?").
        ...(hooks.statesMinorAge?.(text, previous?.text) === true ? { minorAge: true } : {}),
        ...(hooks.statesGrade?.(text) === true ? { grade: true } : {}),
        ...(hooks.asksAgeBack?.(text) === true ? { asksAgeBack: true } : {}),
        ...(hooks.mentionsSurprise?.(text) === true ? { surprise: true } : {}),
      });
    }
  }
  return previous ? { signals, previous } : { signals };
}

/**
 * A tracker for one thread, fed with signals (Detector.read): pure, no text,
 * no detector, so it can live in the tab while detection runs elsewhere.
 * `threshold` is the detector's label threshold.
 */
export function createSignalTracker(threshold: number, initial: ThreadContext = {}): SignalTracker {
  let context: ThreadContext = { ...initial };
  let state = new Map<Category, CategoryState>();
  let recent: IncomingEvent[] = [];
  let refusedAt = new Map<Category, number>();
  let repeatedAfterNo = new Set<Category>();
  let lastAsked: Category[] = [];
  let selfDisclosures: Reason[] = [];
  let agreedToMeetFlagged = false;
  let agreedToPhotoFlagged = false;
  let strangerSeen = false;
  let familySeen = false;
  let kinSeen = false;
  let minorAgeSeen = false;
  let adultAgeSeen = false;
  let ageGapSeen = false;
  /**
   * The teen is under 18 by the sender's words ("ur only 14", "mature for 14") or a school grade the teen
   * gave ("kelas 8"): for adult_minor only. A job offer to a teen who gave a grade is a summer job as often.
   */
  let minorNamedSeen = false;
  /** Age-gap talk at the teen, not of the sender's own age ("ur so mature for 14"). */
  let ageGapToYouSeen = false;
  /** The teen's last reply asked the sender's age back ("13 e vc"): the next message's opening number answers it. */
  let askedAgeBack = false;
  /** The teen's last reply gave their age to an age question: the sender's answer may give theirs ("y yo 24"). */
  let ageAnswered = false;
  /** A job offer came with travel: abroad, tickets or housing paid (GROOMING.md 3.4). */
  let jobTravelSeen = false;
  /** The sender brought the parents in (their signature, "ask your parents"): a job through them is no recruitment. */
  let parentsInvolved = false;
  let surpriseAt: number | undefined;
  let familySurpriseAt: number | undefined;
  let lastAt = 0;
  const stranger = (): boolean => context.messageRequest === true || (strangerSeen && !known());
  // Known: the page or the teen says so ("I know this person"), or the teen calls them mom or dad.
  const known = (): boolean => context.knownContact === true || (familySeen && !strangerSeen);
  // Related: the sender says they are family, a teacher or a coach ("it's mom", "ton prof"). A stranger can
  // claim it, so it weighs as a group does (one step lower), and not once the teen asks who they are.
  const related = (): boolean => kinSeen && !strangerSeen && context.messageRequest !== true;

  function decayed(category: Category, at: number): number {
    const s = state.get(category);
    if (!s) return 0;
    return s.score * Math.pow(0.5, Math.max(0, at - s.at) / HALF_LIFE[category]);
  }

  /** A personal question a rule found beyond the teen's age: where they live, their school, whether they are alone. */
  const asksBeyondAge = (): boolean => (state.get('personal_info')?.ruleIds ?? []).some((id) => !AGE_ASKS.includes(ruleName(id)));

  function verdictAt(at: number): Verdict {
    const active: Category[] = [];
    const reasons: Reason[] = [];
    let level: Level = 'none';
    const strong = (c: Category): boolean => {
      const s = state.get(c);
      return s !== undefined && ((s.byRule && s.strength >= STRONG) || s.strength >= SURE);
    };
    // Secrecy in a thread that speaks of a surprise is the surprise's (a party, a present for mom): it
    // stays a notice and lifts no pattern, unless it is secrecy from the teen's parents or a cover story,
    // or a sure "keep it secret, delete this chat" from someone who never said who they are (a stranger's
    // "I have a surprise for you" is bait). From someone who says they are family, a teacher or a coach,
    // the surprise explains even that ("it's ur sister ... delete this chat so mom doesn't see the plan").
    // A surprise for a relative the sender shares with the teen ("moms bday ... surprise thing") is a family's,
    // and explains even "don't tell mom" and "delete this chat", unless the teen asked who they are.
    const secrecyExplained =
      surpriseAt !== undefined &&
      Math.abs(at - surpriseAt) <= SURPRISE_WINDOW &&
      ((familySurpriseAt !== undefined && Math.abs(at - familySurpriseAt) <= SURPRISE_WINDOW && !strangerSeen && context.messageRequest !== true) ||
        !unambiguousAlone('secrecy', state.get('secrecy'), related()));
    const sureMove = (c: Category): boolean => {
      const s = state.get(c);
      return s !== undefined && (s.byRule || s.strength >= SURE);
    };
    const isClear = (c: Category): boolean => {
      const s = state.get(c);
      if (c === 'secrecy' && secrecyExplained) return false;
      return s !== undefined && (s.byRule || s.strength >= CLEAR);
    };
    for (const category of CATEGORIES) {
      const score = decayed(category, at);
      if (score >= threshold) {
        active.push(category);
        let alone = ALONE_LEVEL[category];
        // A threat or a demand for a login is unambiguous when the model is sure, or when it comes from a stranger.
        if ((category === 'threat' || category === 'account_access') && (strong(category) || stranger())) {
          alone = 'urgent';
          reasons.push({ kind: 'urgent_alone', category });
        }
        if (stranger() && STRANGER_ALONE.includes(category)) alone = maxLevel(alone, 'warn');
        if (unambiguousAlone(category, state.get(category)) && !(category === 'secrecy' && secrecyExplained)) alone = maxLevel(alone, 'warn');
        level = maxLevel(level, alone);
        reasons.unshift({ kind: 'category', category, ruleIds: state.get(category)?.ruleIds ?? [] });
      } else if (score >= threshold / 2) {
        level = maxLevel(level, 'notice');
      }
    }
    // Two or more strategies from the same person make a pattern (GROOMING.md 3.4): a warning.
    const clear = active.filter(isClear);
    // A job that goes through the parents (their signature, "ask your parents"), with nothing asked to be kept
    // from them, is no recruitment: a summer job or a placement. Photos asked for a job still are, and so is
    // work abroad or travel paid (below): a trafficker can say "talk to your parents" too.
    const jobThroughParents = parentsInvolved && !active.includes('secrecy');
    const explainedByParents = (combo: { all: readonly Category[] }): boolean => combo.all.includes('job_offer') && !combo.all.includes('photo_request');
    const homeAlone = state.get('personal_info')?.ruleIds.some((id) => HOME_ALONE_RULES.includes(ruleName(id))) === true;
    // Alone at home, or asked to come alone: the isolation that makes a meeting urgent.
    const isolated = homeAlone || (state.get('meetup')?.ruleIds.some((id) => ruleName(id) === 'come_alone') ?? false);
    for (const combo of COMBINATIONS) {
      if (jobThroughParents && !jobTravelSeen && explainedByParents(combo)) continue;
      if (combo.all.every((c) => clear.includes(c))) {
        level = maxLevel(level, combo.id === 'isolation_meetup' && !isolated ? 'warn' : combo.level);
        if (!reasons.some((r) => r.kind === 'combination' && r.pattern === combo.id)) {
          reasons.push({ kind: 'combination', categories: combo.all, pattern: combo.id });
        }
      }
    }
    // "Are you home alone?" and a photo or camera ask: the alone-at-home plus camera pattern (a named
    // combination whose first half is a home-alone rule family, not any personal question).
    if (homeAlone && active.includes('personal_info') && clear.includes('photo_request')) {
      level = maxLevel(level, 'warn');
      reasons.push({ kind: 'combination', categories: ['personal_info', 'photo_request'], pattern: 'alone_photo' });
    }
    // A job offer to someone who said they are under 18 (legitimate employers do not hire children by DM), or
    // one that takes the teen to work abroad or pays their travel or housing (GROOMING.md 3.4: job_offer +
    // travel; the scam compounds' "admin job abroad"): recruitment.
    if (((minorAgeSeen && !jobThroughParents) || jobTravelSeen) && clear.includes('job_offer')) {
      level = maxLevel(level, 'warn');
      if (!reasons.some((r) => r.kind === 'combination' && r.pattern === 'recruitment')) reasons.push({ kind: 'combination', categories: ['job_offer'], pattern: 'recruitment' });
    }
    // A sender who said they are an adult, to a teen who said they are under 18, asking to keep it secret,
    // move, meet, send a photo or take a gift: the age gap acknowledged, and a move made across it.
    // Talking the gap away ("ur so mature for 14", "idade é só número") is a move across it too (GROOMING.md
    // section 2: age-gap talk), a pattern with no category that the nudge says in its own words. It warns when
    // said at the teen beside anything else the thread asked, beside a personal question beyond the age
    // ("la edad es solo un número, dónde vives?"), or from a stranger (the page's message request, the teen's
    // "who is this?"); otherwise it is a notice: coaches and relatives say "I'm 41 and still play, age is
    // just a number" of themselves (a red-team of 45 threads built on that warned on 29).
    const minorKnown = minorAgeSeen || minorNamedSeen;
    const acrossGap = minorKnown && adultAgeSeen ? ADULT_MINOR_MOVES.filter((c) => clear.includes(c)) : [];
    if (acrossGap.length > 0 || (minorKnown && adultAgeSeen && ageGapSeen)) {
      level = maxLevel(level, acrossGap.length > 0 || stranger() || (ageGapToYouSeen && active.length > 0) || (ageGapSeen && asksBeyondAge()) ? 'warn' : 'notice');
      reasons.push({ kind: 'combination', categories: acrossGap, pattern: 'adult_minor' });
    }
    // Any PATTERN_FAMILIES strategy families make a pattern too. Fewer make one only as a named
    // combination above: photo, number, meetup and app-move asks are what friends, coaches and neighbours
    // send every day (GROOMING.md 3.9: they "need co-occurring signals").
    const families = clear.filter((c) => c !== 'personal_info' || clear.length > 2);
    if (families.length >= PATTERN_FAMILIES) level = maxLevel(level, 'warn');
    // A threat beside any other move is coercion, whatever its words (sextortion rarely says "threat"),
    // when the threat is sure or comes from a stranger.
    if (clear.includes('threat') && families.length >= 2 && (strong('threat') || stranger())) level = maxLevel(level, 'urgent');
    for (const category of repeatedAfterNo) {
      if (decayed(category, at) < threshold / 2) continue;
      reasons.push({ kind: 'repeated_after_no', category });
      level = maxLevel(level, category === 'photo_request' || category === 'meetup' ? 'urgent' : 'warn');
    }
    // Several strategy families within an hour: fast escalation.
    const windowStart = at - VELOCITY_WINDOW;
    // Only moves a rule found or the model is sure of count here: in a friends' thread full of trigger
    // words, a guess at CLEAR ("c'est quoi ton code de porte" read as a login-code ask) made a fourth
    // family and an urgent warning.
    const fast = new Set(recent.filter((e) => e.at >= windowStart).flatMap((e) => e.categories).filter((c) => isClear(c) && sureMove(c)));
    if (fast.size >= 3) {
      reasons.push({ kind: 'escalation', families: fast.size, withinMinutes: Math.round(VELOCITY_WINDOW / 60_000) });
      level = maxLevel(level, fast.size >= 4 ? 'urgent' : 'warn');
    }
    for (const r of selfDisclosures) {
      reasons.push(r);
      level = maxLevel(level, 'notice');
    }
    if (agreedToMeetFlagged && active.includes('meetup')) level = maxLevel(level, 'urgent');
    // The teen agreeing to send a photo they were asked for: a warning when the ask was more than a friend's
    // "send me a pic of ur outfit options" (unambiguous alone, or beside another move, or from a stranger).
    if (agreedToPhotoFlagged && active.includes('photo_request') && (unambiguousAlone('photo_request', state.get('photo_request')) || clear.length >= 2 || stranger())) level = maxLevel(level, 'warn');

    // What a careful adult weighs: someone the teen knows, or a group, lowers the level; a threat or a
    // login-code demand stays (a friend's hacked account asks for codes too).
    const unambiguous = (active.includes('threat') && strong('threat')) || (active.includes('account_access') && strong('account_access'));
    if (known() && !unambiguous) level = minLevel(level, 'notice');
    // In a group, asks are in front of others, so one step lower; from someone who says they are family,
    // a teacher or a coach, too (plain school or family logistics). Not when they ask to keep it secret
    // or move somewhere private: that takes the teen out of sight (GROOMING.md: isolation).
    else if ((context.group || related()) && !unambiguous && !active.includes('secrecy') && !active.includes('off_platform')) level = lower(level);
    if (stranger() && level !== 'none') reasons.push({ kind: 'stranger', messageRequest: context.messageRequest === true });
    return { level, categories: active, reasons };
  }

  function add(message: SignalMessage): Verdict {
    const at = timeOf(message?.at, lastAt);
    lastAt = at;
    const signals = message?.signals;
    if (signals?.surprise === true) surpriseAt = at;
    if (signals?.incoming === true && signals.familySurprise === true) familySurpriseAt = at;
    if (signals?.incoming === true) {
      if (signals.kin === true) kinSeen = true;
      if (signals.adultAge === true) adultAgeSeen = true;
      if (signals.ageGap === true) ageGapSeen = true;
      if (signals.ageGapToYou === true) ageGapToYouSeen = true;
      // The sender knows they write to a minor when they say the teen's age themselves.
      if (signals.minorAge === true) minorNamedSeen = true;
      if (askedAgeBack && signals.opensWithAdultAge === true) adultAgeSeen = true;
      if (ageAnswered && signals.answerAge === true) adultAgeSeen = true;
      askedAgeBack = false;
      ageAnswered = false;
      for (const category of signals.labels) {
        const previous = state.get(category);
        // A message that warns the teen against sending, paying or clicking ("DONT send it, it's to get
        // into your account") speaks of a threat or a code demand without making one: it is never sure
        // enough to be urgent on its own.
        const warning = signals.warns === true && WARNED_OF.includes(category);
        const strength = Math.min(signals.probabilities?.[category] ?? 1, warning ? WARNING_STRENGTH : 1);
        const live = previous !== undefined && decayed(category, at) >= threshold;
        const ruleIds = signals.ruleIds[category];
        state.set(category, {
          score: 1,
          at,
          ruleIds: [...new Set([...(previous?.ruleIds ?? []), ...(ruleIds ?? [])])].slice(0, 8),
          strength: Math.max(strength, live ? previous.strength : 0),
          // A rule that found the words of a warning ("if he asks for the code dont send it") found no ask:
          // it does not make the move clear, so it lifts no pattern.
          byRule: (!warning && ruleIds !== undefined && ruleIds.length > 0) || (live && previous.byRule),
        });
        const refused = refusedAt.get(category);
        // Any ask in a refused category counts: the repeat is often softer ("just one?").
        if (refused !== undefined && refused <= at) repeatedAfterNo.add(category);
      }
      // Pressure right after a no ("come on, I thought we were close", "nobody will know") is the refused
      // ask coming back in other words: compliance testing, as a repeat of the ask is.
      if (signals.presses === true) {
        for (const [category, refused] of refusedAt) if (refused <= at && at - refused <= PRESS_WINDOW) repeatedAfterNo.add(category);
      }
      // Travel in the job offer's own message: the recruitment pattern. Not travel said beside an earlier
      // offer ("the owner is abroad till monday", "my husband is in dubai for work").
      if (signals.travel === true && signals.labels.includes('job_offer')) jobTravelSeen = true;
      if (signals.parents === true) parentsInvolved = true;
      lastAsked = signals.labels.filter((c) => REFUSABLE.includes(c));
      if (signals.labels.length > 0) {
        recent.push({ at, categories: [...signals.labels] });
        if (recent.length > 64) recent = recent.slice(-64);
      }
    } else if (signals?.incoming === false) {
      if (signals.refusal) for (const c of lastAsked) refusedAt.set(c, at);
      if (signals.stranger) strangerSeen = true;
      // A reply that opens with a parent right after a question about the parents or the home answers it
      // ("are ur parents strict?" "mom works late"): it is about them, not to them. One that ends with them
      // ("omw mom") calls them.
      if (signals.family && (signals.familyCall === true || !lastAsked.includes('personal_info'))) familySeen = true;
      if (signals.minorAge === true) minorAgeSeen = true;
      if (signals.grade === true) minorNamedSeen = true;
      // "13 e vc" after an age question: the next message's opening number answers it ("14 wbu" after "how
      // many kills?" does not).
      askedAgeBack = signals.asksAgeBack === true && signals.minorAge === true && lastAsked.includes('personal_info');
      ageAnswered = (signals.minorAge === true || signals.grade === true) && lastAsked.includes('personal_info');
      for (const category of signals.categories) {
        if (!selfDisclosures.some((r) => r.kind === 'self_disclosure' && r.category === category)) selfDisclosures.push({ kind: 'self_disclosure', category });
      }
      if (signals.agreesToMeet && decayed('meetup', at) >= threshold) {
        agreedToMeetFlagged = true;
        if (!selfDisclosures.some((r) => r.kind === 'self_disclosure' && r.category === 'meet_alone')) selfDisclosures.push({ kind: 'self_disclosure', category: 'meet_alone' });
      }
      if (signals.categories.includes('send_photo') && decayed('photo_request', at) >= threshold) agreedToPhotoFlagged = true;
    }
    return verdictAt(at);
  }

  return {
    add,
    setContext: (next: ThreadContext) => {
      context = { ...context, ...next };
    },
    verdict: (at?: number) => verdictAt(Math.max(at ?? Date.now(), lastAt)),
    reset: () => {
      state = new Map();
      recent = [];
      refusedAt = new Map();
      repeatedAfterNo = new Set();
      lastAsked = [];
      selfDisclosures = [];
      agreedToMeetFlagged = false;
      agreedToPhotoFlagged = false;
      strangerSeen = false;
      familySeen = false;
      kinSeen = false;
      minorAgeSeen = false;
      adultAgeSeen = false;
      ageGapSeen = false;
      minorNamedSeen = false;
      ageGapToYouSeen = false;
      askedAgeBack = false;
      ageAnswered = false;
      jobTravelSeen = false;
      parentsInvolved = false;
      surpriseAt = undefined;
      familySurpriseAt = undefined;
      lastAt = 0;
    },
  };
}

/**
 * A tracker for one thread that reads text itself: the detector reads each
 * message into signals (readMessages) and a signal tracker weighs them. The
 * text of the last incoming message is held in memory for the next one only.
 */
export function createConversationTracker(
  detector: Pick<Detector, 'scanMessage' | 'scanOutgoing'>,
  threshold: number,
  hooks: TrackerHooks,
  initial: ThreadContext = {},
): ConversationTracker {
  const tracker = createSignalTracker(threshold, initial);
  let previous: PreviousIncoming | undefined;
  let lastAt = 0;
  return {
    add(message: ConversationMessage): Verdict {
      const at = timeOf(message?.at, lastAt);
      lastAt = at;
      const read = readMessages(detector, hooks, [{ text: message?.text, incoming: message?.incoming === true, at }], previous);
      previous = read.previous;
      return tracker.add({ signals: read.signals[0]!, at });
    },
    setContext: (context: ThreadContext) => tracker.setContext(context),
    verdict: (at?: number) => tracker.verdict(at),
    reset: () => {
      tracker.reset();
      previous = undefined;
      lastAt = 0;
    },
  };
}
