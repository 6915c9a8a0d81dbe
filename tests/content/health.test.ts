import { describe, expect, it } from 'vitest';
import { readerStatus } from '../../src/content/health';

const base = { active: true, reader: 'site' as const, threadMessages: 0, conversationOpen: true, sinceMs: 0, delayMs: 5000 };

describe('health line', () => {
  it('says dormant, reading, no conversation, starting and cannot read, from counts only', () => {
    expect(readerStatus({ ...base, active: false, threadMessages: 9 })).toEqual({ state: 'dormant', reader: 'site', threadMessages: 0 });
    expect(readerStatus({ ...base, threadMessages: 9, reader: 'generic' })).toEqual({ state: 'reading', reader: 'generic', threadMessages: 9 });
    expect(readerStatus({ ...base, conversationOpen: false, sinceMs: 60_000 }).state).toBe('no-conversation');
    expect(readerStatus({ ...base, sinceMs: 4999 }).state).toBe('starting');
    expect(readerStatus({ ...base, sinceMs: 5000 }).state).toBe('cannot-read');
  });
});
