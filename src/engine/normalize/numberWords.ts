import type { MappedText } from './mapped';
import { replaceMapped } from './replace';

// Digit words in the pack languages. Only runs of three or more are turned
// into digits (a phone number, a code), so "un", "dos", "lima" used as
// ordinary words are left alone.
/** Digit words the chain turns into digits (in runs of three or more). */
export const DIGIT_WORDS: Readonly<Record<string, string>> = {
  zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  nol: '0', kosong: '0', satu: '1', dua: '2', tiga: '3', empat: '4', lima: '5', enam: '6', tujuh: '7', delapan: '8', lapan: '8', sembilan: '9',
  isa: '1', dalawa: '2', tatlo: '3', apat: '4', anim: '6', pito: '7', walo: '8', siyam: '9',
  cero: '0', uno: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9',
  um: '1', dois: '2', quatro: '4', sete: '7', oito: '8', nove: '9',
  un: '1', deux: '2', trois: '3', quatre: '4', cinq: '5', sept: '7', huit: '8', neuf: '9',
};
const WORD = Object.keys(DIGIT_WORDS).sort((a, b) => b.length - a.length).join('|');
const RUN_SOURCE = `\\b(?:${WORD})(?:[\\s,-]+(?:${WORD})){2,}\\b`;
const RUN = new RegExp(RUN_SOURCE, 'g');
// The same, to ask whether there is one (no lastIndex to reset).
const ANY_RUN = new RegExp(RUN_SOURCE);

// Digit words by length and first letter. The check below runs on every message: comparing a
// word in place (startsWith at its offset) allocates nothing, where cutting each word out of
// the text to look it up cost about 6% of a scan.
const BY_LENGTH_AND_FIRST: (string[] | undefined)[] = [];
for (const word of Object.keys(DIGIT_WORDS)) (BY_LENGTH_AND_FIRST[word.length * 26 + word.charCodeAt(0) - 97] ??= []).push(word);

/** Is `text[start, end)`, a whole word of lower-case letters, a digit word? */
function isDigitWord(text: string, start: number, end: number): boolean {
  const candidates = BY_LENGTH_AND_FIRST[(end - start) * 26 + text.charCodeAt(start) - 97];
  if (candidates === undefined) return false;
  for (const word of candidates) if (text.startsWith(word, start)) return true;
  return false;
}

/** Cheap check before the regular expression: are there three digit words in a row? */
function hasDigitWordRun(text: string): boolean {
  let run = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const letter = c >= 97 && c <= 122;
    if (letter) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      const length = i - start;
      // Digit words are 2 to 8 letters long.
      run = length >= 2 && length <= 8 && isDigitWord(text, start, i) ? run + 1 : 0;
      if (run >= 3) return true;
      start = -1;
    }
    // Spaces, commas and dashes may separate digit words; anything else ends a run.
    if (!(c === 32 || c === 44 || c === 45 || c === 9 || c === 10)) run = 0;
  }
  return false;
}

/**
 * Chain step 9: phone numbers and codes spelled out in words
 * (`zero eight one two`, `lima lima dua`) become digits (`0812`, `552`).
 */
export function digitsFromWords(input: MappedText): MappedText {
  // The expression first: it runs natively and turns away nearly every message in about half the
  // loop's time. The loop then keeps the old, narrower rule (only spaces, commas, dashes, tabs and
  // newlines between digit words), so the same messages are rewritten as before.
  if (!ANY_RUN.test(input.text) || !hasDigitWordRun(input.text)) return input;
  return replaceMapped(input, RUN, (m) =>
    m[0]
      .split(/[\s,-]+/)
      .map((w) => DIGIT_WORDS[w] ?? '')
      .join(''),
  );
}
