import { describe, expect, it } from 'vitest';
import { linkHost, tokenize, TokenKind } from '../../src/engine/tokenize';

const kinds = (text: string): [string, TokenKind][] => tokenize(text).map((t) => [t.text, t.kind]);

describe('tokenize', () => {
  it('cuts words at spaces and punctuation, and keeps joiners between letters inside a word', () => {
    expect(kinds('send me, e-mail_x now.')).toEqual([
      ['send', TokenKind.Word],
      ['me', TokenKind.Word],
      ['e-mail_x', TokenKind.Word],
      ['now', TokenKind.Word],
    ]);
  });

  it('splits at an apostrophe, as FORMAT.md says terms are split', () => {
    expect(tokenize("don't").map((t) => t.text)).toEqual(['don', 't']);
  });

  it('recognises links, handles, amounts and numbers', () => {
    expect(kinds('t.me/abc @user $50 50k 1234')).toEqual([
      ['t.me/abc', TokenKind.Link],
      ['@user', TokenKind.Handle],
      ['$50', TokenKind.Money],
      ['50k', TokenKind.Money],
      ['1234', TokenKind.Num],
    ]);
  });

  it('splits a dotted word that is not a link into its words ("ok.send")', () => {
    expect(kinds('ok.send')).toEqual([
      ['ok', TokenKind.Word],
      ['send', TokenKind.Word],
    ]);
  });

  it('merges neighbouring digit groups of seven digits or more into one phone token', () => {
    const tokens = tokenize('call +62 812 3456 7890 now');
    expect(tokens.find((t) => t.kind === TokenKind.Phone)?.text).toBe('6281234567890');
    expect(kinds('room 12 34')).toEqual([
      ['room', TokenKind.Word],
      ['12', TokenKind.Num],
      ['34', TokenKind.Num],
    ]);
  });

  it('makes each emoji and each ? a token, and drops skin-tone modifiers', () => {
    expect(kinds('📸👍🏽 ok?')).toEqual([
      ['📸', TokenKind.Emoji],
      ['👍', TokenKind.Emoji],
      ['ok', TokenKind.Word],
      ['?', TokenKind.Punct],
    ]);
  });

  it('keeps a run of Thai letters whole, for substring matching later', () => {
    expect(kinds('ส่งรูปมา line')).toEqual([
      ['ส่งรูปมา', TokenKind.Thai],
      ['line', TokenKind.Word],
    ]);
  });

  it('gives offsets into the text it was given', () => {
    const text = 'hey  send';
    const send = tokenize(text)[1];
    expect(text.slice(send?.start, send?.end)).toBe('send');
  });
});

describe('linkHost', () => {
  it('is the host of a word ending in a known link ending, else undefined', () => {
    expect(linkHost('discord.gg/abc')).toBe('discord.gg');
    expect(linkHost('wa.me')).toBe('wa.me');
    expect(linkHost('ok.send')).toBeUndefined();
  });
});
