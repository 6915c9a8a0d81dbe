import { describe, expect, it } from 'vitest';
import { createThreadStore, forgetSeen, markSeen, refreshContext } from '../../src/content/threads';
import type { ThreadContext } from '../../src/engine/types';

const none = { level: 'none' as const, categories: [], reasons: [] };

describe('thread store', () => {
  it('keeps the most recently used threads, each with its own tracker made with the page context', () => {
    const contexts: ThreadContext[] = [];
    let context: ThreadContext = { group: true };
    const store = createThreadStore(2, (c) => (contexts.push(c), { add: () => none }), () => context);
    const a = store.get('a');
    context = {};
    store.get('b');
    expect(store.get('a')).toBe(a);
    store.get('c'); // drops b, the least recently used
    expect(store.peek('b')).toBeUndefined();
    expect(store.peek('a')).toBe(a);
    expect(contexts).toEqual([{ group: true }, {}, {}]);
  });

  it('reads a message once per text: a re-render is skipped, an edit is read again, a forgotten one too', () => {
    const store = createThreadStore(2, () => ({ add: () => none }), () => ({}));
    const state = store.get('t');
    expect(markSeen(state, 'k1', 'hello')).toBe(true);
    expect(markSeen(state, 'k1', 'hello')).toBe(false);
    expect(markSeen(state, 'k1', 'hello, edited')).toBe(true);
    forgetSeen(state, 'k1');
    expect(markSeen(state, 'k1', 'hello, edited')).toBe(true);
  });

  it('passes a changed context to the tracker once, and skips trackers that cannot take one', () => {
    const given: ThreadContext[] = [];
    const store = createThreadStore(2, () => ({ add: () => none, setContext: (c: ThreadContext) => void given.push(c) }), () => ({}));
    const state = store.get('t');
    refreshContext(state, { messageRequest: true });
    refreshContext(state, { messageRequest: true });
    expect(given).toEqual([{ messageRequest: true }]);
    const plain = createThreadStore(2, () => ({ add: () => none }), () => ({})).get('t');
    expect(() => refreshContext(plain, { group: true })).not.toThrow();
  });
});
