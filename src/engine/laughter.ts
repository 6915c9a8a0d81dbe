/**
 * Laughter in chat, in the pack languages: 😂, "hahaha", "lol", "lmao", "kkkk" and "rsrs" (pt), "jaja"
 * and "jsjs" (es), "wkwk" (id, ms), "hehe", "mdr" and "ptdr" (fr), "xd", and Thai "555" (ห้า, "ha").
 * Read by the detector (a laughing message softens a rule's threat) and by the age reader ("18 kkk" is a
 * bare age). One list, so the two agree on what a laugh is.
 */
const LAUGH_WORDS = String.raw`a?ha(?:ha)+h?|lo+l|lmf?ao+|k{3,}|rs(?:rs)+|ja(?:ja)+|js(?:js)+|wk(?:wk)+|he(?:he)+|mdr|ptdr|xd`;
const LAUGH_EMOJI = /😂|🤣|😆|😹|😭|💀/u;
const LAUGH_IN_TEXT = new RegExp(String.raw`\b(?:${LAUGH_WORDS})\b`, 'i');
// A normalised word has its letter runs squeezed to two ("kkkk" -> "kk"), so one word may also be "kk".
const LAUGH_WORD = new RegExp(`^(?:${LAUGH_WORDS}|kk)$`, 'i');
/** Thai "555": not part of a number or an amount ("rm555", "555-0142", "555 0142", "5555 บาท"), and only in a message with Thai in it. */
const THAI_555 = /(?<![\d$.,\w-])5{3,}(?![\d.,-]|\s?\d|\s?(?:บาท|฿|baht))/u;
const THAI_SCRIPT = /[\u0e00-\u0e7f]/u;

/** Does the text laugh anywhere? */
export function laughs(text: string): boolean {
  return LAUGH_EMOJI.test(text) || LAUGH_IN_TEXT.test(text) || (THAI_SCRIPT.test(text) && THAI_555.test(text));
}

/** Is this one word, raw or normalised, a laugh ("kkk", "kk", "lol", "555")? */
export function isLaughWord(word: string): boolean {
  return LAUGH_WORD.test(word) || /^5{3,}$/.test(word);
}
