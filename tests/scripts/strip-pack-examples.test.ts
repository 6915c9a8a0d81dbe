import { describe, expect, it } from 'vitest';
import { stripPackExamples } from '../../scripts/vite/strip-pack-examples';

describe('stripPackExamples', () => {
  const pack = `import type { Pack } from './types';
export const xxPack: Pack = {
  lang: 'en',
  lexicon: { pic: ['pic', 'photo'] },
  rules: [
    { id: 'en.photo.a', category: 'photo_request', weight: 0.5, match: ['@pic'], examples: ['send a pic'], counterExamples: ['pic of homework'] },
    { id: 'en.photo.b', category: 'photo_request', weight: 0.4, match: ['selfie'], examples: ['selfie pls'] },
  ],
};
`;

  it('drops examples and counter-examples from every rule', () => {
    const out = stripPackExamples(pack);
    expect(out).not.toMatch(/examples|counterExamples|send a pic|selfie pls|pic of homework/);
  });

  it('keeps the rules themselves', () => {
    const out = stripPackExamples(pack);
    for (const kept of ["'en.photo.a'", "'en.photo.b'", "['@pic']", "weight: 0.4", "lexicon"]) expect(out).toContain(kept);
  });

  it('drops the sentences a language gives the shared templates it uses', () => {
    const language = `import type { LanguagePack } from './types';
export const xxPack: LanguagePack = {
  lang: 'en',
  lexicon: { send: ['send'], pic: ['pic'] },
  uses: { 'photo.send_pic': { within: 8, extraUnless: ['@schoolwork'], examples: ['snd me a pic'], counterExamples: ['pic of the notes'] } },
  rules: [],
};
`;
    const out = stripPackExamples(language);
    expect(out).not.toMatch(/examples|counterExamples|snd me a pic|pic of the notes/);
    for (const kept of ["'photo.send_pic'", 'within: 8', "extraUnless: ['@schoolwork']"]) expect(out).toContain(kept);
  });
});
