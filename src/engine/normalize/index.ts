/**
 * The normaliser: a chain of small pure transformers, each in its own file,
 * applied in the order of NORMALIZE_CHAIN below (the one place the order is
 * written; each step's doc comment gives its number, and src/packs/FORMAT.md
 * section 1 lists them: tests/engine/normalize/index.test.ts checks both).
 * Every step keeps an offset map back to the ORIGINAL text (see
 * ./mapped.ts), so findings point at what the teen sees.
 *
 * Emoji that stand for apps or photos are not rewritten here: the tokenizer
 * makes each emoji a token and the common lexicon gives it a meaning.
 */
import { foldCompatibility } from './compatibility';
import { foldHomoglyphs } from './homoglyphs';
import { stripInvisible } from './invisible';
import { foldLeetspeak } from './leetspeak';
import { identityMapped, type MappedText } from './mapped';
import { digitsFromWords } from './numberWords';
import { refangLinks } from './refang';
import { squeezeRepeats } from './repeats';
import { joinSplitLetters } from './splitLetters';
import { toLowerCase } from './lowercase';

export type { MappedText } from './mapped';
export { originalSpan, identityMapped } from './mapped';
export { stripInvisible, foldCompatibility, toLowerCase, foldHomoglyphs, refangLinks, joinSplitLetters, foldLeetspeak, squeezeRepeats, digitsFromWords };

/** Options for `normalize`. */
export interface NormalizeOptions {
  /** Accept a joined split-letter run (`s n a p`) only if this says it is a word. */
  isWord?: (candidate: string) => boolean;
}

/** One step of the chain: its function's name, and how the chain calls it. */
export interface NormalizeStep {
  name: string;
  run(input: MappedText, options: NormalizeOptions): MappedText;
  /** It only drops or folds characters past ASCII, so it returns ASCII text as it is. */
  leavesAscii?: true;
}

/** The chain, in order. */
export const NORMALIZE_CHAIN: readonly NormalizeStep[] = [
  { name: 'stripInvisible', run: stripInvisible, leavesAscii: true },
  { name: 'foldCompatibility', run: foldCompatibility, leavesAscii: true },
  // Before lower case: some lower-case forms look like other letters (Greek Ν is N, ν is v).
  { name: 'foldHomoglyphs', run: foldHomoglyphs, leavesAscii: true },
  { name: 'toLowerCase', run: toLowerCase },
  { name: 'refangLinks', run: refangLinks },
  // Before leetspeak, so `s 3 n d` is joined first; it asks the packs whether a run is a word.
  { name: 'joinSplitLetters', run: (m, options) => joinSplitLetters(m, options.isWord) },
  { name: 'foldLeetspeak', run: foldLeetspeak },
  { name: 'squeezeRepeats', run: squeezeRepeats },
  { name: 'digitsFromWords', run: digitsFromWords },
];

const NON_ASCII = /[^\0-\x7f]/;

/** Run the whole chain on `text`. */
export function normalize(text: string, options: NormalizeOptions = {}): MappedText {
  let m = identityMapped(text);
  // Nearly every message is ASCII, and no step turns ASCII into anything else: one native test
  // here spares the steps that leave ASCII alone their own scans of the text.
  const ascii = !NON_ASCII.test(text);
  for (const step of NORMALIZE_CHAIN) if (!(ascii && step.leavesAscii)) m = step.run(m, options);
  return m;
}

/** Normalise a pack term the same way as messages (no offsets needed). */
export function normalizeTerm(term: string): string {
  return normalize(term).text;
}
