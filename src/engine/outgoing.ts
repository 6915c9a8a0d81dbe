/**
 * scanOutgoing: the teen's OWN text, before it is sent. It looks for what
 * gives them away, with categories of its own (see OUTGOING_CATEGORIES in
 * ./types.ts): a phone number, a home address, a school together with a
 * grade, a one-time code or password, and saying they will be alone.
 *
 * Phone numbers use the tokenizer's digit-run scanner (7+ digits with
 * spaces, dashes, dots or brackets, or spelled out in words), not
 * libphonenumber-js: its metadata costs far more than the whole engine
 * (bench/engine.ts measures both) and we do not need to know the country,
 * only that a number is leaving.
 */
import type { Language } from '../shared/categories';
import type { OutgoingLexicon, OutgoingWords } from '../packs/outgoing';
import { isLaughWord } from './laughter';
import { normalize, normalizeTerm, originalSpan, type MappedText } from './normalize';
import { tokenize, TokenKind, type Token } from './tokenize';
import type { OutgoingCategory, OutgoingFinding, OutgoingResult } from './types';

/** The teen is composing one message: past this many characters the rest is not scanned. */
export const OUTGOING_SCAN_LIMIT = 20_000;
export const MAX_PHRASE_WORDS = 4;

/** A code is written in at most this many digit groups ("1 0 4 7 7 3"). */
const MAX_CODE_GROUPS = 8;
/** How many tokens after a code word its code may come ("le code à 6 chiffres c'est 120 956"). */
const CODE_REACH = 6;
/** A sentence ends between two tokens: a lone full stop (an ellipsis goes on: "kode... 4821"), ! or ?, a new line. */
const SENTENCE_END = /(?<!\.)\.(?!\.)|[!?\n]/;
/** Words before a number that make it a time of day, not a code ("jam 1300", "at 1530"). */
const TIME_LEAD = new Set(['jam', 'pukul', 'pkl', 'at', 'around', 'by', 'before', 'after', 'until', 'till', 'vers', 'sampai', 'sampe', 'hingga', 'ng', 'alas']);
/** A token that is itself a sentence's end ("?" and "!" are tokens of their own). */
export const SENTENCE_TOKEN = /^[?!]+$/;
// Connectives allowed between a code word and the code ("my pin is 1234", "kodenya 123456").
const CODE_GLUE = new Set(['is', 'my', 'the', 'nya', 'ko', 'mo', 'es', 'e', 'est', 'ini', 'adalah', 'itu', 'mi', 'meu', 'minha', 'mon', 'ma', 'saya', 'aku', 'ku', 'dia', 'el', 'la', 'o', 'a', 'c', 'cest', 'คือ']);

/** Words beside a number that make it someone's age in a clause (see ageInClause). */
interface AgeLeads {
  /** Right before the number, anywhere in the clause ("im", "tienes"). */
  leads: Set<string>;
  /** Right before the number, only when they open the clause: after a noun they are possessives ("kakak aku 20"). */
  weak: Set<string>;
  /** Right after the number ("22 lang ako", "14 ka pa lang"). */
  after: Set<string>;
  /** `leads` in Thai, matched at the end of the run before the number. */
  thai: readonly string[];
}

interface CompiledOutgoing {
  street: Set<string>;
  addressLead: Set<string>;
  school: Set<string>;
  gradeLead: Set<string>;
  gradeTail: Set<string>;
  gradeNames: Set<string>;
  negations: Set<string>;
  numberLabels: Set<string>;
  /**
   * Words right before a number that make it a time, an amount, a count, a duration or a grade
   * (OutgoingLexicon.notAge, with the grade leads: "tahun 5", "year 9").
   */
  notAgeBefore: Set<string>;
  /** The same right after a number (with the grade tails, not the leads: "15 tahun" is an age). */
  notAgeAfter: Set<string>;
  /** Words beside a number that make it the teen's age (OutgoingLexicon.ageMarkers). */
  ageMarkers: Set<string>;
  thaiAgeMarkers: readonly string[];
  /** The same in Thai, matched at the end of the run before the number or the start of the run after it. */
  thaiNotAge: readonly string[];
  sharedCodes: Set<string>;
  /** School words in Thai: Thai runs have no spaces, so a school's name follows its word in the same run. */
  thaiSchool: readonly string[];
  /** Code words in Thai, matched at the end of a run ("รหัสคือ", "นี่รหัส"), with the run's negations. */
  thaiCode: readonly string[];
  thaiNegations: readonly string[];
  /** Shared codes' words in Thai ("ห้อง", a room), anywhere in the two runs before a code word. */
  thaiShared: readonly string[];
  /** Being alone, and agreeing to meet, in Thai: matched inside a run with no "not" (ไม่) in it. */
  thaiAlone: readonly string[];
  thaiMeet: readonly string[];
  /** "Don't show anyone", "view once" (and in Thai, inside a run), and the picture words that go with them. */
  privateShare: Set<string>;
  thaiPrivate: readonly string[];
  photoWords: Set<string>;
  thaiPhoto: readonly string[];
  privateShareNot: Set<string>;
  thaiPrivateNot: readonly string[];
  /** The first words of privateShare, photoWords and privateShareNot. */
  phraseLeads: Set<string>;
  /** The sender's words for their own age ("im 24", "umur aku 25", "22 lang ako", "พี่ 22"). */
  ownAge: AgeLeads;
  /** First-person words beside an age given as an answer (statesAgeInAnswer). */
  answerAgeWords: Set<string>;
  /** The sender's words for the teen's age ("ur 14", "tienes 14", "kamu 14", "14 ka pa lang"), as ownAge* are for their own. */
  yourAge: AgeLeads;
  /** Words that carry a clause on after an age ("im 24 but", "tienes 14 pero"). */
  clauseJoins: Set<string>;
  ageGap: Set<string>;
  thaiAgeGap: readonly string[];
  parentConsent: Set<string>;
  jobTravel: Set<string>;
  travelNouns: Set<string>;
  travelPaid: Set<string>;
  thaiJobTravel: readonly string[];
  thaiTravelNouns: readonly string[];
  thaiTravelPaid: readonly string[];
  thaiParentConsent: readonly string[];
  code: Set<string>;
  alone: Set<string>;
  meet: Set<string>;
  companions: Set<string>;
  askAdult: Set<string>;
  thaiCompanions: readonly string[];
}

/** A word list's Thai terms (Thai runs have no spaces, so they are matched inside a run, not as words). */
const thaiTerms = (list: readonly string[]): string[] => list.filter((w) => /^[\u0e00-\u0e7f]+$/.test(w));

/** A word list normalised as messages are, each phrase its tokens joined by one space (what the readers compare). */
export function phraseSet(list: readonly string[]): Set<string> {
  return new Set(list.map((t) => tokenize(normalizeTerm(t)).map((k) => k.text).join(' ')).filter((t) => t.length > 0));
}

