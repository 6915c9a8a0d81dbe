/**
 * The rule tables: rules as arrays of slot ids, slots as lists of base
 * classes, and the rule index.
 *
 *   slots          slot id -> base classes: the classes it names (`@send`)
 *                  plus one class for its literal words (`pic|photo*`)
 *   rules          CompiledRule[]: slots, window, exceptions (`unless`, as
 *                  lists of slot ids) and the anchor, its cheapest slot
 *   rulesByAnchor  base class id -> indices of rules whose anchor slot it is in
 *
 * Tokens record hits on base classes only; a slot's occurrences are merged
 * from its members when a rule that uses it is evaluated, so a common word
 * costs one lookup per class it is in, not one per slot that mentions it.
 * A slot is compiled once per pack (`<lang>:<slot text>`), however many
 * rules repeat it.
 */
import type { Category, Language } from '../../shared/categories';
import type { Pattern, Slot } from '../../packs/types';
import { pushClass, type Lexicon } from './lexicon';
import type { TriggerKeys } from './triggers';

export interface CompiledRule {
  id: string;
  lang: Language;
  category: Category;
  weight: number;
  /** Slot ids (see RuleTables.slots). */
  slots: number[];
  within: number;
  anyOrder: boolean;
  unless: number[][];
  unlessWithin: number;
  /** Index of the slot the pre-filter and the rule index key on. */
  anchor: number;
}

export interface RuleTables {
  rules: CompiledRule[];
  /** Slot id -> the base classes it is made of (word classes it names, plus one class for its literal words). */
  slots: number[][];
  /** Rule indices by base class id of a member of the rule's anchor slot. */
  rulesByAnchor: Map<number, number[]>;
}

/** Rule tables being compiled over a lexicon. */
export interface RuleCompiler {
  tables: RuleTables;
  /** Slot ids of a pattern written in `scope`'s pack. */
  patternSlots(pattern: Pattern, scope: string): number[];
  /** A slot made of one class (a guardian's phrase). */
  slotOfClass(cls: number): number;
  /** Add a rule; its anchor is its cheapest slot, and the pre-filter is keyed on it. */
  addRule(rule: Omit<CompiledRule, 'anchor'>, triggers: TriggerKeys): void;
}

export function createRuleCompiler(lexicon: Lexicon): RuleCompiler {
  const tables: RuleTables = { rules: [], slots: [], rulesByAnchor: new Map() };
  const slotIds = new Map<string, number>();

  const slotFor = (slot: Slot, scope: string): number => {
    const key = `${scope}:${slot}`;
    const existing = slotIds.get(key);
    if (existing !== undefined) return existing;
    const members = new Set<number>();
    const literals: string[] = [];
    for (const alt of slot.split('|')) {
      if (alt.length === 0) continue;
      if (alt.startsWith('@') && !alt.includes(' ')) {
        const ref = lexicon.resolve(alt.slice(1), scope);
        if (ref.startsWith('kind:')) {
          members.add(lexicon.classFor(ref, [alt], scope));
          continue;
        }
        const named = lexicon.termsOf(ref);
        members.add(lexicon.classFor(ref, named.terms, named.scope));
      } else {
        literals.push(alt);
      }
    }
    if (literals.length > 0) {
      const sorted = [...new Set(literals)].sort();
      members.add(lexicon.classFor(`${scope}:lit:${sorted.join('|')}`, sorted, scope));
    }
    const id = tables.slots.length;
    tables.slots.push([...members]);
    slotIds.set(key, id);
    return id;
  };

  const patternSlots = (pattern: Pattern, scope: string): number[] => (typeof pattern === 'string' ? [pattern] : pattern).map((s) => slotFor(s, scope));

  const slotOfClass = (cls: number): number => {
    tables.slots.push([cls]);
    return tables.slots.length - 1;
  };

  const addRule = (rule: Omit<CompiledRule, 'anchor'>, triggers: TriggerKeys): void => {
    const costs = rule.slots.map((slot) => triggers.slotCost(slot));
    let anchor = 0;
    costs.forEach((cost, k) => {
      if (cost < (costs[anchor] ?? Infinity)) anchor = k;
    });
    const ruleIndex = tables.rules.length;
    tables.rules.push({ ...rule, anchor });
    for (const cls of tables.slots[rule.slots[anchor] ?? 0] ?? []) pushClass(tables.rulesByAnchor, cls, ruleIndex);
    triggers.keyRule(rule.slots, costs, anchor);
  };

  return { tables, patternSlots, slotOfClass, addRule };
}
