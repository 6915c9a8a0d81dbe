/**
 * Every language pack the extension ships, registered here. A pack file
 * that is not listed is not shipped; tests/packs/format.test.ts checks
 * every pack listed. Each language is written as templates plus its words
 * (./FORMAT.md) and expanded here, once, to the `Pack` the engine compiles.
 */
import type { Pack } from './types';
import { expandPack } from './expand';
import { enPack } from './en';
import { esPack } from './es';
import { thPack } from './th';
import { idPack } from './id';
import { msPack } from './ms';
import { tlPack } from './tl';
import { frPack } from './fr';
import { ptPack } from './pt';

export { COMMON_LEXICON, FREQUENT_WORDS } from './common';
export { OUTGOING_WORDS, type OutgoingLexicon, type OutgoingWords } from './outgoing';
export { TEMPLATES } from './templates';
export type { Pack, Rule, Pattern, Slot, Template, TemplateUse, LanguagePack } from './types';

/** The languages as written, before expansion (for the pack tests). */
export const LANGUAGE_PACKS = [enPack, idPack, esPack, ptPack, tlPack, frPack, msPack, thPack] as const;

export const PACKS: readonly Pack[] = LANGUAGE_PACKS.map((language) => expandPack(language));
