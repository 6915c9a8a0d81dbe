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
 *   urgent on their own.
 *
 * Privacy: the tracker keeps categories, rule ids and times, never text.
 */
import { CATEGORIES, LEVELS, type Category, type Level } from '../shared/categories';
import type { CombinationId, ConversationMessage, ConversationTracker, Detector, Reason, Verdict } from './types';

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

/** Level of one category on its own. Off-platform moves and getting-to-know-you questions are common (Thorn 2022), so they need company. */
const ALONE_LEVEL: Record<Category, Level> = {
  photo_request: 'warn',
  meetup: 'warn',
  off_platform: 'notice',
  secrecy: 'warn',
  gift_money: 'warn',
  personal_info: 'notice',
  job_offer: 'warn',
  account_access: 'urgent',
  threat: 'urgent',
};

const COMBINATIONS: { id: CombinationId; all: Category[]; level: Level }[] = [
  { id: 'isolation_meetup', all: ['personal_info', 'meetup'], level: 'urgent' },
  { id: 'secret_meetup', all: ['secrecy', 'meetup'], level: 'urgent' },
  { id: 'gift_for_photo', all: ['gift_money', 'photo_request'], level: 'urgent' },
  { id: 'info_secret_move', all: ['personal_info', 'secrecy', 'off_platform'], level: 'urgent' },
  { id: 'secret_move', all: ['secrecy', 'off_platform'], level: 'warn' },
  { id: 'recruitment', all: ['job_offer', 'photo_request'], level: 'urgent' },
  { id: 'recruitment', all: ['job_offer', 'meetup'], level: 'urgent' },
  { id: 'recruitment', all: ['job_offer', 'personal_info'], level: 'warn' },
];

/** Categories the teen can refuse, whose repeat after a "no" is compliance testing. */
const REFUSABLE: readonly Category[] = ['photo_request', 'meetup', 'off_platform', 'personal_info', 'account_access', 'gift_money', 'secrecy'];

/** Strategy families in this window raise the level: fast escalation (GROOMING.md 3.2). */
const VELOCITY_WINDOW = HOUR;

interface CategoryState {
  score: number;
  at: number;
  ruleIds: string[];
}

interface IncomingEvent {
  at: number;
  categories: Category[];
}

function maxLevel(a: Level, b: Level): Level {
  return LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b;
}

/** Callbacks the tracker needs from the detector beyond its public API. */
export interface TrackerHooks {
  isRefusal(text: string): boolean;
  agreesToMeet(text: string): boolean;
}

