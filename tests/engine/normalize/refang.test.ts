import { describe, expect, it } from 'vitest';
import { refangLinks } from '../../../src/engine/normalize';
import { run } from './helpers';

describe('refangLinks', () => {
  it('re-fangs bracketed and spoken dots', () => {
    expect(run(refangLinks, 't[.]me/abc')).toBe('t.me/abc');
    expect(run(refangLinks, 'wa dot me/123')).toBe('wa.me/123');
    expect(run(refangLinks, 'discord (.) gg/x')).toBe('discord.gg/x');
    expect(run(refangLinks, 't . me slash abc')).toBe('t.me/abc');
  });
  it('leaves a sentence that merely ends before "my" alone', () => {
    expect(run(refangLinks, 'that was fun. my turn')).toBe('that was fun. my turn');
  });
  it('turns hxxp back into http', () => {
    expect(run(refangLinks, 'hxxps://t.me/x')).toBe('https://t.me/x');
  });
});