const NO_WORDS: OutgoingLexicon = {
  streetWords: [], addressLead: [], schoolWords: [], gradeLead: [], gradeTail: [], gradeNames: [], negations: [], numberLabels: [], sharedCodes: [], codeWords: [], aloneMarkers: [], agreeToMeet: [], meetCompanions: [], refusals: [], strangerReplies: [], familyAddress: [], familyPossessives: [], familyCallAfter: [], familyCallBefore: [], kinSender: [], surpriseWords: [], sharedKin: [], kinOwnersBefore: [], kinOwnersAfter: [], tellWords: [], askAdult: [], warnAgainst: [], notAge: [], ageMarkers: [], pressure: [], privateShare: [], photoWords: [], privateShareNot: [], ownAgeLeads: [], ownAgeWeak: [], ownAgeAfter: [], answerAgeWords: [], yourAgeLeads: [], yourAgeAfter: [], clauseJoins: [], jobTravel: [], travelNouns: [], travelPaid: [], parentConsent: [], minorWords: [], ageGapTalk: [],
};

/**
 * The word lists of the languages the guardian chose, merged (every
 * language's when none is chosen, as for the packs). Without lists, only
 * phone numbers and lone codes are found.
 */
export function outgoingFor(words: Partial<OutgoingWords> | undefined, languages?: readonly Language[]): OutgoingLexicon {
  const chosen = (Object.keys(words ?? {}) as Language[]).filter((lang) => !languages || languages.length === 0 || languages.includes(lang));
  const lists = chosen.map((lang) => words?.[lang] ?? NO_WORDS);
  const merged: Record<keyof OutgoingLexicon, readonly string[]> = { ...NO_WORDS };
  for (const kind of Object.keys(NO_WORDS) as (keyof OutgoingLexicon)[]) merged[kind] = [...new Set(lists.flatMap((l) => l[kind]))];
  return merged;
}

/** Compile the outgoing lexicon once. */
export function compileOutgoing(lexicon: OutgoingLexicon): CompiledOutgoing {
  return {
    street: phraseSet(lexicon.streetWords),
    addressLead: phraseSet(lexicon.addressLead),
    school: phraseSet(lexicon.schoolWords),
    gradeLead: phraseSet(lexicon.gradeLead),
    gradeTail: phraseSet(lexicon.gradeTail),
    gradeNames: phraseSet(lexicon.gradeNames),
    negations: phraseSet(lexicon.negations),
    notAgeBefore: phraseSet([...lexicon.notAge, ...lexicon.gradeLead]),
    notAgeAfter: phraseSet([...lexicon.notAge, ...lexicon.gradeTail]),
    thaiNotAge: thaiTerms(lexicon.notAge),
    ageMarkers: phraseSet(lexicon.ageMarkers),
    thaiAgeMarkers: thaiTerms(lexicon.ageMarkers),
    numberLabels: phraseSet([...lexicon.numberLabels, ...lexicon.sharedCodes]),
    sharedCodes: phraseSet(lexicon.sharedCodes),
    thaiSchool: thaiTerms(lexicon.schoolWords),
    thaiCode: thaiTerms(lexicon.codeWords),
    thaiNegations: thaiTerms(lexicon.negations),
    thaiShared: thaiTerms(lexicon.sharedCodes),
    thaiAlone: thaiTerms(lexicon.aloneMarkers),
    thaiMeet: thaiTerms(lexicon.agreeToMeet),
    privateShare: phraseSet(lexicon.privateShare),
    thaiPrivate: thaiTerms(lexicon.privateShare),
    photoWords: phraseSet(lexicon.photoWords),
    thaiPhoto: thaiTerms(lexicon.photoWords),
    privateShareNot: phraseSet(lexicon.privateShareNot),
    phraseLeads: new Set([...phraseSet(lexicon.privateShare), ...phraseSet(lexicon.photoWords), ...phraseSet(lexicon.privateShareNot)].map((p) => p.split(' ')[0]!)),
    ownAge: { leads: phraseSet(lexicon.ownAgeLeads), weak: phraseSet(lexicon.ownAgeWeak), after: phraseSet(lexicon.ownAgeAfter), thai: thaiTerms(lexicon.ownAgeLeads) },
    answerAgeWords: phraseSet(lexicon.answerAgeWords),
    // No weak leads: the teen's age is named only after "only / still / I know" words, which are no possessives.
    yourAge: { leads: phraseSet(lexicon.yourAgeLeads), weak: new Set(), after: phraseSet(lexicon.yourAgeAfter), thai: thaiTerms(lexicon.yourAgeLeads) },
    clauseJoins: phraseSet(lexicon.clauseJoins),
    ageGap: phraseSet(lexicon.ageGapTalk),
    thaiAgeGap: thaiTerms(lexicon.ageGapTalk),
    parentConsent: phraseSet(lexicon.parentConsent),
    jobTravel: phraseSet(lexicon.jobTravel),
    travelNouns: phraseSet(lexicon.travelNouns),
    travelPaid: phraseSet(lexicon.travelPaid),
    thaiJobTravel: thaiTerms(lexicon.jobTravel),
    thaiTravelNouns: thaiTerms(lexicon.travelNouns),
    thaiTravelPaid: thaiTerms(lexicon.travelPaid),
    thaiParentConsent: thaiTerms(lexicon.parentConsent),
    thaiPrivateNot: thaiTerms(lexicon.privateShareNot),
    code: phraseSet(lexicon.codeWords),
    alone: phraseSet(lexicon.aloneMarkers),
    meet: phraseSet(lexicon.agreeToMeet),
    companions: phraseSet(lexicon.meetCompanions),
    askAdult: phraseSet(lexicon.askAdult),
    thaiCompanions: thaiTerms(lexicon.meetCompanions),
  };
}

/** Longest phrase of `set` starting at token i: its token length, or 0. */
function phraseAt(tokens: readonly Token[], i: number, set: Set<string>): number {
  let joined = '';
  let best = 0;
  for (let k = 0; k < MAX_PHRASE_WORDS && i + k < tokens.length; k++) {
    joined = k === 0 ? (tokens[i]?.text ?? '') : `${joined} ${tokens[i + k]?.text ?? ''}`;
    if (set.has(joined)) best = k + 1;
  }
  return best;
}

/** A class within a year: "7d", "9C", "8B", "5eB". */
const CLASS_CODE = /^\d{1,2}[a-z]{1,2}$/;
/** An ordinal: "8th", "1º" and "2ª" (normalised to "1o", "2a"). */
const ORDINAL = /^\d{1,2}(?:st|nd|rd|th|o|a)$/;

/** Does a phrase of `set` start in the `reach` tokens before token i? */
function phraseBefore(tokens: Token[], i: number, set: Set<string>, reach: number): boolean {
  for (let j = Math.max(0, i - reach); j < i; j++) if (phraseAt(tokens, j, set) > 0) return true;
  return false;
}

/** Is there a negation in the few tokens before token i, with no comma or sentence end between ("don't worry, my address is" is no refusal)? */
function negatedBefore(tokens: Token[], i: number, negations: Set<string>, text: string): boolean {
  const start = tokens[i]?.start ?? 0;
  for (let j = Math.max(0, i - NEGATION_REACH); j < i; j++) {
    if (phraseAt(tokens, j, negations) > 0 && !/[,.;:!?\n]/.test(text.slice(tokens[j]?.end ?? 0, start))) return true;
  }
  return false;
}
/**
 * Is the picture word at i refused ("i wont send a pic", "no pics", "no voy a mandar fotos")? Not a "no"
 * one word before it: "no makeup pic", "no filter pic" describe the picture.
 */
