/**
 * Every language pack the extension ships, registered here. A pack file
 * that is not listed is not shipped; tests/packs/format.test.ts checks
 * every pack listed.
 */
import type { Pack } from './types';
import { enPack } from './en';
import { esPack } from './es';
import { thPack } from './th';
import { idPack } from './id';
import { msPack } from './ms';
import { tlPack } from './tl';
import { frPack } from './fr';
import { ptPack } from './pt';

export { COMMON_LEXICON, FREQUENT_WORDS } from './common';
export { OUTGOING_LEXICON, type OutgoingLexicon } from './outgoing';
export type { Pack, Rule, Pattern, Slot } from './types';

export const PACKS: readonly Pack[] = [enPack, idPack, esPack, ptPack, tlPack, frPack, msPack, thPack];