/** A tracker for one thread. `threshold` is the detector's label threshold. */
export function createConversationTracker(detector: Detector, threshold: number, hooks: TrackerHooks): ConversationTracker {
  let state = new Map<Category, CategoryState>();
  let recent: IncomingEvent[] = [];
  let refusedAt = new Map<Category, number>();
  let repeatedAfterNo = new Set<Category>();
  let lastAsked: Category[] = [];
  let selfDisclosures: Reason[] = [];
  let agreedToMeetFlagged = false;
  let lastAt = 0;
  let firstAt: number | undefined;

  function decayed(category: Category, at: number): number {
    const s = state.get(category);
    if (!s) return 0;
    return s.score * Math.pow(0.5, Math.max(0, at - s.at) / HALF_LIFE[category]);
  }

  function verdictAt(at: number): Verdict {
    const active: Category[] = [];
    const reasons: Reason[] = [];
    let level: Level = 'none';
    for (const category of CATEGORIES) {
      const score = decayed(category, at);
      if (score >= threshold) {
        active.push(category);
        level = maxLevel(level, ALONE_LEVEL[category]);
        reasons.push({ kind: 'category', category, ruleIds: state.get(category)?.ruleIds ?? [] });
        if (category === 'threat' || category === 'account_access') reasons.push({ kind: 'urgent_alone', category });
      } else if (score >= threshold / 2) {
        level = maxLevel(level, 'notice');
      }
    }
    for (const combo of COMBINATIONS) {
      if (combo.all.every((c) => active.includes(c))) {
        level = maxLevel(level, combo.level);
        if (!reasons.some((r) => r.kind === 'combination' && r.pattern === combo.id)) {
          reasons.push({ kind: 'combination', categories: combo.all, pattern: combo.id });
        }
      }
    }
    for (const category of repeatedAfterNo) {
      if (decayed(category, at) < threshold / 2) continue;
      reasons.push({ kind: 'repeated_after_no', category });
      level = maxLevel(level, category === 'photo_request' || category === 'meetup' ? 'urgent' : 'warn');
    }
    // Several strategy families within an hour: fast escalation.
    const windowStart = at - VELOCITY_WINDOW;
    const families = new Set(recent.filter((e) => e.at >= windowStart).flatMap((e) => e.categories));
    if (families.size >= 3) {
      reasons.push({ kind: 'escalation', families: families.size, withinMinutes: Math.round(VELOCITY_WINDOW / 60_000) });
      level = maxLevel(level, families.size >= 4 ? 'urgent' : 'warn');
    }
    for (const r of selfDisclosures) {
      reasons.push(r);
      level = maxLevel(level, r.kind === 'self_disclosure' && r.category === 'meet_alone' && active.includes('meetup') ? 'urgent' : 'notice');
    }
    if (agreedToMeetFlagged && active.includes('meetup')) level = maxLevel(level, 'urgent');
    return { level, categories: active, reasons };
  }

  function add(message: ConversationMessage): Verdict {
    const text = typeof message?.text === 'string' ? message.text : '';
    const at = Math.max(typeof message?.at === 'number' && Number.isFinite(message.at) ? message.at : Date.now(), lastAt);
    lastAt = at;
    firstAt ??= at;
    if (message?.incoming) {
      const result = detector.scanMessage(text);
      const byCategory = new Map<Category, { weight: number; ruleIds: string[] }>();
      for (const f of result.findings) {
        const entry = byCategory.get(f.category) ?? { weight: 0, ruleIds: [] };
        entry.weight = 1 - (1 - entry.weight) * (1 - f.weight);
        entry.ruleIds.push(f.ruleId);
        byCategory.set(f.category, entry);
      }
      for (const [category, { weight, ruleIds }] of byCategory) {
        const previous = decayed(category, at);
        state.set(category, { score: 1 - (1 - previous) * (1 - weight), at, ruleIds: [...new Set(ruleIds)] });
        const refused = refusedAt.get(category);
        // Any ask in a refused category counts: the repeat is often softer ("just one?").
        if (refused !== undefined && refused <= at) repeatedAfterNo.add(category);
      }
      lastAsked = result.labels.filter((c) => REFUSABLE.includes(c));
      if (result.labels.length > 0) {
        recent.push({ at, categories: result.labels });
        if (recent.length > 64) recent = recent.slice(-64);
      }
    } else {
      if (hooks.isRefusal(text)) for (const c of lastAsked) refusedAt.set(c, at);
      const outgoing = detector.scanOutgoing(text);
      for (const category of outgoing.categories) {
        if (!selfDisclosures.some((r) => r.kind === 'self_disclosure' && r.category === category)) selfDisclosures.push({ kind: 'self_disclosure', category });
      }
      if (hooks.agreesToMeet(text) && decayed('meetup', at) >= threshold) {
        agreedToMeetFlagged = true;
        if (!selfDisclosures.some((r) => r.kind === 'self_disclosure' && r.category === 'meet_alone')) selfDisclosures.push({ kind: 'self_disclosure', category: 'meet_alone' });
      }
    }
    return verdictAt(at);
  }

  return {
    add,
    verdict: (at?: number) => verdictAt(Math.max(at ?? Date.now(), lastAt)),
    reset: () => {
      state = new Map();
      recent = [];
      refusedAt = new Map();
      repeatedAfterNo = new Set();
      lastAsked = [];
      selfDisclosures = [];
      agreedToMeetFlagged = false;
      lastAt = 0;
      firstAt = undefined;
    },
  };
}