function photoRefused(tokens: Token[], i: number, negations: Set<string>, text: string): boolean {
  const start = tokens[i]?.start ?? 0;
  for (let j = Math.max(0, i - NEGATION_REACH); j < i; j++) {
    const len = phraseAt(tokens, j, negations);
    if (len === 0 || /[,.;:!?\n]/.test(text.slice(tokens[j]?.end ?? 0, start))) continue;
    if (tokens[j]?.text === 'no' && len === 1 && j === i - 2) continue;
    return true;
  }
  return false;
}
/** How far apart, in tokens, a "don't show anyone" and the picture word it keeps private may be. */
const PRIVATE_PHOTO_REACH = 10;
/** A negation this close before an address lead or a code word, in the same clause, is a refusal ("i don't give out my address"). */
const NEGATION_REACH = 4;
/** A digit run this close after a number's label is that number. */
const NUMBER_LABEL_REACH = 4;

function isNumberToken(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === TokenKind.Num || t.kind === TokenKind.Phone);
}

// dd-mm-yyyy, yyyy-mm-dd, dd/mm/yy: a date, not a phone number.
const DATE_SHAPE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/;

/** Does the whole message look like a lone one-time code (4-8 digits and nothing else)? */
function loneCode(text: string): boolean {
  const t = text.trim();
  return /^\d{4,8}$/.test(t.replace(/[\s-]/g, '')) && t.length <= 12;
}

/**
 * "รหัสคือ", "นี่รหัส", "รหัสยืนยันไลน์", "รหัสเอทีเอ็มเค้าคือ": a Thai run with a code word in it, right
 * before the code (Thai runs have no spaces, so what names the code is written onto it), and no "not"
 * before the code word.
 */
const THAI_IS = 'คือ';
function thaiCodeLead(compiled: CompiledOutgoing, token: Token): boolean {
  if (token.kind !== TokenKind.Thai) return false;
  for (const word of compiled.thaiCode) {
    const at = token.text.indexOf(word);
    if (at >= 0 && !compiled.thaiNegations.some((n) => token.text.slice(0, at).includes(n))) return true;
  }
  return false;
}

/**
 * Does a Thai run say one of `terms`, with no "not" (ไม่) anywhere else in the run? Thai negates before
 * the verb ("ไม่ได้อยู่คนเดียว", "ไม่อยากเจอกัน") and after it ("เจอกันไม่ได้"); a term that holds ไม่
 * itself ("แม่ไม่อยู่") counts only when the rest of the run has none.
 */
function thaiSays(compiled: CompiledOutgoing, token: Token | undefined, terms: readonly string[]): boolean {
  if (token?.kind !== TokenKind.Thai) return false;
  for (const term of terms) {
    const at = token.text.indexOf(term);
    if (at < 0) continue;
    const rest = token.text.slice(0, at) + token.text.slice(at + term.length);
    if (!compiled.thaiNegations.some((n) => rest.includes(n))) return true;
  }
  return false;
}

/** A Thai shared code's word ("ห้องเกม รหัส 4921": a game room's) in the run of the code word or the two before it. */
function thaiSharedBefore(compiled: CompiledOutgoing, tokens: readonly Token[], i: number): boolean {
  for (let j = Math.max(0, i - 2); j <= i; j++) {
    const t = tokens[j];
    if (t?.kind === TokenKind.Thai && compiled.thaiShared.some((w) => t.text.includes(w))) return true;
  }
  return false;
}

/** Digits in a number token ("048", "854-319"). */
const digitsIn = (t: Token | undefined): number => (t?.text ?? '').replace(/\D/g, '').length;

/**
 * The code after a code word that ends at token `from`: the end of its last token, or 0. The first
 * word that is not glue is the code when it has a digit ("my password is bluefish7"), or any word
 * after glue ("my password is sunshine"). Further on, in the same clause and CODE_REACH tokens, a run
 * of 4 to 8 digits is the code too ("el código de instagram es 551 029", "kod 6 digit dari google tadi
 * 552 907"), unless a shared code's word comes first ("code for the lobby 5521").
 */
function codeAfter(compiled: CompiledOutgoing, tokens: readonly Token[], from: number, text: string): number {
  let first = true;
  for (let j = from; j < Math.min(tokens.length, from + CODE_REACH); j++) {
    const t = tokens[j];
    if (!t) break;
    if (SENTENCE_END.test(text.slice(tokens[j - 1]?.end ?? t.start, t.start)) || SENTENCE_TOKEN.test(t.text)) break;
    if (CODE_GLUE.has(t.text)) continue;
    if (phraseAt(tokens, j, compiled.sharedCodes) > 0) return 0;
    if (isNumberToken(t) && j > from && TIME_LEAD.has(tokens[j - 1]?.text ?? '')) break; // "jam 1300", "at 1530": a time
    if (isNumberToken(t)) {
      // A code written in groups ("048 217", "1 0 4 7 7 3") is one code: its adjacent digit groups add up.
      let digits = digitsIn(t);
      let end = j + 1;
      while (digits < 4 && end < tokens.length && tokens[end]?.kind === TokenKind.Num && end - j < MAX_CODE_GROUPS) digits += digitsIn(tokens[end++]);
      if (digits >= 4 && digits <= 8 && !DATE_SHAPE.test(text.slice(t.start, tokens[end - 1]?.end ?? t.end))) return end;
    } else if (first && t.kind === TokenKind.Word && t.text.length >= 4 && (/\d/.test(t.text) || (j > from && CODE_GLUE.has(tokens[j - 1]?.text ?? '')))) {
      return j + 1;
    }
    first = false;
  }
  return 0;
}

/** Words that join a code word to the code in a delivered code ("kode verifikasi Anda 482913", "kod anda ialah 482913"). */
const DELIVERY_GLUE = new Set([...CODE_GLUE, 'ialah', 'anda', 'your', 'ur', 'kamu']);

/**
 * Does a message only hand over a one-time code: a code of 4 to 8 digits, in one piece, joined to a code
 * word in the same sentence ("Your verification code is 482913", "482913 is your code", "Kode verifikasi
 * Anda 482913", "รหัส OTP ของคุณคือ 482913"), and no other code or password spoken of unless negated ("Do
 * not share this code", "JANGAN BERIKAN kode ini")? A service's delivery of a code, or a friend passing on
 * a game room's: whoever asks for someone's code does not know it. Not a code beside an ask for another
 * ("room code 4829, send me ur password", "Kod TAC anda 482913. Sila hantar kod ini kepada ejen kami"), nor
 * an amount beside a code word ("kasih password, aku kasih 1500").
 */
