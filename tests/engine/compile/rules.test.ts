import { describe, expect, it } from 'vitest';
import { createLexicon } from '../../../src/engine/compile/lexicon';
import { createRuleCompiler } from '../../../src/engine/compile/rules';
import { thaiTableBuilder } from '../../../src/engine/compile/thai';
import { createTriggerKeys } from '../../../src/engine/compile/triggers';
import { compilePacks } from '../../../src/engine/compile';
import type { Pack } from '../../../src/packs/types';

const pack: Pack = {
  lang: 'en',
  lexicon: { send: ['send', 'snd'], pic: ['picture', 'selfie'], you: ['you', 'u'] },
  rules: [
    { id: 'en.photo.send_pic', category: 'photo_request', weight: 0.6, match: ['@send', '@pic'], unless: ['homework|notes'], examples: ['send a selfie'] },
    { id: 'en.photo.you_pic', category: 'photo_request', weight: 0.4, match: ['@you', '@pic|pics'], within: 3, unlessWithin: 2, examples: ['u picture'] },
    { id: 'en.photo.pic_send', category: 'photo_request', weight: 0.4, match: ['@pic|pics', '@send'], anyOrder: true, examples: ['picture send'] },
  ],
};
const frequentWords = new Set(['you', 'u']);

function compiler() {
  const lexicon = createLexicon([pack], {}, thaiTableBuilder());
  const rules = createRuleCompiler(lexicon);
  const triggers = createTriggerKeys(rules.tables.slots, lexicon.expanded, frequentWords);
  return { lexicon, rules, triggers };
}

describe('createRuleCompiler: slots', () => {
  it('compiles a slot to the classes it names plus one class for its literal words', () => {
    const { lexicon, rules } = compiler();
    const [slot] = rules.patternSlots(['@pic|pics|pix'], 'en');
    const members = rules.tables.slots[slot ?? -1] ?? [];
    expect(members.map((c) => lexicon.tables.classNames[c])).toEqual(['en:pic', 'en:lit:pics|pix']);
  });

  it('compiles the same slot text once per pack, however many rules use it', () => {
    const { rules } = compiler();
    expect(rules.patternSlots('@send', 'en')).toEqual(rules.patternSlots(['@send'], 'en'));
    expect(rules.tables.slots).toHaveLength(1);
  });

  it('shares one literal class between slots that list the same words in another order', () => {
    const { rules } = compiler();
    const [a] = rules.patternSlots('x|y', 'en');
    const [b] = rules.patternSlots('y|x', 'en');
    expect(a).not.toBe(b);
    expect(rules.tables.slots[a ?? -1]).toEqual(rules.tables.slots[b ?? -1]);
  });
});

describe('createRuleCompiler: rules', () => {
  it('anchors a rule on its rarest slot and indexes it under that slot\'s classes', () => {
    const { lexicon, rules, triggers } = compiler();
    rules.addRule(
      { id: 'r', lang: 'en', category: 'photo_request', weight: 0.5, slots: rules.patternSlots(['@you', '@pic'], 'en'), within: 6, anyOrder: false, unless: [], unlessWithin: 8 },
      triggers,
    );
    const rule = rules.tables.rules[0];
    expect(rule?.anchor).toBe(1); // "picture|selfie" is rarer than "you|u"
    const pic = lexicon.tables.classNames.indexOf('en:pic');
    expect(rules.tables.rulesByAnchor.get(pic)).toEqual([0]);
  });
});

describe('compilePacks: rules from a pack', () => {
  const index = compilePacks({ packs: [pack], common: {}, frequentWords });

  it('fills in the default window, order and exception window', () => {
    const rule = index.rules.find((r) => r.id === 'en.photo.send_pic');
    expect(rule).toMatchObject({ lang: 'en', category: 'photo_request', weight: 0.6, within: 6, anyOrder: false, unlessWithin: 8 });
    expect(rule?.unless).toHaveLength(1);
  });

  it('keeps the window, order and exception window a rule gives', () => {
    expect(index.rules.find((r) => r.id === 'en.photo.you_pic')).toMatchObject({ within: 3, unlessWithin: 2, unless: [] });
    expect(index.rules.find((r) => r.id === 'en.photo.pic_send')?.anyOrder).toBe(true);
  });

  it("compiles a guardian's phrase as a one-slot rule of its own words", () => {
    const withPhrase = compilePacks({ packs: [pack], common: {}, frequentWords, extraPhrases: { meetup: ['Come to the mill @ 5'] } });
    const rule = withPhrase.rules.find((r) => r.id === 'guardian.meetup.0');
    expect(rule).toMatchObject({ category: 'meetup', weight: 0.6, within: 5, lang: 'en' });
    expect(rule?.slots).toHaveLength(1);
  });

  it('throws on an unknown class in a rule', () => {
    const bad: Pack = { ...pack, rules: [{ id: 'en.photo.bad', category: 'photo_request', weight: 0.5, match: ['@nope'], examples: ['x'] }] };
    expect(() => compilePacks({ packs: [bad], common: {}, frequentWords })).toThrow(/@nope/);
  });
});
