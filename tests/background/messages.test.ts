import { describe, expect, it } from 'vitest';
import { isFromThisExtension, parseBackgroundMessage } from '../../src/background/messages';

describe('parseBackgroundMessage', () => {
  it('accepts exactly our messages', () => {
    expect(parseBackgroundMessage({ type: 'second-look/record-summary', categories: ['secrecy', 'meetup'] })).toEqual({
      type: 'second-look/record-summary',
      categories: ['secrecy', 'meetup'],
    });
    // A pattern the card names of its own (an adult talking to a minor) is counted too.
    expect(parseBackgroundMessage({ type: 'second-look/record-summary', categories: ['adult_minor'] })).toEqual({ type: 'second-look/record-summary', categories: ['adult_minor'] });
    expect(parseBackgroundMessage({ type: 'second-look/refresh-badge' })).toEqual({ type: 'second-look/refresh-badge' });
  });

  it('refuses anything else', () => {
    for (const m of [
      null,
      'second-look/refresh-badge',
      [],
      { type: 'second-look/refresh-badge', extra: 1 },
      { type: 'second-look/record-summary', categories: ['not_a_category'] },
      { type: 'second-look/record-summary', categories: 'secrecy' },
      { type: 'second-look/record-summary', categories: Array(11).fill('secrecy') },
      { type: 'second-look/record-summary', categories: ['combination'] },
      { type: 'second-look/record-summary', categories: ['secrecy'], text: 'message text must never travel' },
      { type: 'second-look/reset-everything' },
    ]) {
      expect(parseBackgroundMessage(m), JSON.stringify(m)).toBeNull();
    }
  });
});

describe('isFromThisExtension', () => {
  it('accepts only our own id', () => {
    expect(isFromThisExtension({ id: 'abc' }, 'abc')).toBe(true);
    expect(isFromThisExtension({ id: 'other' }, 'abc')).toBe(false);
    expect(isFromThisExtension({}, 'abc')).toBe(false);
  });
});