export function carriesCode(compiled: CompiledOutgoing, input: string): boolean {
  const text = input.length > OUTGOING_SCAN_LIMIT ? input.slice(0, OUTGOING_SCAN_LIMIT) : input;
  const mapped = normalize(text);
  const tokens = tokenize(mapped.text);
  const codeWordAt = (j: number): number => {
    const t = tokens[j];
    if (!t) return 0;
    return t.kind === TokenKind.Thai ? (compiled.thaiCode.some((w) => t.text.includes(w)) ? 1 : 0) : phraseAt(tokens, j, compiled.code);
  };
  const glue = (t: Token | undefined): boolean => t !== undefined && (DELIVERY_GLUE.has(t.text) || (t.kind === TokenKind.Thai && t.text.endsWith(THAI_IS)));
  const sameSentence = (a: number, b: number): boolean => !SENTENCE_END.test(mapped.text.slice(tokens[a]?.end ?? 0, tokens[b]?.start ?? 0));
  // The delivery: the code and the code word that names it, as token positions [from, to].
  let from = -1;
  let to = -1;
  for (let i = 0; i < tokens.length && from < 0; i++) {
    const t = tokens[i]!;
    if (t.kind !== TokenKind.Num || isNumberToken(tokens[i - 1]) || isNumberToken(tokens[i + 1])) continue;
    const digits = digitsIn(t);
    if (digits < 4 || digits > 8 || DATE_SHAPE.test(t.text)) continue;
    // "code is 482913", "kode Anda 482913", "code: 482913": a code word, then only glue up to the code.
    if (codeWordAt(i - 1) > 0 || glue(tokens[i - 1])) {
      for (let j = i - 1; j >= Math.max(0, i - CODE_REACH) && sameSentence(j, i); j--) {
        if (codeWordAt(j) > 0) {
          // Code words side by side name one code ("รหัส OTP", "kode OTP").
          for (from = j; from > 0 && codeWordAt(from - 1) > 0 && sameSentence(from - 1, i); ) from--;
          to = i;
          break;
        }
      }
    }
    // "482913 is your code".
    if (from < 0 && glue(tokens[i + 1])) {
      for (let j = i + 2; j < Math.min(tokens.length, i + 2 + CODE_REACH) && sameSentence(i, j); j++) {
        if (codeWordAt(j) > 0) {
          from = i;
          to = j + codeWordAt(j) - 1;
          break;
        }
      }
    }
  }
  if (from < 0) return false;
  // Any other code word must be negated ("do not share this code"): else the message asks for one too.
  for (let j = 0; j < tokens.length; j++) {
    const len = codeWordAt(j);
    // The delivery's own code word ("verification code is 482913" holds "code" too).
    if (len === 0 || (j <= to && j + len - 1 >= from)) continue;
    const t = tokens[j]!;
    const negated = t.kind === TokenKind.Thai ? compiled.thaiNegations.some((n) => t.text.includes(n)) : negatedBefore(tokens, j, compiled.negations, mapped.text);
    if (!negated) return false;
    j += len - 1;
  }
  return true;
}

/** Scan the teen's own message. */
export function scanOutgoingWith(compiled: CompiledOutgoing, input: string): OutgoingResult {
  const text = input.length > OUTGOING_SCAN_LIMIT ? input.slice(0, OUTGOING_SCAN_LIMIT) : input;
  const mapped: MappedText = normalize(text);
  const tokens = tokenize(mapped.text);
  const findings: OutgoingFinding[] = [];
  const add = (category: OutgoingCategory, first: number, last: number): void => {
    if (findings.some((f) => f.category === category)) return;
    const a = tokens[first];
    const b = tokens[last - 1] ?? a;
    if (!a || !b) return;
    const span = originalSpan(mapped, a.start, b.end);
    findings.push({ category, start: span.start, end: span.end, excerpt: text.slice(span.start, span.end) });
  };

  let schoolAt = -1;
  let gradeAt = -1;
  let privateAt = -1;
  let photoAt = -1;
  let notSelf = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;

    // A code word followed closely by the code itself; not a game's or a quiz's ("kahoot pin",
    // "room code": shared to be used), nor one the teen says they do not give.
    const codeLen = phraseAt(tokens, i, compiled.code) || (thaiCodeLead(compiled, token) ? 1 : 0);
    if (codeLen > 0 && !phraseBefore(tokens, i, compiled.sharedCodes, 2) && !thaiSharedBefore(compiled, tokens, i) && !negatedBefore(tokens, i, compiled.negations, mapped.text)) {
      const code = codeAfter(compiled, tokens, i + codeLen, mapped.text);
      if (code > 0) add('secret_code', i, code);
    }

    if (token.kind === TokenKind.Phone && !DATE_SHAPE.test(text.slice(originalSpan(mapped, token.start, token.end).start, originalSpan(mapped, token.start, token.end).end).trim())) {
      // "kahoot pin 882 1035", "pedido 44871203", "kode cadangan google aku: 7741 2290": that number, not a phone's.
      if (!phraseBefore(tokens, i, compiled.numberLabels, NUMBER_LABEL_REACH) && !phraseBefore(tokens, i, compiled.code, NUMBER_LABEL_REACH)) add('phone_number', i, i + 1);
    }

    // House number near a street word, either order; or "my address is ...". Not a year at school
    // ("grade 9 at st marys") nor a time ("12.30", "1:30").
    const houseNumber =
      ((token.kind === TokenKind.Num && token.text.replace(/\D/g, '').length <= 5) || (token.kind === TokenKind.Word && /^\d{1,5}[a-z]?$/.test(token.text))) &&
      !compiled.gradeLead.has(tokens[i - 1]?.text ?? '') &&
      !compiled.gradeTail.has(tokens[i + 1]?.text ?? '') &&
      !/[.:]/.test(token.text) &&
      mapped.text[token.end] !== ':' &&
      mapped.text[token.start - 1] !== ':';
    if (houseNumber) {
      for (let j = Math.max(0, i - 2); j < Math.min(tokens.length, i + 4); j++) {
        if (j !== i && compiled.street.has(tokens[j]?.text ?? '')) {
          add('home_address', Math.min(i, j), Math.max(i, j) + 1);
          break;
        }
      }
    }
    const leadLen = phraseAt(tokens, i, compiled.addressLead);
    if (leadLen > 0 && i + leadLen < tokens.length && !negatedBefore(tokens, i, compiled.negations, mapped.text)) add('home_address', i, Math.min(tokens.length, i + leadLen + 3));

    const thaiSchool = token.kind === TokenKind.Thai && compiled.thaiSchool.some((w) => token.text.startsWith(w));
    if (thaiSchool || phraseAt(tokens, i, compiled.school) > 0) schoolAt = schoolAt < 0 ? i : schoolAt;
    // "grade 8", "kelas 7d", "class 9C"; "8th grade", "1º ano"; "terminale", "en tercero".
    const next = tokens[i + 1];
    if (compiled.gradeLead.has(token.text) && (isNumberToken(next) || CLASS_CODE.test(next?.text ?? ''))) gradeAt = gradeAt < 0 ? i : gradeAt;
    if ((isNumberToken(token) || ORDINAL.test(token.text)) && compiled.gradeTail.has(next?.text ?? '')) gradeAt = gradeAt < 0 ? i : gradeAt;
    if (phraseAt(tokens, i, compiled.gradeNames) > 0) gradeAt = gradeAt < 0 ? i : gradeAt;

    const aloneLen = phraseAt(tokens, i, compiled.alone) || (thaiSays(compiled, token, compiled.thaiAlone) ? 1 : 0);
    if (aloneLen > 0) add('meet_alone', i, i + aloneLen);

    // Most tokens open none of these phrases: look them up only when one could start here.
    const lead = compiled.phraseLeads.has(token.text);
    const privateLen = (lead ? phraseAt(tokens, i, compiled.privateShare) : 0) || (token.kind === TokenKind.Thai && compiled.thaiPrivate.some((w) => token.text.includes(w)) ? 1 : 0);
    if (privateLen > 0 && privateAt < 0) privateAt = i;
    // A picture word, not after a "not" in its clause ("i wont send a pic", "no voy a mandar fotos"), and
    // in Thai inside a run with no ไม่ ("ไม่ส่งรูป").
    const photoLen = lead ? phraseAt(tokens, i, compiled.photoWords) : 0;
    const thaiPhoto = token.kind === TokenKind.Thai && compiled.thaiPhoto.some((w) => token.text.includes(w));
    if (photoLen > 0 || thaiPhoto) {
      // The "not" of "dont show anyone this pic" is the privacy phrase's own, not a refusal.
      const ownNot = privateAt >= 0 && privateAt < i && i - privateAt <= NEGATION_REACH + 4;
      const refused = photoLen > 0 ? !ownNot && photoRefused(tokens, i, compiled.negations, mapped.text) : !thaiSays(compiled, token, compiled.thaiPhoto);
      if (!refused && (photoAt < 0 || (privateAt >= 0 && Math.abs(i - privateAt) < Math.abs(photoAt - privateAt)))) photoAt = i;
    }
    if ((lead && phraseAt(tokens, i, compiled.privateShareNot) > 0) || (token.kind === TokenKind.Thai && compiled.thaiPrivateNot.some((w) => token.text.includes(w)))) notSelf = true;
  }
  // "sending a mirror pic rn, dont show anyone": a picture the teen asks to keep private.
  // The two near each other (the same sentence or the next); a refused picture ("i wont send a pic") is none.
  if (privateAt >= 0 && photoAt >= 0 && !notSelf && Math.abs(privateAt - photoAt) <= PRIVATE_PHOTO_REACH) {
    add('send_photo', Math.min(privateAt, photoAt), Math.max(privateAt, photoAt) + 1);
  }
  if (schoolAt >= 0 && gradeAt >= 0) add('school_grade', Math.min(schoolAt, gradeAt), Math.max(schoolAt, gradeAt) + 2);
  if (findings.length === 0 && loneCode(text)) add('secret_code', 0, tokens.length);

  findings.sort((a, b) => a.start - b.start);
  return { categories: [...new Set(findings.map((f) => f.category))], findings };
}

