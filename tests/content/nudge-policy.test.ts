import { describe, expect, it } from 'vitest';
import { createNudgePolicy, enabledCategories } from '../../src/content/nudge-policy';
import { defaultSettings } from '../../src/shared/settings';

const balanced = defaultSettings();
const gentle = { ...balanced, sensitivity: 'gentle' as const };
const strict = { ...balanced, sensitivity: 'strict' as const };

describe('nudge policy', () => {
  it('shows a verdict at or above the sensitivity floor only', () => {
    const policy = createNudgePolicy(8);
    expect(policy.incoming('a', { level: 'notice', categories: ['meetup'], reasons: [] }, balanced)).toBeNull();
    expect(policy.incoming('b', { level: 'notice', categories: ['meetup'], reasons: [] }, strict)?.level).toBe('notice');
    expect(policy.incoming('c', { level: 'warn', categories: ['meetup'], reasons: [] }, gentle)).toBeNull();
    expect(policy.incoming('d', { level: 'urgent', categories: ['threat'], reasons: [] }, gentle)?.categories).toEqual(['threat']);
  });

  it('nudges a thread again only for a new category or a higher level', () => {
    const policy = createNudgePolicy(8);
    const warn = { level: 'warn' as const, categories: ['photo_request'] as const, reasons: [] };
    expect(policy.incoming('t', { ...warn, categories: [...warn.categories] }, balanced)).not.toBeNull();
    expect(policy.incoming('t', { ...warn, categories: ['photo_request'] }, balanced)).toBeNull();
    expect(policy.incoming('t', { ...warn, categories: ['photo_request', 'secrecy'] }, balanced)?.categories).toEqual(['photo_request', 'secrecy']);
    expect(policy.incoming('t', { level: 'urgent', categories: ['photo_request'], reasons: [] }, balanced)?.level).toBe('urgent');
    expect(policy.incoming('t', { level: 'warn', categories: ['secrecy'], reasons: [] }, balanced)).toBeNull();
    // Another thread has its own memory.
    expect(policy.incoming('u', { ...warn, categories: ['photo_request'] }, balanced)).not.toBeNull();
  });

  it('leaves out the categories the guardian turned off, and shows nothing when none is left', () => {
    const settings = { ...balanced, categories: { ...balanced.categories, photo_request: false } };
    expect(enabledCategories(['photo_request', 'secrecy'], settings)).toEqual(['secrecy']);
    const policy = createNudgePolicy(8);
    expect(policy.incoming('t', { level: 'warn', categories: ['photo_request'], reasons: [] }, settings)).toBeNull();
    expect(policy.incoming('t', { level: 'warn', categories: ['photo_request', 'secrecy'], reasons: [] }, settings)?.categories).toEqual(['secrecy']);
  });

  it('shows the adult-to-minor pattern as a finding of its own, with no category, once per thread', () => {
    const policy = createNudgePolicy(8);
    const adultMinor = { kind: 'combination' as const, categories: [], pattern: 'adult_minor' as const };
    const verdict = { level: 'warn' as const, categories: [], reasons: [adultMinor] };
    expect(policy.incoming('t', verdict, balanced)?.categories).toEqual(['adult_minor']);
    expect(policy.incoming('t', verdict, balanced)).toBeNull();
    // Beside the categories the guardian left on; other patterns are no finding of their own.
    expect(policy.incoming('u', { level: 'warn', categories: ['photo_request'], reasons: [{ ...adultMinor, categories: ['photo_request'] }] }, balanced)?.categories).toEqual(['photo_request', 'adult_minor']);
    expect(policy.incoming('v', { level: 'warn', categories: [], reasons: [{ kind: 'combination' as const, categories: [], pattern: 'secret_move' as const }] }, balanced)).toBeNull();
    expect(policy.incoming('w', { level: 'warn', categories: [], reasons: [adultMinor] }, gentle)).toBeNull();
  });

  it('asks to pause before sending once per new kind of disclosure, again after the draft was cleared, and never under gentle', () => {
    const policy = createNudgePolicy(8);
    const phone = { categories: ['phone_number' as const] };
    expect(policy.draft('t', phone, balanced)).toEqual({ level: 'warn', categories: ['phone_number'] });
    expect(policy.draft('t', phone, balanced)).toBeNull();
    expect(policy.draft('t', { categories: ['phone_number', 'home_address'] }, balanced)?.categories).toEqual(['phone_number', 'home_address']);
    expect(policy.draft('t', null, balanced)).toBeNull();
    expect(policy.draft('t', phone, balanced)).not.toBeNull();
    expect(createNudgePolicy(8).draft('t', phone, gentle)).toBeNull();
  });

  it('asks to pause on an attachment only in a thread that asked for photos, and not when photo checks are off', () => {
    const policy = createNudgePolicy(8);
    expect(policy.attachment(false, balanced)).toBeNull();
    expect(policy.attachment(true, balanced)?.categories).toEqual(['photo_request']);
    expect(policy.attachment(true, { ...balanced, categories: { ...balanced.categories, photo_request: false } })).toBeNull();
  });

  it('forgets the oldest thread beyond its limit (so it may be nudged again)', () => {
    const policy = createNudgePolicy(2);
    const v = { level: 'warn' as const, categories: ['secrecy' as const], reasons: [] };
    policy.incoming('a', v, balanced);
    policy.incoming('b', v, balanced);
    policy.incoming('c', v, balanced);
    expect(policy.incoming('b', v, balanced)).toBeNull();
    expect(policy.incoming('a', v, balanced)).not.toBeNull();
  });
});
