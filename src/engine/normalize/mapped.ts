/**
 * Text that remembers where each of its characters came from. Every
 * normalising transformer takes and returns a `MappedText`, so a finding
 * on the normalised text can be reported on the ORIGINAL text.
 *
 * `from[i]` is the original offset where normalised code unit `i` starts,
 * `to[i]` the original offset where it ends (exclusive). Both are UTF-16
 * code-unit offsets, like `String.prototype.slice`.
 */
export interface MappedText {
  readonly text: string;
  /** `null` means "each character maps to itself" (nothing changed yet): no arrays to allocate. */
  readonly from: Int32Array | null;
  readonly to: Int32Array | null;
}

/** A `MappedText` that maps each character to itself. */
export function identityMapped(text: string): MappedText {
  return { text, from: null, to: null };
}

/** Original start offset of normalised code unit i. */
export function fromOf(m: MappedText, i: number): number {
  return m.from ? (m.from[i] ?? 0) : i;
}

/** Original end offset (exclusive) of normalised code unit i. */
export function toOf(m: MappedText, i: number): number {
  return m.to ? (m.to[i] ?? 0) : i + 1;
}

/**
 * Builds a transformer's output: append replacement text together with the
 * span of the INPUT it replaces; the builder composes it with the input's
 * own map so the result points straight at the original.
 *
 * The map is written into typed arrays grown by doubling (sized for the
 * input at first): on a 100 KB message full of look-alike letters or
 * leetspeak this runs for every character of several steps, and arrays of
 * numbers converted at the end were a good part of the normaliser's time.
 */
export class MappedBuilder {
  private parts: string[] = [];
  private from: Int32Array;
  private to: Int32Array;
  private length = 0;

  constructor(private readonly input: MappedText) {
    this.from = new Int32Array(input.text.length + 16);
    this.to = new Int32Array(input.text.length + 16);
  }

  /** Room for `count` more code units. */
  private reserve(count: number): void {
    if (this.length + count <= this.from.length) return;
    const capacity = Math.max(this.length + count, this.from.length * 2);
    const from = new Int32Array(capacity);
    const to = new Int32Array(capacity);
    from.set(this.from.subarray(0, this.length));
    to.set(this.to.subarray(0, this.length));
    this.from = from;
    this.to = to;
  }

  /** Copy input code units [start, end) unchanged. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(this.input.text.slice(start, end));
    this.reserve(end - start);
    const { from, to } = this.input;
    if (from && to && end <= from.length && end <= to.length) {
      this.from.set(from.subarray(start, end), this.length);
      this.to.set(to.subarray(start, end), this.length);
      this.length += end - start;
      return;
    }
    for (let i = start; i < end; i++) {
      this.from[this.length] = fromOf(this.input, i);
      this.to[this.length] = toOf(this.input, i);
      this.length++;
    }
  }

  /** Emit `text` in place of input code units [start, end) (end > start). */
  replace(start: number, end: number, text: string): void {
    if (text.length === 0) return;
    const origFrom = fromOf(this.input, start);
    const origTo = end - 1 >= start ? toOf(this.input, end - 1) : origFrom;
    this.parts.push(text);
    this.reserve(text.length);
    for (let i = 0; i < text.length; i++) {
      this.from[this.length] = origFrom;
      this.to[this.length] = origTo;
      this.length++;
    }
  }

  build(): MappedText {
    return { text: this.parts.join(''), from: this.from.slice(0, this.length), to: this.to.slice(0, this.length) };
  }
}

/** Original [start, end) for normalised code units [start, end). */
export function originalSpan(mapped: MappedText, start: number, end: number): { start: number; end: number } {
  if (mapped.text.length === 0) return { start: 0, end: 0 };
  const s = Math.min(Math.max(start, 0), mapped.text.length - 1);
  const e = Math.min(Math.max(end - 1, s), mapped.text.length - 1);
  return { start: fromOf(mapped, s), end: toOf(mapped, e) };
}
