import { describe, expect, it } from 'vitest';
import { isLaughWord, laughs } from '../../src/engine/laughter';

describe('laughter', () => {
  it('hears a laugh in each pack language', () => {
    // 😭 and 💀 are how teens laugh at a friend's antics ("JE VAIS TE TUER 😭😭", "ur dead 💀").
    for (const text of ['ok 😂', 'supprime ça 😭😭', 'ur so dead 💀', 'hahaha', 'lmaooo', 'vc morre kkkk', 'rsrs', 'jajaja', 'wkwkwk', 'mdr', 'ptdr', 'xD', 'แกไปไหนมา 555']) expect(laughs(text), text).toBe(true);
  });

  it('does not take a number, a price or a phone for Thai "555", nor a word that holds the letters', () => {
    for (const text of ['call 555-0142', 'call 555 0142', 'rm555', '$1,555', 'โอน 5555 บาท', 'send 555', 'ahead', 'shoe', 'kick', 'holy']) expect(laughs(text), text).toBe(false);
  });

  it('reads one word, raw or normalised (letter runs squeezed to two), as a laugh', () => {
    for (const word of ['kkk', 'kk', 'lol', 'haha', 'wkwk', '555']) expect(isLaughWord(word), word).toBe(true);
    for (const word of ['k', 'ok', 'years', '55']) expect(isLaughWord(word), word).toBe(false);
  });
});
