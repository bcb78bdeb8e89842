/**
 * Offset maps from a derived text back to the text it was made from.
 *
 * Normalization rewrites text in many small steps; each step yields a new text and a
 * map to its input, and maps compose, so the final normalized text can always point at
 * the characters of the original file. A map is a sorted list of segments: a *copied*
 * segment maps derived offsets one-to-one onto a run of the original; a *pinned*
 * segment is text that normalization inserted (a space for a line break, a joined
 * paragraph separator), and all of it maps to one original offset.
 */

const COPIED = 1;
const PINNED = 0;

export class OffsetMap {
  /** Flat triples: derived start, original start, kind (COPIED | PINNED). */
  private readonly segments: Int32Array;
  /** Length of the derived text. */
  readonly length: number;

  private constructor(segments: Int32Array, length: number) {
    this.segments = segments;
    this.length = length;
  }

  static identity(length: number): OffsetMap {
    return new OffsetMap(Int32Array.of(0, 0, COPIED), length);
  }

  /** For builders in this module: segments as flat triples. */
  static fromSegments(segments: Int32Array, length: number): OffsetMap {
    return new OffsetMap(segments, length);
  }

  /** Rebuilds a map from `toJSON()` output. */
  static fromJSON(json: { length: number; segments: number[] }): OffsetMap {
    const { length, segments } = json;
    if (!Number.isInteger(length) || length < 0 || !Array.isArray(segments) || segments.length % 3 !== 0) {
      throw new Error('offset map: malformed JSON');
    }
    return new OffsetMap(Int32Array.from(segments), length);
  }

  toJSON(): { length: number; segments: number[] } {
    return { length: this.length, segments: Array.from(this.segments) };
  }

  /** Whether every offset maps to itself. */
  isIdentity(): boolean {
    const segs = this.segments;
    return segs.length === 3 && segs[0] === 0 && segs[1] === 0 && segs[2] === COPIED;
  }

  /** The original offset of derived offset `pos` (0 ≤ pos ≤ length). */
  toOriginal(pos: number): number {
    if (pos < 0 || pos > this.length) throw new RangeError(`offset ${pos} outside 0..${this.length}`);
    const segs = this.segments;
    if (segs.length === 0) return 0;
    const lo = this.segmentAt(pos);
    const start = segs[lo * 3]!;
    const origin = segs[lo * 3 + 1]!;
    return segs[lo * 3 + 2] === COPIED ? origin + (pos - start) : origin;
  }

  /** Index of the last segment starting at or before `pos` (binary search). */
  private segmentAt(pos: number): number {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length / 3 - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid * 3]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The original span covered by derived span [start, end). */
  spanToOriginal(start: number, end: number): { start: number; end: number } {
    if (end <= start) {
      const at = this.toOriginal(start);
      return { start: at, end: at };
    }
    // The end is mapped through the last character so that a span ending just before
    // inserted text does not stretch over what was removed after it.
    return { start: this.toOriginal(start), end: this.toOriginal(end - 1) + 1 };
  }

  /**
   * `this` maps C → B and `inner` maps B → A; the result maps C → A.
   * Works segment by segment, so it costs O(segments), not O(characters).
   */
  compose(inner: OffsetMap): OffsetMap {
    // Steps that changed nothing yield identity maps; composing with one is a copy.
    if (inner.isIdentity()) return this;
    if (this.isIdentity() && this.length === inner.length) return inner;
    const out = new SegmentWriter();
    const segs = this.segments;
    const count = segs.length / 3;
    for (let k = 0; k < count; k++) {
      const dStart = segs[k * 3]!;
      const mStart = segs[k * 3 + 1]!;
      const kind = segs[k * 3 + 2]!;
      const dEnd = k + 1 < count ? segs[(k + 1) * 3]! : this.length;
      if (dEnd <= dStart && k + 1 < count) continue;
      if (kind === PINNED) {
        out.push(dStart, inner.toOriginal(Math.min(mStart, inner.length)), PINNED);
        continue;
      }
      inner.forEachPiece(mStart, mStart + Math.max(dEnd - dStart, 1), (mFrom, origin, innerKind) => {
        out.push(dStart + (mFrom - mStart), origin, innerKind);
      });
    }
    return new OffsetMap(out.finish(), this.length);
  }

