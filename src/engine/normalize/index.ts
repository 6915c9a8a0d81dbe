/**
 * The normaliser: a chain of small pure transformers, each in its own file,
 * applied in this order. Every step keeps an offset map back to the
 * ORIGINAL text (see ./mapped.ts), so findings point at what the teen sees.
 *
 *   stripInvisible -> foldCompatibility -> foldHomoglyphs -> toLowerCase
 *   -> refangLinks -> joinSplitLetters -> foldLeetspeak -> squeezeRepeats
 *   -> digitsFromWords
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

/** Run the whole chain on `text`. */
export function normalize(text: string, options: NormalizeOptions = {}): MappedText {
  let m = identityMapped(text);
  m = stripInvisible(m);
  m = foldCompatibility(m);
  m = foldHomoglyphs(m);
  m = toLowerCase(m);
  m = refangLinks(m);
  m = joinSplitLetters(m, options.isWord);
  m = foldLeetspeak(m);
  m = squeezeRepeats(m);
  m = digitsFromWords(m);
  return m;
}

/** Normalise a pack term the same way as messages (no offsets needed). */
export function normalizeTerm(term: string): string {
  return normalize(term).text;
}
