/**
 * Read-only lookup tables, as the matcher sees them: a `Map` or `Set` when
 * the packs were compiled in this process, an `EncodedTable` when the index
 * was loaded from data built ahead of time (./io.ts).
 *
 * An EncodedTable is an object from JSON.parse (key -> the value encoded as
 * a short string) plus a decoder. Parsing it is native and fast; a value is
 * decoded the first time its key is looked up, then kept. A detector looks
 * up a few hundred distinct words in its first messages, not the ten
 * thousand the packs know, so starting one costs almost nothing.
 */

/** What the matcher needs of a table: look a key up; `entries` is for writing the table out. */
export interface Lookup<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
  entries(): Iterable<[string, V]>;
}

/** A set of words: membership only; `values` is for writing it out. */
export interface KeySet {
  has(key: string): boolean;
  values(): Iterable<string>;
}

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** A lookup over `raw` (key -> encoded value), decoding each value on first use. */
export class EncodedTable<V> implements Lookup<V> {
  private readonly decoded = new Map<string, V>();

  constructor(
    private readonly raw: Readonly<Record<string, string>>,
    private readonly decode: (encoded: string, key: string) => V,
  ) {}

  get(key: string): V | undefined {
    let value = this.decoded.get(key);
    if (value === undefined && hasOwn(this.raw, key)) {
      value = this.decode(this.raw[key] as string, key);
      this.decoded.set(key, value);
    }
    return value;
  }

  has(key: string): boolean {
    return hasOwn(this.raw, key);
  }

  *entries(): Iterable<[string, V]> {
    for (const key of Object.keys(this.raw)) yield [key, this.get(key) as V];
  }
}

/** A set over the keys of `raw` (values ignored). */
export class EncodedSet implements KeySet {
  constructor(private readonly raw: Readonly<Record<string, 1>>) {}

  has(key: string): boolean {
    return hasOwn(this.raw, key);
  }

  values(): Iterable<string> {
    return Object.keys(this.raw);
  }
}
