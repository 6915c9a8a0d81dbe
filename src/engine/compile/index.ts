/**
 * Compiles language packs once into lookup tables; nothing here runs per
 * message. Each table has its own module, with its layout at the top:
 *
 *   ./lexicon.ts   word classes: token -> class ids (words, prefixes, phrases, kinds)
 *   ./thai.ts      Thai terms, matched as substrings of Thai runs
 *   ./rules.ts     rules as slot ids, slots as classes, the rule index by anchor
 *   ./triggers.ts  the pre-filter's keys and the cost model that picks them
 *   ./table.ts     read-only lookups: a Map, or an encoded table decoded on first use
 *   ./io.ts        the compiled index as plain data (built ahead of time for
 *                  the shipped packs, see ./shipped.generated.ts)
 *
 * The order of the calls below is part of the result: class, slot and
 * feature ids are given out in the order packs, rules and slots are met.
 */
import type { Category, Language } from '../../shared/categories';
import type { Pack } from '../../packs/types';
import { normalizeTerm } from '../normalize';
import { tokenize } from '../tokenize';
import type { TokenKind } from '../tokenize';
import { buildPhraseTree, clearTermTokens, createLexicon, type PhraseEntry, type PrefixEntry } from './lexicon';
import { createRuleCompiler, type RuleTables } from './rules';
import { finishThaiTable, thaiTableBuilder, type ThaiTable } from './thai';
import type { KeySet, Lookup } from './table';
import { createTriggerKeys, type TriggerTables } from './triggers';

export { BUILTIN_KIND_NAMES, dedupLetters, type PhraseEntry, type PrefixEntry } from './lexicon';
export type { CompiledRule } from './rules';
export type { TriggerSet } from './triggers';

/**
 * Everything the matcher and the pre-filter read: one table per module
 * above (the word tables are described in ./lexicon.ts). Word tables are
 * read-only lookups (./table.ts): Maps and Sets when compiled in this
 * process, lazily decoded tables when loaded from data (./io.ts).
 */
export interface CompiledIndex extends RuleTables, TriggerTables {
  classNames: string[];
  words: Lookup<number[]>;
  dedupWords: Lookup<number[]>;
  prefixes: Lookup<PrefixEntry[]>;
  dedupPrefixes: Lookup<PrefixEntry[]>;
  phrases: Lookup<PhraseEntry[]>;
  dedupPhrases: Lookup<PhraseEntry[]>;
  phraseTree: Lookup<ReadonlyMap<string, PhraseEntry[]>>;
  phraseStarts: KeySet;
  dedupPhraseStarts: KeySet;
  kinds: Map<TokenKind, number[]>;
  /** Thai terms (substring matched), keyed by their first character. */
  thai: ThaiTable;
}

/** Options for `compilePacks`. */
export interface CompileOptions {
  packs: readonly Pack[];
  common: Readonly<Record<string, readonly string[]>>;
  /** Very frequent words: a rule is not keyed on a slot made of these if it has a better one. */
  frequentWords: ReadonlySet<string>;
  /** Guardian's extra plain phrases, per category; compiled as `guardian.<category>.<n>` rules. */
  extraPhrases?: Partial<Record<Category, readonly string[]>>;
  extraLang?: Language;
}

/** Compile packs (and the guardian's phrases) into a `CompiledIndex`. Throws on an unknown `@class`. */
export function compilePacks(options: CompileOptions): CompiledIndex {
  const thai = thaiTableBuilder();
  const lexicon = createLexicon(options.packs, options.common, thai);
  const rules = createRuleCompiler(lexicon);
  const triggers = createTriggerKeys(rules.tables.slots, lexicon.expanded, options.frequentWords);

  for (const pack of options.packs) {
    for (const rule of pack.rules) {
      rules.addRule(
        {
          id: rule.id,
          lang: pack.lang,
          category: rule.category,
          weight: rule.weight,
          slots: rules.patternSlots(rule.match, pack.lang),
          within: rule.within ?? 6,
          anyOrder: rule.anyOrder ?? false,
          unless: (rule.unless ?? []).map((p) => rules.patternSlots(p, pack.lang)),
          unlessWithin: rule.unlessWithin ?? 8,
        },
        triggers,
      );
    }
  }

  // The guardian's phrases: plain text (never a pattern), matched as consecutive words.
  const extra = options.extraPhrases ?? {};
  for (const [category, phrases] of Object.entries(extra) as [Category, readonly string[]][]) {
    phrases.forEach((phrase, n) => {
      const plain = phrase.replace(/[|@*]/g, ' ').trim();
      const words = tokenize(normalizeTerm(plain));
      if (words.length === 0) return;
      const cls = lexicon.classFor(`guardian:${category}:${n}`, [plain], 'common');
      rules.addRule(
        {
          id: `guardian.${category}.${n}`,
          lang: options.extraLang ?? 'en',
          category,
          weight: 0.6,
          slots: [rules.slotOfClass(cls)],
          within: words.length,
          anyOrder: false,
          unless: [],
          unlessWithin: 0,
        },
        triggers,
      );
    });
  }

  buildPhraseTree(lexicon.tables);
  const index: CompiledIndex = { ...lexicon.tables, ...rules.tables, ...triggers.finish(), thai: finishThaiTable(thai) };
  // The term cache only speeds up compiling; do not keep it alive beside a detector.
  clearTermTokens();
  return index;
}
