/**
 * Hashed features of a normalised message, as fastText builds them for
 * short, misspelt, multilingual text (Joulin et al. 2017, Bojanowski et al.
 * 2017): word unigrams and bigrams, character n-grams of each word with
 * boundary marks, and a few shapes (digit runs, phone numbers, amounts,
 * emoji, a question mark). Thai is written without spaces, so a Thai run is
 * read as character n-grams over the run.
 *
 * The same function builds the features for training (scripts/train.ts)
 * and for inference (./classifier.ts), so the two can never drift apart.
 * Features are 32-bit FNV-1a hashes; the model folds them into its own
 * number of buckets.
 */
import { tokenize, TokenKind, type Token } from '../tokenize';

/** Which features a model reads (stored with the model, so training and inference agree). */
export interface FeatureOptions {
  /** Character n-gram lengths of a word, with '<' and '>' marks; empty for none. */
  wordNgrams: readonly number[];
  /** Character n-gram lengths of a Thai run. */
  thaiNgrams: readonly number[];
  /** Word bigrams. */
  bigrams: boolean;
}

export const DEFAULT_FEATURES: FeatureOptions = { wordNgrams: [3, 4, 5], thaiNgrams: [2, 3, 4], bigrams: true };
/** Long words are cut: a 500-letter "word" is noise, and n-grams over it would cost time. */
const MAX_WORD_CHARS = 24;
const MAX_THAI_CHARS = 48;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;

// Salts per feature kind, so a word and a character n-gram with the same letters differ.
const SALT_WORD = 0x01;
const SALT_BIGRAM = 0x02;
const SALT_CHAR = 0x03;
const SALT_THAI = 0x04;
const SALT_SHAPE = 0x05;
const SALT_EMOJI = 0x06;
/** Extra features a caller adds (the rules' categories, in stacking). */
export const SALT_EXTRA = 0x07;

const BOUNDARY_START = 0x3c; // '<'
const BOUNDARY_END = 0x3e; // '>'

function mix(h: number, c: number): number {
  return Math.imul(h ^ c, FNV_PRIME) >>> 0;
}

/** FNV-1a over `text[start, end)`, seeded by `salt`. */
export function hashSpan(text: string, start: number, end: number, salt: number): number {
  let h = mix(FNV_OFFSET, salt);
  for (let i = start; i < end; i++) h = mix(h, text.charCodeAt(i));
  return h;
}

/** Hash of a whole string (extra features: `hashString('rule:threat', SALT_EXTRA)`). */
export function hashString(text: string, salt = SALT_EXTRA): number {
  return hashSpan(text, 0, text.length, salt);
}

const shapeHash = (shape: string): number => hashSpan(shape, 0, shape.length, SALT_SHAPE);
const SHAPE_NUM_1_3 = shapeHash('num1-3');
const SHAPE_NUM_4_5 = shapeHash('num4-5');
const SHAPE_NUM_6 = shapeHash('num6+');
const SHAPE_PHONE = shapeHash('phone');
const SHAPE_MONEY = shapeHash('money');
const SHAPE_LINK = shapeHash('link');
const SHAPE_QUESTION = shapeHash('?');

function digitCount(text: string): number {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  return digits;
}

/**
 * The unigram feature of a word-like token (also its half of a bigram): a
 * shape for numbers, phone numbers, amounts, links and '?', the word itself
 * otherwise. Not for Thai runs or gaps.
 */
export function unitHash(token: Token): number {
  switch (token.kind) {
    case TokenKind.Num: {
      const digits = digitCount(token.text);
      return digits >= 6 ? SHAPE_NUM_6 : digits >= 4 ? SHAPE_NUM_4_5 : SHAPE_NUM_1_3;
    }
    case TokenKind.Phone:
      return SHAPE_PHONE;
    case TokenKind.Money:
      return SHAPE_MONEY;
    case TokenKind.Link:
      return SHAPE_LINK;
    case TokenKind.Punct:
      return SHAPE_QUESTION;
    case TokenKind.Emoji:
      return hashSpan(token.text, 0, Math.min(token.text.length, MAX_WORD_CHARS), SALT_EMOJI);
    default:
      return wordUnitHash(token.text);
  }
}

/** The unigram feature of a word or handle (and of any other kind without a shape). */
export function wordUnitHash(text: string): number {
  return hashSpan(text, 0, Math.min(text.length, MAX_WORD_CHARS), SALT_WORD);
}

