import type { MappedText } from './mapped';
import { replaceMapped } from './replace';

// Top-level domains and short-link hosts that chat-app links end in. Kept
// short on purpose: "dot" before an ordinary word is just the word "dot".
const LINK_ENDINGS = 'me|gg|com|net|org|io|co|app|ly|id|ph|my|th|br|fr|es|link|chat|gl|to|cc|ru|xyz|site';

const BRACKETED_DOT = /\s?[[({<]\s?(?:\.|dot|punto|titik|ponto|point)\s?[\])}>]\s?/g;
const BRACKETED_SLASH = /\s?[[({<]\s?(?:\/|slash)\s?[\])}>]\s?/g;
const SPOKEN_DOT = new RegExp(`(?<=[a-z0-9]) ?(?: dot |\\s\\.\\s)(?=(?:${LINK_ENDINGS})(?![a-z]))`, 'g');
const SPOKEN_SLASH = new RegExp(`(?<=\\.(?:${LINK_ENDINGS})) (?:slash|/) ?`, 'g');
const HXXP = /\bhxxps?\b/g;
const ANY_DEFANGING = /[[({<]| (?:dot |\. |slash|\/)|hxxp/;

/**
 * Chain step 5: re-fang links written so filters miss them: `t[.]me/x`,
 * `t(.)me`, `wa dot me`, `discord . gg`, `snapchat.com [/] add` become
 * `t.me/x`, `wa.me`, `discord.gg`, `snapchat.com/add`; `hxxp` becomes `http`.
 */
export function refangLinks(input: MappedText): MappedText {
  const t = input.text;
  // All the checks below at once, in one native scan: nearly every message has none of them.
  // (Without a bracket nothing is replaced before the slash check, so it may read `t` here.)
  if (!ANY_DEFANGING.test(t)) return input;
  let out = input;
  if (t.includes('[') || t.includes('(') || t.includes('{') || t.includes('<')) {
    out = replaceMapped(out, BRACKETED_DOT, () => '.');
    out = replaceMapped(out, BRACKETED_SLASH, () => '/');
  }
  if (t.includes(' dot ') || t.includes(' . ')) out = replaceMapped(out, SPOKEN_DOT, () => '.');
  if (out.text.includes(' slash') || out.text.includes(' /')) out = replaceMapped(out, SPOKEN_SLASH, () => '/');
  if (t.includes('hxxp')) out = replaceMapped(out, HXXP, (m) => m[0].replace('hxxp', 'http'));
  return out;
}
