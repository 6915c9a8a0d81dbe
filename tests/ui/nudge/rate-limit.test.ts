import { describe, expect, it } from 'vitest';
import { NUDGE_COOLDOWN_MS, createNudgeRateLimiter } from '../../../src/ui/nudge/rate-limit';

describe('createNudgeRateLimiter', () => {
  it('admits a category once per thread within the quiet period', () => {
    let now = 0;
    const limiter = createNudgeRateLimiter({ now: () => now });
    expect(limiter.admit('a', ['secrecy', 'meetup'], 'warn')).toEqual(['secrecy', 'meetup']);
    now += 1000;
    expect(limiter.admit('a', ['secrecy', 'meetup', 'gift_money'], 'warn')).toEqual(['gift_money']);
    expect(limiter.admit('b', ['secrecy'], 'warn')).toEqual(['secrecy']);
  });

  it('admits again when the level rises, but not when it falls', () => {
    const limiter = createNudgeRateLimiter({ now: () => 0 });
    limiter.admit('a', ['threat'], 'warn');
    expect(limiter.admit('a', ['threat'], 'notice')).toEqual([]);
    expect(limiter.admit('a', ['threat'], 'urgent')).toEqual(['threat']);
    expect(limiter.admit('a', ['threat'], 'urgent')).toEqual([]);
  });

  it('admits again once the quiet period is over', () => {
    let now = 0;
    const limiter = createNudgeRateLimiter({ now: () => now });
    limiter.admit('a', ['meetup'], 'warn');
    now += NUDGE_COOLDOWN_MS - 1;
    expect(limiter.admit('a', ['meetup'], 'warn')).toEqual([]);
    now += 1;
    expect(limiter.admit('a', ['meetup'], 'warn')).toEqual(['meetup']);
  });

  it('forgets everything on reset', () => {
    const limiter = createNudgeRateLimiter({ now: () => 0 });
    limiter.admit('a', ['meetup'], 'warn');
    limiter.reset();
    expect(limiter.admit('a', ['meetup'], 'warn')).toEqual(['meetup']);
  });
});