/** The youngest and oldest age a short reply's lone number is read as (DMs reach teens from about 10). */
const MINOR_AGE = [10, 17] as const;
/** A reply longer than this is not an answer to "how old are you?". */
const AGE_REPLY_WORDS = 6;
/** A message longer than this is not a statement of age with an age word on one side only. */
const AGE_SENTENCE_WORDS = 16;

/** Does token `t`, on that side of a number, make it a time, an amount, a count or a grade (`notAge`: "at 16", "16 min")? */
function notAgeWord(compiled: CompiledOutgoing, t: Token | undefined, side: 'before' | 'after'): boolean {
  if (t === undefined) return false;
  if ((side === 'before' ? compiled.notAgeBefore : compiled.notAgeAfter).has(t.text)) return true;
  return t.kind === TokenKind.Thai && compiled.thaiNotAge.some((w) => (side === 'before' ? t.text.endsWith(w) : t.text.startsWith(w)));
}

/** Is the number at `at` followed by an age word ("15 tahun", "21 ans", "15 ค่ะ")? */
function ageWordAfter(compiled: CompiledOutgoing, tokens: readonly Token[], at: number): boolean {
  const after = tokens[at + 1];
  if (after === undefined) return false;
  return phraseAt(tokens, at + 1, compiled.ageMarkers) > 0 || (after.kind === TokenKind.Thai && compiled.thaiAgeMarkers.some((w) => after.text.startsWith(w)));
}

/**
 * Does the teen's short reply give back a number the other person's question set as something else
 * ("tu veux le numéro 10 ou 7 ?" "10 frr", "at 9 or 10?" "10")? Then it is a choice, not the teen's age:
 * the question's numbers are times, counts or shirt numbers when one of them has a word of that kind
 * before it (`notAge`). "are u 13 or 14?" "14" is still an age.
 */
export function echoesOtherNumber(compiled: CompiledOutgoing, reply: readonly Token[], asked: readonly Token[]): boolean {
  const given = new Set(reply.filter((t) => t.kind === TokenKind.Num).map((t) => t.text));
  if (given.size === 0 || !asked.some((t) => t.kind === TokenKind.Num && given.has(t.text))) return false;
  // Only the word before a number: after one, "16 at most" would read "at" as a time.
  return asked.some((t, i) => t.kind === TokenKind.Num && notAgeWord(compiled, asked[i - 1], 'before'));
}

/**
 * Does the teen say they are under 18 ("16", "16 pa lang po ako", "wah lumayan, tapi aku masih 16 kak",
 * "16 ans", "15 ค่ะ")? One number from 10 to 17 and nothing beside it that makes it a time, an amount, a
 * count or a grade ("at 16", "16 min", "grade 10", "15 de mayo"), in a short reply, or in a longer
 * message with an age word beside it ("I'm 15", "apenas tengo 14", "อายุ 15"). Used by the conversation tracker:
 * a job offer to someone who said they are a minor is a recruitment pattern (GROOMING.md, trafficking
 * recruitment). `tokens` are the reply's, normalised.
 */
export function statesMinorAge(compiled: CompiledOutgoing, tokens: readonly Token[]): boolean {
  return statesAgeIn(compiled, tokens, MINOR_AGE);
}

/** Grade leads that also name a university year ("year 2", "2nd yr"): not read as a school grade alone. */
const YEAR_WORDS = new Set(['year', 'yr']);

/**
 * Does the teen's short reply give a school grade ("kelas 8", "grade 9", "8th grade", "form 2", "ม 2")?
 * Someone in school grades 1 to 12 is a minor: the tracker reads it as the teen's age for adult_minor (not
 * for a job offer: a summer job for someone in grade 10 is ordinary).
 */
export function statesGrade(compiled: CompiledOutgoing, tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === TokenKind.Num || t.kind === TokenKind.Word || t.kind === TokenKind.Thai).length;
  if (words > AGE_REPLY_WORDS) return false;
  const grade = (t: Token | undefined): boolean => t !== undefined && (isNumberToken(t) || ORDINAL.test(t.text)) && parseInt(t.text, 10) >= 1 && parseInt(t.text, 10) <= 12;
  return tokens.some(
    (t, i) =>
      (compiled.gradeLead.has(t.text) && !YEAR_WORDS.has(t.text) && grade(tokens[i + 1])) ||
      (grade(t) && compiled.gradeTail.has(tokens[i + 1]?.text ?? '')),
  );
}

