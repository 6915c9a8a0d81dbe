import { MappedBuilder, type MappedText } from './mapped';

// Cyrillic and Greek letters that look like Latin ones, as they are used to
// dodge filters ("ѕеnd рiс"). Capitals too: this step runs before toLowerCase,
// because some lower-case forms look like other letters (Greek Ν is N, ν is v).
const LOOKALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ɡ: 'g', һ: 'h', ӏ: 'l', ԛ: 'q', ԝ: 'w', ѵ: 'v', ү: 'y', ɩ: 'i',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w',
  ϲ: 'c', ς: 's', γ: 'y', μ: 'u', 'ꞵ': 'b', ı: 'i', ȷ: 'j', ʀ: 'r', ɴ: 'n', ᴀ: 'a', ʙ: 'b', ᴄ: 'c',
  ᴅ: 'd', ᴇ: 'e', ғ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ᴏ: 'o', ᴘ: 'p',
  ǫ: 'q', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
  А: 'a', В: 'b', Е: 'e', Ё: 'e', К: 'k', М: 'm', Н: 'h', О: 'o', Р: 'p', С: 'c', Т: 't', У: 'y', Х: 'x', Ѕ: 's', І: 'i', Ї: 'i', Ј: 'j', Ԁ: 'd', Һ: 'h', Ӏ: 'l', Ԛ: 'q', Ԝ: 'w', Ү: 'y',
  ս: 'u', օ: 'o', ո: 'n', հ: 'h', ց: 'g', ք: 'p', ի: 'h', Տ: 's', Օ: 'o', Ս: 'u',
  Α: 'a', Β: 'b', Ε: 'e', Ζ: 'z', Η: 'h', Ι: 'i', Κ: 'k', Μ: 'm', Ν: 'n', Ο: 'o', Ρ: 'p', Τ: 't', Υ: 'y', Χ: 'x',
};

// The same by code point, so the loop below looks up numbers, not one-character strings.
const LOOKALIKE_BY_CODE = new Map<number, string>(Object.entries(LOOKALIKES).map(([ch, latin]) => [ch.codePointAt(0) ?? 0, latin]));

const PAST_LATIN = /[^\0-\u017f]/;

/** Latin letter for an enclosed/negative squared/regional-indicator letter NFKC leaves alone. */
function enclosedLetter(cp: number): string | undefined {
  // 🅐-🅩 negative circled, 🅰-🆉 negative squared, 🇦-🇿 regional indicators.
  if (cp >= 0x1f150 && cp <= 0x1f169) return String.fromCharCode(97 + cp - 0x1f150);
  if (cp >= 0x1f170 && cp <= 0x1f189) return String.fromCharCode(97 + cp - 0x1f170);
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return String.fromCharCode(97 + cp - 0x1f1e6);
  return undefined;
}

/**
 * Chain step 3 (before lower case): fold look-alike letters from other scripts (Cyrillic,
 * Greek, small capitals) and emoji letters (🅿🅸🅲, 🇸🇳🇦🇵) to Latin.
 */
export function foldHomoglyphs(input: MappedText): MappedText {
  const text = input.text;
  // The first character past Latin Extended-A, found natively (see foldCompatibility).
  let i = text.search(PAST_LATIN);
  if (i < 0) return input;
  // Built only once something changes: text with nothing to fold (emoji, Thai) is returned as is.
  let out: MappedBuilder | undefined;
  let runStart = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    if (cp >= 0x0180) {
      const latin = LOOKALIKE_BY_CODE.get(cp) ?? enclosedLetter(cp);
      if (latin !== undefined) {
        out ??= new MappedBuilder(input);
        out.copy(runStart, i);
        out.replace(i, i + width, latin);
        runStart = i + width;
      }
    }
    i += width;
  }
  if (!out) return input;
  out.copy(runStart, text.length);
  return out.build();
}
