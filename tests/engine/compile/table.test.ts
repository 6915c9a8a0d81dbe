import { describe, expect, it } from 'vitest';
import { EncodedSet, EncodedTable } from '../../../src/engine/compile/table';

describe('EncodedTable', () => {
  it('decodes a value the first time its key is looked up, and only then', () => {
    const decoded: string[] = [];
    const table = new EncodedTable({ send: '1,2', pic: '3' }, (s, key) => {
      decoded.push(key);
      return s.split(',').map(Number);
    });
    expect(decoded).toEqual([]);
    expect(table.get('send')).toEqual([1, 2]);
    expect(table.get('send')).toBe(table.get('send'));
    expect(decoded).toEqual(['send']);
    expect(table.has('pic')).toBe(true);
    expect(decoded).toEqual(['send']);
  });

  it('knows only its own keys, not those of Object.prototype', () => {
    const table = new EncodedTable({ send: '1' }, (s) => s);
    expect(table.get('constructor')).toBeUndefined();
    expect(table.has('toString')).toBe(false);
    expect(table.get('__proto__')).toBeUndefined();
  });

  it('keeps a key named __proto__ when the data came from JSON', () => {
    const table = new EncodedTable(JSON.parse('{"__proto__":"7"}') as Record<string, string>, Number);
    expect(table.get('__proto__')).toBe(7);
  });

  it('lists every entry, decoded', () => {
    const table = new EncodedTable({ a: '1', b: '2' }, Number);
    expect([...table.entries()]).toEqual([['a', 1], ['b', 2]]);
  });
});

describe('EncodedSet', () => {
  it('holds its own keys only', () => {
    const set = new EncodedSet({ give: 1, keep: 1 });
    expect(set.has('give')).toBe(true);
    expect(set.has('hasOwnProperty')).toBe(false);
    expect([...set.values()]).toEqual(['give', 'keep']);
  });
});