/**
 * Does the sender bring the parents in ("your parents need to sign the form", "ask your parents", "surat
 * izin ortu"), not negated ("no need to ask your parents", "gak usah izin ortu")? Used by the tracker: a
 * job or a placement that goes through the parents is not recruitment.
 */
export function involvesParents(compiled: CompiledOutgoing, tokens: Token[], text: string): boolean {
  return tokens.some((t, i) => (phraseAt(tokens, i, compiled.parentConsent) > 0 && !negatedBefore(tokens, i, compiled.negations, text)) || thaiSays(compiled, t, compiled.thaiParentConsent));
}

/** How close "paid" or "free" must be to the flight or the housing ("vuelo y apartamento pagado"). */
const TRAVEL_PAID_REACH = 4;

/**
 * Does the message take a job somewhere else: work abroad, the scam-compound countries (jobTravel), or
 * travel or housing paid ("vuelo y apartamento pagado", "tiket & mess ditanggung", "ตั๋วเครื่องบินฟรี")?
 * Used by the tracker in a job offer's own message.
 */
export function speaksOfTravel(compiled: CompiledOutgoing, tokens: readonly Token[]): boolean {
  const nouns: number[] = [];
  const paid: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (phraseAt(tokens, i, compiled.jobTravel) > 0) return true;
    if (t.kind === TokenKind.Thai) {
      if (compiled.thaiJobTravel.some((w) => t.text.includes(w))) return true;
      // A Thai run holds the whole phrase: both halves in one run, or in runs side by side.
      if (compiled.thaiTravelNouns.some((w) => t.text.includes(w))) nouns.push(i);
      if (compiled.thaiTravelPaid.some((w) => t.text.includes(w))) paid.push(i);
      continue;
    }
    if (phraseAt(tokens, i, compiled.travelNouns) > 0) nouns.push(i);
    if (phraseAt(tokens, i, compiled.travelPaid) > 0) paid.push(i);
  }
  return nouns.some((n) => paid.some((p) => Math.abs(p - n) <= TRAVEL_PAID_REACH));
}

/** Does the teen's reply ask the other person's age back ("13 e vc", "15 wbu", "14 and u?")? */
export function asksAgeBack(tokens: readonly Token[]): boolean {
  if (tokens.some((t, i) => AND_BACK.has(t.text) || AND_YOU.test(`${t.text} ${tokens[i + 1]?.text ?? ''}`) || (t.text === 'how' && tokens[i + 1]?.text === 'old'))) return true;
  // A short reply with the age that ends on "you" asks it back too ("15 kuya ikaw", "14, vc?", "13 kamu"),
  // a polite particle after it or not ("ikaw po?").
  const words = tokens.filter((t) => t.kind === TokenKind.Word || t.kind === TokenKind.Num);
  if (words.length > AGE_BACK_WORDS || !words.some((t) => t.kind === TokenKind.Num)) return false;
  const last = POLITE_TAIL.has(words.at(-1)?.text ?? '') ? words.at(-2) : words.at(-1);
  return last !== undefined && last.kind === TokenKind.Word && YOU_BACK.has(last.text);
}

/** The longest reply read as an age with "you" asked back at its end. */
const AGE_BACK_WORDS = 5;
/** "You" closing such a reply, in the pack languages. */
const YOU_BACK = new Set(['u', 'you', 'ikaw', 'kaw', 'kayo', 'kamu', 'km', 'kmu', 'lu', 'kakak', 'awak', 'kau', 'abang', 'vc', 'voce', 'tu', 'toi', 'vous', 'vos', 'usted']);
/** A polite particle after it ("ikaw po", "kamu kak"). */
const POLITE_TAIL = new Set(['po', 'kak', 'bang', 'ya']);

/** "what about you" in one word. */
const AND_BACK = new Set(['wbu', 'hbu']);

/**
 * Does the sender's message open with an adult's age and stop, laugh or carry on there ("20 mas sou de
 * boa kkk", "19 lol", "24. u?")? Only an answer to the teen asking back (asksAgeBack) reads it as an age.
 */
export function opensWithAdultAge(compiled: CompiledOutgoing, tokens: readonly Token[], text: string): boolean {
  const first = tokens[0];
  if (first?.kind !== TokenKind.Num || first.text.length > 2) return false;
  const age = Number(first.text);
  if (!(age >= ADULT_AGE[0] && age <= ADULT_AGE[1])) return false;
  const next = tokens[1];
  return next === undefined || CLAUSE_END.test(text.slice(first.end, next.start)) || SENTENCE_TOKEN.test(next.text) || isLaughWord(next.text) || ageWordAfter(compiled, tokens, 0) || phraseAt(tokens, 1, compiled.clauseJoins) > 0;
}

/** "and you?" after an age in a reply, in the pack languages ("e vc", "y tu", "et toi", "and u"). */
const AND_YOU = /^(?:e|y|et|and|n|&) (?:vc|voce|tu|toi|u|you|usted|vos|ikaw|kamu|km|awak|kau)$/;

/** The youngest and oldest age a sender's own stated age is read as an adult's (GROOMING.md 2: stated ages 16-61). */
const ADULT_AGE = [18, 69] as const;

/**
 * Does the sender say they are an adult ("18 kkk", "im 24 btw", "j'ai 21 ans", "พี่ 22")? Read as the
 * teen's own age is (statesMinorAge), with an adult's range. Used by the conversation tracker: a sender who
 * says they are an adult to a teen who said they are under 18, and asks for secrecy, a move, a meeting, a
 * photo or offers a gift, is grooming (GROOMING.md 2: "a self-declared adult who takes a romantic or
 * sexual frame with a teen is itself a strong marker"; age-gap talk).
 */
export function statesAdultAge(compiled: CompiledOutgoing, tokens: readonly Token[], text?: string): boolean {
  // The sender's own age: with an age word beside it ("im 24", "j'ai 21 ans"), or a reply that opens with
  // the number ("18 kkk. tu estuda onde?"). Not someone else's in a short message ("my brother is 19").
  return statesAgeIn(compiled, tokens, ADULT_AGE, true, text) || (text !== undefined && ageInClause(compiled, tokens, text, ADULT_AGE, compiled.ownAge));
}

/**
 * In the answer right after the teen gave their age to an age question (the tracker decides when), does the
 * sender give theirs: an adult's number with a first-person word within ANSWER_NEAR tokens of it ("y yo 24
 * jaja", "eu ja tenho 29", "moi j'ai 25 ans", "ako naman 25", "25 na ako", "im 24 btw", "muda lagi 😊 saya
 * 27")? Not a number a count word follows or leads ("yo 20 minutos", "aku 25 menit lagi"). Elsewhere the same
 * words are as often a count: "eu 26 kkk" after "quantas kills?".
 */
