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
  readonly from: Int32Array;
  readonly to: Int32Array;
}

/** A `MappedText` that maps each character to itself. */
export function identityMapped(text: string): MappedText {
  const n = text.length;
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    from[i] = i;
    to[i] = i + 1;
  }
  return { text, from, to };
}

/**
 * Builds a transformer's output: append replacement text together with the
 * span of the INPUT it replaces; the builder composes it with the input's
 * own map so the result points straight at the original.
 */
export class MappedBuilder {
  private parts: string[] = [];
  private from: number[] = [];
  private to: number[] = [];

  constructor(private readonly input: MappedText) {}

  /** Copy input code units [start, end) unchanged. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(this.input.text.slice(start, end));
    for (let i = start; i < end; i++) {
      this.from.push(this.input.from[i] ?? 0);
      this.to.push(this.input.to[i] ?? 0);
    }
  }

  /** Emit `text` in place of input code units [start, end) (end > start). */
  replace(start: number, end: number, text: string): void {
    if (text.length === 0) return;
    const origFrom = this.input.from[start] ?? 0;
    const origTo = this.input.to[end - 1] ?? origFrom;
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) {
      this.from.push(origFrom);
      this.to.push(origTo);
    }
  }

  build(): MappedText {
    return { text: this.parts.join(''), from: Int32Array.from(this.from), to: Int32Array.from(this.to) };
  }
}

/** Original [start, end) for normalised code units [start, end). */
export function originalSpan(mapped: MappedText, start: number, end: number): { start: number; end: number } {
  if (mapped.text.length === 0) return { start: 0, end: 0 };
  const s = Math.min(Math.max(start, 0), mapped.text.length - 1);
  const e = Math.min(Math.max(end - 1, s), mapped.text.length - 1);
  return { start: mapped.from[s] ?? 0, end: mapped.to[e] ?? 0 };
}
