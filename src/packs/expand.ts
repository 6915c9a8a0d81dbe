/**
 * Turns a language as written (its words, the shared templates it uses, its
 * own rules) into the `Pack` the engine compiles. The only logic in
 * src/packs: languages and templates stay data (./FORMAT.md).
 */
import { TEMPLATES } from './templates';
import type { LanguagePack, Pack, Rule, Template } from './types';

/** One template instantiated for one language: the template's rule with the language's tuning and sentences. */
function instantiate(lang: string, name: string, template: Template, use: LanguagePack['uses'][string]): Rule {
  const unless = [...(template.unless ?? []), ...(use.extraUnless ?? [])];
  const within = use.within ?? template.within;
  const unlessWithin = use.unlessWithin ?? template.unlessWithin;
  return {
    id: `${lang}.${name}`,
    category: template.category,
    weight: use.weight ?? template.weight,
    match: template.match,
    ...(template.anyOrder ? { anyOrder: true } : {}),
    ...(within !== undefined ? { within } : {}),
    ...(unless.length > 0 ? { unless } : {}),
    ...(unlessWithin !== undefined ? { unlessWithin } : {}),
    // The build strips sentences from pack files (scripts/vite/strip-pack-examples.ts): they may be absent here.
    examples: use.examples,
    ...(use.counterExamples ? { counterExamples: use.counterExamples } : {}),
  };
}

/** Expand a language: its templates first (in the order it lists them), then its own rules. Throws on an unknown template. */
export function expandPack(language: LanguagePack, templates: Readonly<Record<string, Template>> = TEMPLATES): Pack {
  const fromTemplates = Object.entries(language.uses).map(([name, use]) => {
    const template = templates[name];
    if (!template) throw new Error(`${language.lang} uses an unknown template ${name}`);
    return instantiate(language.lang, name, template, use);
  });
  return { lang: language.lang, lexicon: language.lexicon, rules: [...fromTemplates, ...language.rules] };
}