export function statesAgeInAnswer(compiled: CompiledOutgoing, tokens: readonly Token[]): boolean {
  for (let at = 0; at < tokens.length; at++) {
    const t = tokens[at]!;
    if (t.kind !== TokenKind.Num || t.text.length > 2) continue;
    const age = Number(t.text);
    if (!(age >= ADULT_AGE[0] && age <= ADULT_AGE[1])) continue;
    if (notAgeWord(compiled, tokens[at + 1], 'after') || notAgeWord(compiled, tokens[at - 1], 'before')) continue;
    for (let k = Math.max(0, at - ANSWER_NEAR); k <= at + ANSWER_NEAR && k < tokens.length; k++) {
      if (k !== at && phraseAt(tokens, k, compiled.answerAgeWords) > 0) return true;
    }
  }
  return false;
}

/** How near a first-person word stands to the number in an age given as an answer (statesAgeInAnswer). */
const ANSWER_NEAR = 3;

/** The longest lead before an age, in words ("je sais que t as 14"). */
const LEAD_WORDS = 5;

/** How many tokens after a weakly led number a second number makes it a count (ageInClause). */
const COUNT_REACH = 6;

/** Punctuation between two tokens that ends a clause. */
const CLAUSE_END = /[.,;:!?\n]/;

/**
 * A longer message's own age, said in one of its clauses right after a first-person lead ("ur so mature
 * for 14 honestly. im 23, i produce", "aku 22 hehe", "kakak 25 thn", "22 lang ako"), with the clause's
 * end, an age word, a laugh or a word that carries the clause on after the number ("yo tengo 24 y
 * contigo..."; "im 19 wins away" is a count). A weak lead ("tengo", "j'ai", "aku") only when it opens
 * its clause: after a noun it is a possessive ("kakak aku 20 tahun" is a sibling's age, "moi j'ai 18" a
 * mark). Never a bare number here: in a long message "25?" is a price as often as an age. `who` holds
 * the leads: the sender's own (`ownAge`) or the teen's as the sender names it (`yourAge`: "se que tienes
 * 14 pero", "kamu masih 14").
 */
function ageInClause(compiled: CompiledOutgoing, tokens: readonly Token[], text: string, range: readonly [number, number], who: AgeLeads): boolean {
  const joined = (a: number, b: number): boolean => !CLAUSE_END.test(text.slice(tokens[a]?.end ?? 0, tokens[b]?.start ?? 0));
  for (let at = 0; at < tokens.length; at++) {
    const t = tokens[at]!;
    if (t.kind !== TokenKind.Num || t.text.length > 2) continue;
    const age = Number(t.text);
    if (!(age >= range[0] && age <= range[1])) continue;
    let own = false;
    let weak = false;
    for (let k = 1; k <= LEAD_WORDS && at - k >= 0 && !own && !weak && joined(at - k, at); k++) {
      own = phraseAt(tokens, at - k, who.leads) === k;
      // A weak lead opens its clause: after a noun it is a possessive ("kakak aku", "ayah saya").
      weak = phraseAt(tokens, at - k, who.weak) === k && (at - k === 0 || !joined(at - k - 1, at - k));
    }
    const before = tokens[at - 1];
    if (!own && !weak && before?.kind === TokenKind.Thai && joined(at - 1, at)) own = who.thai.some((w) => before.text.endsWith(w));
    const after = at + 1 < tokens.length && joined(at, at + 1) ? tokens[at + 1] : undefined;
    if (!own && !weak && after !== undefined) {
      const len = phraseAt(tokens, at + 1, who.after);
      if (len > 0 && joined(at, at + len)) return true;
    }
    if (!own && !weak) continue;
    const tailMarked = after !== undefined && ageWordAfter(compiled, tokens, at);
    // After a weak lead, a second number close behind makes it a count ("aku 25, kurang 5 lagi", "tenho 20
    // kkk faltam 10"): an age word after it still says age.
    const countNear = tokens.slice(at + 1, at + 1 + COUNT_REACH).some((u) => u.kind === TokenKind.Num);
    if (weak && !own && !tailMarked && countNear) continue;
    if (tailMarked || after === undefined || SENTENCE_TOKEN.test(after.text) || isLaughWord(after.text)) return true;
    // A word that carries the clause on ("tienes 14 pero"), unless a number follows close behind: "im 21 and
    // 0", "ur 16 and im 22 lol, gg" are scores.
    const join = phraseAt(tokens, at + 1, compiled.clauseJoins);
    if (join > 0 && !tokens.slice(at + 1 + join, at + 3 + join).some((u) => u.kind === TokenKind.Num)) return true;
  }
  return false;
}

/** "You" before age-gap talk, in the pack languages: the talk is about the teen. */
const YOU_WORDS = new Set(['u', 'you', 'ur', 'youre', 'eres', 'sos', 'estas', 'vc', 'voce', 'tu', 't', 'kamu', 'km', 'kmu', 'awak', 'kau', 'ka', 'ikaw']);
/** A "you" in the three words before token i: what follows is said of the teen. */
function youBefore(tokens: readonly Token[], i: number): boolean {
  return tokens.slice(Math.max(0, i - 3), i).some((t) => YOU_WORDS.has(t.text));
}
/** "Your" inside age-gap talk ("mature for your age", "madura para tu edad", "pour ton âge", "umurmu"). */
const YOUR_WORDS = new Set(['your', 'ur', 'tu', 'sua', 'seu', 'tua', 'teu', 'ton', 'ta', 'umurmu', 'usiamu', 'kamu', 'awak', 'mo']);
/** "It is" before age-gap talk: said of a thing (a film, a book), not of the teen. */
const THING_IS = new Set(['es', 'e', 'est', 'is', 'its', 'it', 'c', 'cest', 'ce', 'itu', 'ini', 'yan', 'iyan']);
/** Thai words for the teen inside a run ("น้อง", "หนู", "เธอ"). */
const THAI_YOU = ['น้อง', 'หนู', 'เธอ'];

/**
 * Does the sender talk the age gap away AT the teen ("ur so mature for 14", "madura para tu edad", "vc é
 * mt madura pra 13")? Not of themselves ("im 52 and just ran my first 10k, age is just a number") or of a
 * film ("es muy madura para 12 años"): a "you" in the three words before the talk, a "your" in it, or the
 * teen's age right after it.
 */
export function talksAgeGapToYou(compiled: CompiledOutgoing, tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const len = phraseAt(tokens, i, compiled.ageGap);
    const thai = len === 0 && tokens[i]!.kind === TokenKind.Thai && compiled.thaiAgeGap.some((w) => tokens[i]!.text.includes(w));
    if (len === 0 && !thai) continue;
    if (thai && THAI_YOU.some((w) => tokens[i]!.text.includes(w) || (tokens[i - 1]?.text.includes(w) ?? false))) return true;
    // "You" before it, or "you" / "your" inside it ("mas mature ka pa", "mature for your age").
    if (youBefore(tokens, i) || tokens.slice(i, i + len).some((t) => YOUR_WORDS.has(t.text) || YOU_WORDS.has(t.text))) return true;
    // Or it names the teen's age ("bem maduro pra 13"), unless it is said of a thing ("esa peli es muy madura
    // para 12 años", "its way more mature than 12 year old me").
    if (isMinorNumber(tokens[i + len]) && !tokens.slice(Math.max(0, i - 2), i).some((t) => THING_IS.has(t.text))) return true;
  }
  return false;
}