const BIGRAM_SEED = mix(FNV_OFFSET, SALT_BIGRAM);

/** The bigram feature of two neighbouring units. */
export function bigramHash(previous: number, unit: number): number {
  return mix(mix(BIGRAM_SEED, previous), unit);
}

/** Does a token of this kind also give character n-grams of its text (wordNgrams)? */
export function hasWordNgrams(kind: TokenKind): boolean {
  return kind === TokenKind.Word || kind === TokenKind.Handle;
}

/** Character n-grams of a word (boundary marks '<' '>' around it), appended to `into`. */
export function wordNgrams(word: string, sizes: readonly number[], into: number[]): void {
  const len = Math.min(word.length, MAX_WORD_CHARS);
  // Positions -1 and len are the boundary marks.
  for (const n of sizes) {
    if (len + 2 < n) continue;
    for (let s = -1; s + n <= len + 1; s++) {
      let h = mix(FNV_OFFSET, SALT_CHAR);
      for (let k = s; k < s + n; k++) h = mix(h, k < 0 ? BOUNDARY_START : k >= len ? BOUNDARY_END : word.charCodeAt(k));
      into.push(h);
    }
  }
}

/** Scratch for thaiNgrams: the hashes of the prefixes of each start in a piece. */
let thaiPrefixes = new Uint32Array(MAX_THAI_CHARS * 4);

/** Character n-grams of a Thai run (in pieces of MAX_THAI_CHARS), appended to `into`. */
export function thaiNgrams(run: string, sizes: readonly number[], into: number[]): void {
  let longest = 0;
  for (const n of sizes) {
    if (n < 1) return thaiNgramsOneByOne(run, sizes, into);
    longest = Math.max(longest, n);
  }
  if (thaiPrefixes.length < MAX_THAI_CHARS * longest) thaiPrefixes = new Uint32Array(MAX_THAI_CHARS * longest);
  for (let offset = 0; offset < run.length; offset += MAX_THAI_CHARS) {
    const end = Math.min(run.length, offset + MAX_THAI_CHARS);
    // FNV-1a hashes a span by extending the hash of its first letters, so the n-grams starting at
    // one place are hashed together, once (about half the work for sizes 2-4; a long Thai run is
    // mostly this): the hash of run[s, s + n) is thaiPrefixes[(s - offset) * longest + n - 1].
    for (let s = offset; s < end; s++) {
      let h = mix(FNV_OFFSET, SALT_THAI);
      for (let k = 0; k < longest && s + k < end; k++) thaiPrefixes[(s - offset) * longest + k] = h = mix(h, run.charCodeAt(s + k));
    }
    // Listed in the same order as thaiNgramsOneByOne: by size, then by start.
    for (const n of sizes) {
      for (let s = offset; s + n <= end; s++) into.push(thaiPrefixes[(s - offset) * longest + n - 1]!);
    }
  }
}

/** The same, hashing each n-gram afresh (the definition; also any size under 1). */
export function thaiNgramsOneByOne(run: string, sizes: readonly number[], into: number[]): void {
  for (let offset = 0; offset < run.length; offset += MAX_THAI_CHARS) {
    const end = Math.min(run.length, offset + MAX_THAI_CHARS);
    for (const n of sizes) {
      for (let s = offset; s + n <= end; s++) into.push(hashSpan(run, s, s + n, SALT_THAI));
    }
  }
}

/**
 * Features of already-tokenised normalised text. Returns hashes (with
 * repeats: a word said twice counts twice).
 */
export function featuresOfTokens(tokens: readonly Token[], into: number[] = [], options: FeatureOptions = DEFAULT_FEATURES): number[] {
  let previous: number | undefined;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (token.kind === TokenKind.Gap) {
      previous = undefined;
    } else if (token.kind === TokenKind.Thai) {
      thaiNgrams(token.text, options.thaiNgrams, into);
      previous = undefined;
    } else {
      const unit = unitHash(token);
      into.push(unit);
      if (previous !== undefined && options.bigrams) {
        into.push(bigramHash(previous, unit));
      }
      previous = unit;
      if (options.wordNgrams.length > 0 && hasWordNgrams(token.kind)) wordNgrams(token.text, options.wordNgrams, into);
    }
  }
  return into;
}

/** Features of normalised text. */
export function features(normalised: string, options: FeatureOptions = DEFAULT_FEATURES): number[] {
  return featuresOfTokens(tokenize(normalised), [], options);
}