  /** Calls `visit` for each piece of [from, to) that lies in one segment: its start, original offset there, and kind. */
  private forEachPiece(from: number, to: number, visit: (start: number, origin: number, kind: number) => void): void {
    const segs = this.segments;
    const count = segs.length / 3;
    // Starting at the segment that holds `from` keeps composing O(segments log segments).
    for (let k = this.segmentAt(from); k < count; k++) {
      const sStart = segs[k * 3]!;
      const sEnd = k + 1 < count ? segs[(k + 1) * 3]! : Math.max(this.length, to);
      if (sEnd <= from) continue;
      if (sStart >= to) break;
      const pieceStart = Math.max(sStart, from);
      const origin = segs[k * 3 + 1]!;
      const kind = segs[k * 3 + 2]!;
      visit(pieceStart, kind === COPIED ? origin + (pieceStart - sStart) : origin, kind);
    }
  }
}

/** Accumulates segments, merging a segment into the previous one when it simply continues it. */
class SegmentWriter {
  private values: number[] = [];

  push(derived: number, origin: number, kind: number): void {
    const v = this.values;
    const n = v.length;
    if (n >= 3) {
      const prevDerived = v[n - 3]!;
      const prevOrigin = v[n - 2]!;
      const prevKind = v[n - 1]!;
      if (prevDerived === derived) {
        // An empty previous segment: replace it.
        v[n - 2] = origin;
        v[n - 1] = kind;
        return;
      }
      if (kind === prevKind) {
        const continues =
          kind === COPIED ? prevOrigin + (derived - prevDerived) === origin : prevOrigin === origin;
        if (continues) return;
      }
    }
    v.push(derived, origin, kind);
  }

  finish(): Int32Array {
    return Int32Array.from(this.values);
  }
}

/** A piece of a rewrite: text inserted by normalization, or a range [start, end) of the source copied as is. */
export type Piece = string | { copy: [number, number] };

/**
 * Builds a derived text from a source text, piece by piece, keeping the offset map.
 * Every normalization step is written with it, so no step can lose track of offsets.
 */
export class MappedTextBuilder {
  private readonly source: string;
  private readonly parts: string[] = [];
  private readonly writer = new SegmentWriter();
  private length = 0;

  constructor(source: string) {
    this.source = source;
  }

  /** Appends source[start, end) unchanged. */
  copy(start: number, end: number): this {
    if (end <= start) return this;
    this.writer.push(this.length, start, COPIED);
    this.parts.push(this.source.slice(start, end));
    this.length += end - start;
    return this;
  }

  /** Appends text that is not in the source; it maps to source offset `at`. */
  insert(text: string, at: number): this {
    if (text.length === 0) return this;
    this.writer.push(this.length, at, PINNED);
    this.parts.push(text);
    this.length += text.length;
    return this;
  }

  /** Appends pieces; inserted strings map to `at`. */
  append(pieces: readonly Piece[], at: number): this {
    for (const piece of pieces) {
      if (typeof piece === 'string') this.insert(piece, at);
      else this.copy(piece.copy[0], piece.copy[1]);
    }
    return this;
  }

  get currentLength(): number {
    return this.length;
  }

  build(): MappedText {
    const text = this.parts.join('');
    const segments = this.writer.finish();
    return { text, map: OffsetMap.fromSegments(segments.length ? segments : Int32Array.of(0, 0, COPIED), text.length) };
  }
}

export interface MappedText {
  text: string;
  map: OffsetMap;
}

/**
 * Replaces every match of a global regular expression. `replace` returns the pieces
 * that stand for the match (strings inserted, `{copy}` ranges of the source kept), or
 * null to leave the match as it is. Text between matches is copied.
 */
export function rewrite(
  source: string,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => readonly Piece[] | null,
): MappedText {
  if (!pattern.global) throw new Error('rewrite: the pattern must have the g flag');
  const builder = new MappedTextBuilder(source);
  let last = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(source); m !== null; m = pattern.exec(source)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const pieces = replace(m);
    if (pieces === null) continue;
    builder.copy(last, m.index);
    builder.append(pieces, m.index);
    last = m.index + m[0].length;
  }
  builder.copy(last, source.length);
  return builder.build();
}

/**
 * Runs a step on mapped text and composes the maps, so the result still points at the first source.
 * Whatever else the step returns with its text (paragraph kinds, say) is passed through.
 */
export function applyStep<T extends MappedText>(current: MappedText, step: (text: string) => T): T {
  const next = step(current.text);
  return { ...next, map: next.map.compose(current.map) };
}