/** A number in the teen's range ("13"), not a longer one. */
function isMinorNumber(t: Token | undefined): boolean {
  return t?.kind === TokenKind.Num && t.text.length <= 2 && Number(t.text) >= MINOR_AGE[0] && Number(t.text) <= MINOR_AGE[1];
}

/**
 * Does the sender name the teen's age as under 18 ("se que tienes 14 pero", "ur only 15", "kamu masih 14",
 * "ur so mature for 14")? A sender who says it knows they write to a minor, as when the teen says it
 * (statesMinorAge). Read in a clause after the sender's "only / still / I know" words for the teen's age
 * (`yourAgeLeads`), or right after age-gap talk said to them that ends in "for" ("ur so mature for 14").
 */
export function namesMinorAge(compiled: CompiledOutgoing, tokens: readonly Token[], text: string): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const len = phraseAt(tokens, i, compiled.ageGap);
    // Said of the teen: "ur so mature for 14", not of a film ("es muy madura para 12 años").
    if (len === 0 || !youBefore(tokens, i)) continue;
    // "mature for 14", "mature for a 14 year old": one short word may stand between.
    for (const at of [i + len, i + len + 1]) {
      const t = tokens[at];
      if (isMinorNumber(t)) return true;
      if (t?.kind === TokenKind.Num || (t?.text.length ?? 0) > 3) break;
    }
  }
  return ageInClause(compiled, tokens, text, MINOR_AGE, compiled.yourAge);
}

function statesAgeIn(compiled: CompiledOutgoing, tokens: readonly Token[], range: readonly [number, number], ownOnly = false, source?: string): boolean {
  let words = 0;
  let at = -1;
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens[i]!.kind;
    if (kind === TokenKind.Phone || kind === TokenKind.Money) return false;
    if (kind === TokenKind.Num) {
      if (at >= 0) return false;
      at = i;
    }
    if (kind === TokenKind.Num || kind === TokenKind.Word || kind === TokenKind.Thai) words++;
  }
  if (at < 0) return false;
  const text = tokens[at]!.text;
  const age = text.length <= 2 ? Number(text) : NaN;
  if (!(age >= range[0] && age <= range[1])) return false;
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  // An age word right before the number: a phrase ending there ("i m", "umur saya"). No age word holds a
  // digit, so a phrase starting k tokens back that matches at all ends at the number.
  let leadMarked = before?.kind === TokenKind.Thai && compiled.thaiAgeMarkers.some((w) => before.text.endsWith(w));
  for (let k = 1; k <= 3 && !leadMarked && at - k >= 0; k++) leadMarked = phraseAt(tokens, at - k, compiled.ageMarkers) === k;
  const tailMarked = ageWordAfter(compiled, tokens, at);
  if (!leadMarked && !tailMarked && words > AGE_REPLY_WORDS) return false;
  // A long message states an age only with age words on both sides ("... j'ai 21 ans", "umur aku 15 tahun").
  if (words > AGE_SENTENCE_WORDS && !(leadMarked && tailMarked)) return false;
  if (ownOnly) {
    // The sender's own: a first-person lead ("im 24", "umur aku 25", "พี่ 22"), a weak one with an age word
    // after or nothing after ("tengo 23 años", "j'ai 21"), or a reply that opens with the number ("18 kkk").
    // Not an age word alone: "my sister is 19 years old", "ma soeur 19 ans", "แม่อายุ 45".
    let own = false;
    let weak = false;
    for (let k = 1; k <= 3 && at - k >= 0 && !own && !weak; k++) {
      own = phraseAt(tokens, at - k, compiled.ownAge.leads) === k;
      // A weak lead opens its clause: after a noun it is a possessive ("kakak aku 20 tahun" is a sibling's).
      weak = phraseAt(tokens, at - k, compiled.ownAge.weak) === k && (at - k === 0 || (source !== undefined && CLAUSE_END.test(source.slice(tokens[at - k - 1]!.end, tokens[at - k]!.start))));
    }
    // Thai runs have no spaces: the lead ends the run before the number ("พี่", "ผมอายุ").
    if (!own && before?.kind === TokenKind.Thai) own = compiled.ownAge.thai.some((w) => before.text.endsWith(w));
    const nothingAfter = after === undefined || (after.kind !== TokenKind.Word && after.kind !== TokenKind.Thai && after.kind !== TokenKind.Num);
    if (weak && (tailMarked || nothingAfter)) own = true;
    if (!own && at > 0) return false;
    // Laughter after a number ("18 kkk", "24 lol"): still a bare age. Another word is what the number
    // counts, even after "im" ("im 19 wins away", "im 30 gems short"), unless it asks back ("im 24 and u").
    if (!nothingAfter && !tailMarked && !isLaughWord(after?.text ?? '') && after?.kind === TokenKind.Word && !AND_YOU.test(`${after.text} ${tokens[at + 2]?.text ?? ''}`)) return false;
    if (!own && !nothingAfter && !tailMarked && !isLaughWord(after?.text ?? '')) return false;
  }
  // "13 e vc?", "14 and u": the age, then the same question back.
  if (AND_YOU.test(`${after?.text ?? ''} ${tokens[at + 2]?.text ?? ''}`)) return true;
  // "I am 15" says an age, though "am" beside a number is also a time ("at 7 am"); what comes after
  // the number still decides ("I'm 15 minutes away").
  if (!leadMarked && notAgeWord(compiled, before, 'before')) return false;
  return !notAgeWord(compiled, after, 'after');
}

/** Does the teen's message agree to meet (used by the conversation tracker)? */
export function agreesToMeet(compiled: CompiledOutgoing, input: string): boolean {
  const text = normalize(input.slice(0, OUTGOING_SCAN_LIMIT)).text;
  const tokens = tokenize(text);
  let agrees = false;
  let companion = false;
  let alone = false;
  for (let i = 0; i < tokens.length; i++) {
    if (phraseAt(tokens, i, compiled.meet) > 0 || thaiSays(compiled, tokens[i], compiled.thaiMeet)) agrees = true;
    if (phraseAt(tokens, i, compiled.alone) > 0 || thaiSays(compiled, tokens[i], compiled.thaiAlone)) alone = true;
    // Someone along ("je viens avec mon père"): not meeting alone. Not when negated ("not bringing my
    // friend") or part of what the teen will tell a parent ("ill tell my mom im coming with my friends").
    if (
      (phraseAt(tokens, i, compiled.companions) > 0 && !negatedBefore(tokens, i, compiled.negations, text) && !phraseBefore(tokens, i, compiled.askAdult, i)) ||
      thaiSays(compiled, tokens[i], compiled.thaiCompanions)
    ) {
      companion = true;
    }
  }
  return agrees && (!companion || alone);
}
