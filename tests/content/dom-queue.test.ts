import { describe, expect, it } from 'vitest';
import { createDomQueue } from '../../src/content/dom-queue';

const added = (...nodes: object[]): MutationRecord => ({ type: 'childList', addedNodes: nodes, target: {} }) as unknown as MutationRecord;
const changed = (target: object): MutationRecord => ({ type: 'characterData', addedNodes: [], target }) as unknown as MutationRecord;

describe('DOM queue', () => {
  it('hands out queued nodes once, de-duplicated, added and changed alike', () => {
    const queue = createDomQueue(100, 500);
    const a = {};
    const b = {};
    queue.add([added(a, b), changed(a)]);
    const work = queue.take(0);
    expect(work?.kind).toBe('nodes');
    expect(work?.kind === 'nodes' ? [...work.nodes] : []).toEqual([a, b]);
    expect(queue.take(0)).toBeNull();
    expect(queue.busy()).toBe(false);
  });

  it('sheds a flood for one rescan, counting what it shed, and spaces rescans after a flood', () => {
    const queue = createDomQueue(3, 500);
    expect(queue.add([added({}, {}, {}, {})])).toBe(true);
    expect(queue.add([added({})])).toBe(false);
    expect(queue.shed).toBe(5);
    expect(queue.take(1000)).toEqual({ kind: 'rescan', wait: 0 });
    queue.add([added({}, {}, {}, {})]);
    expect(queue.take(1100)).toEqual({ kind: 'rescan', wait: 400 });
  });

  it('puts an asked-for rescan before queued nodes, at once', () => {
    const queue = createDomQueue(100, 500);
    queue.add([added({})]);
    queue.requestRescan();
    expect(queue.busy()).toBe(true);
    expect(queue.take(0)).toEqual({ kind: 'rescan', wait: 0 });
    expect(queue.take(0)).toBeNull();
  });
});
