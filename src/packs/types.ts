/**
 * The shape of a language pack: data only, no logic. How to write one is in
 * ./FORMAT.md. A language is written as a `LanguagePack` (its words, the
 * shared templates it uses, its own rules); ./expand.ts turns it into a
 * `Pack`, which the engine (src/engine/compile/) compiles once.
 */
import type { Category, Language } from '../shared/categories';

/**
 * One slot of a pattern: alternatives joined by `|`, each `@class` (a word
 * class of this pack or of the common lexicon, or a built-in token kind),
 * a literal `word`, a prefix `word*`, or a literal phrase `keep it quiet`.
 */
export type Slot = string;

/**
 * A pattern: slots matched in order on the normalised tokens of a message,
 * with any other tokens allowed between them. A single string is a
 * one-slot pattern.
 */
export type Pattern = Slot | readonly Slot[];

/** One intent, written as a grammar pattern, with its guards and its own test sentences. */
export interface Rule {
  /** Stable id `<lang>.<area>.<name>`, e.g. `en.photo.send_pic`. Never reused for another meaning. */
  id: string;
  category: Category;
  /** 0 < weight <= 1. A category is labelled when the noisy-or of its rules' weights reaches 0.5 (balanced). */
  weight: number;
  /** The intent: request verb x object x modifier, as slots. */
  match: readonly Slot[];
  /** Slots may come in any order (default: in the written order). */
  anyOrder?: boolean;
  /** Largest number of tokens the whole match may span, first slot to last, inclusive (default 6). */
  within?: number;
  /** Exceptions beside the rule they guard: if any of these patterns matches near the match, the rule does not fire. */
  unless?: readonly Pattern[];
  /** How many tokens before and after the match `unless` looks (default 8). */
  unlessWithin?: number;
  /** Sentences of our own (never eval lines) that must fire this rule. At least one. */
  examples: readonly string[];
  /** Sentences that look close but must NOT fire this rule. */
  counterExamples?: readonly string[];
}

/** One language's pack. */
export interface Pack {
  lang: Language;
  /** Word classes: name -> terms. Terms are normalised like messages, so write them plainly. */
  lexicon: Readonly<Record<string, readonly string[]>>;
  rules: readonly Rule[];
}

/**
 * A rule skeleton written once for every language that uses it
 * (./templates.ts): a rule without its id and its sentences. Its slots name
 * word classes that each language using it supplies in its own lexicon.
 */
export type Template = Omit<Rule, 'id' | 'examples' | 'counterExamples'>;

/** One language's use of a shared template: its own sentences, and what it tunes (each tuning visible here, beside the sentences that need it). */
export interface TemplateUse {
  /** Replaces the template's weight. */
  weight?: number;
  /** Replaces the template's window. */
  within?: number;
  /** Replaces the template's `unlessWithin`. */
  unlessWithin?: number;
  /** Exceptions in this language's words, added to the template's own `unless`. */
  extraUnless?: readonly Pattern[];
  /** Sentences of our own (never eval lines) that must fire the rule in this language. At least one. */
  examples: readonly string[];
  /** Sentences that look close but must NOT fire the rule. */
  counterExamples?: readonly string[];
}

/**
 * One language as its file writes it: its word classes, the shared
 * templates it uses (by name; the rule id is `<lang>.<template name>`) and
 * its own rules for what only this language says.
 */
export interface LanguagePack {
  lang: Language;
  lexicon: Readonly<Record<string, readonly string[]>>;
  uses: Readonly<Record<string, TemplateUse>>;
  rules: readonly Rule[];
}
