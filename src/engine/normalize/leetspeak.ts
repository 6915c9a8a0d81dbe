import type { MappedText } from './mapped';
import { MappedBuilder } from './mapped';

const LEET: Record<string, string> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g',
  '@': 'a', $: 's', '!': 'i', '|': 'l',
};

// Amounts keep their digits: "50k", "100rb", "rm20", "rp50rb" are money, not words.
// Ordinals ("8th", "21st") keep their digits too.
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th|e|eme|er|o|a|ª|º)$/;
const MONEY_SHAPED = /^(?:rp|rm|php|usd|us|p|r|idr|thb|sgd|brl)?\d+(?:[.,]\d+)?(?:k|rb|ribu|jt|juta|m|bucks|usd|php|pesos?|euros?|baht|reais|ringgit|dollars?)?$/;

const DIGIT_OR_LEET_SYMBOL = /[0-9@$!|]/;

/** Thai is written without spaces, so digits often touch it ("เบอร์0812345678โทรมา"): its letters never make a leet word. */
function isThai(code: number): boolean {
  return code >= 0x0e00 && code <= 0x0e7f;
}
function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000 && !isThai(code));
}
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
function isLeetSymbol(ch: string): boolean {
  return ch === '@' || ch === '$' || ch === '!' || ch === '|';
}

/**
 * Chain step 7: leetspeak inside words: `s3nd`, `p1c`, `t3legram`, `n00dz`,
 * `$nap`, `p!c` -> `send`, `pic`, `telegram`, `noodz`, `snap`, `pic`. A word
 * is only decoded when it has at least two letters and no fewer letters than
 * digits, digits touch a letter, and it is not an amount (`50k`, `100rb`).
 * A leading `@` stays (it starts a handle). Thai letters are not a word's:
 * a phone number or a code written against Thai keeps its digits.
 */
export function foldLeetspeak(input: MappedText): MappedText {
  const text = input.text;
  // Only a word with a digit or a leet symbol is decoded: most messages have neither, and a
  // regular expression says so natively, several times quicker than the loop below.
  if (!DIGIT_OR_LEET_SYMBOL.test(text)) return input;
  const n = text.length;
  let out: MappedBuilder | undefined;
  let copied = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!(isLetter(c) || isDigit(c) || isLeetSymbol(text[i] ?? ''))) {
      i++;
      continue;
    }
    let end = i;
    let letters = 0;
    let digits = 0;
    let symbols = 0;
    while (end < n) {
      const d = text.charCodeAt(end);
      if (isLetter(d)) letters++;
      else if (isDigit(d)) digits++;
      else if (isLeetSymbol(text[end] ?? '')) symbols++;
      else break;
      end++;
    }
    if ((digits > 0 || symbols > 0) && letters >= 2 && letters >= digits && text[i] !== '@') {
      const word = text.slice(i, end);
      if (!MONEY_SHAPED.test(word) && !ORDINAL.test(word)) {
        let decoded = '';
        for (let k = 0; k < word.length; k++) {
          const ch = word[k] ?? '';
          const mapped = LEET[ch];
          if (mapped === undefined) {
            decoded += ch;
            continue;
          }
          const prev = word.charCodeAt(k - 1);
          const next = word.charCodeAt(k + 1);
          const prevLetter = k > 0 && (isLetter(prev) || LEET[word[k - 1] ?? ''] !== undefined);
          const nextLetter = k + 1 < word.length && (isLetter(next) || LEET[word[k + 1] ?? ''] !== undefined);
          let convert: boolean;
          if (ch === '@' && k === 0) convert = false;
          else if (ch === '!' || ch === '|') convert = k > 0 && k + 1 < word.length && isLetter(prev) && isLetter(next);
          else if (ch === '$') convert = nextLetter && isLetter(next);
          else convert = (k > 0 && isLetter(prev)) || (k + 1 < word.length && isLetter(next)) || (prevLetter && nextLetter);
          decoded += convert ? mapped : ch;
        }
        if (decoded !== word) {
          out ??= new MappedBuilder(input);
          out.copy(copied, i);
          // One-to-one characters: map each back to its own original place.
          for (let k = 0; k < decoded.length; k++) out.replace(i + k, i + k + 1, decoded[k] ?? '');
          copied = end;
        }
      }
    }
    i = end;
  }
  if (!out) return input;
  out.copy(copied, n);
  return out.build();
}
