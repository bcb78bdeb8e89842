/**
 * Sequence decoding shared by training and tagging: per-token tag scores assembled from the
 * words' role vectors, the best tag sequence (Viterbi) under first-order transitions and the
 * tag scheme's constraints, how sure it is of each token's tag, and the typed spans a tag
 * sequence spells.
 */
import { AFTER_NEXT, BEFORE_PREVIOUS, NEXT, PREVIOUS, QUOTED, SELF, SENTENCE_START } from './features.js';

export type EntityLabel = 'PER' | 'LOC' | 'ORG';

/**
 * Tags are `O` or `<part>-<label>` with part B (begins), I (inside), L (last) or U (unit,
 * a one-token name). With L and U in the set (BILOU), a B or I must be followed by the
 * same name's I or L; with B and I only (BIO), a name ends wherever its I's stop.
 */
export class TagScheme {
  readonly tags: readonly string[];
  readonly size: number;
  /** `allowed[previous * size + next]`. */
  readonly allowed: Uint8Array;
  readonly allowedFirst: Uint8Array;
  readonly allowedLast: Uint8Array;
  /** For each tag, the tags allowed before it; and after it. Decoding loops over these only. */
  readonly predecessors: Int32Array[];
  readonly successors: Int32Array[];
  private readonly parts: string[];
  private readonly labels: string[];

  constructor(tags: readonly string[]) {
    this.tags = tags;
    this.size = tags.length;
    this.parts = tags.map((tag) => tag[0]!);
    this.labels = tags.map((tag) => tag.slice(2));
    const bilou = this.parts.includes('L');
    const continues = (t: number) => this.parts[t] === 'I' || this.parts[t] === 'L';
    const open = (t: number) => bilou && (this.parts[t] === 'B' || this.parts[t] === 'I');
    this.allowed = new Uint8Array(this.size * this.size);
    this.allowedFirst = new Uint8Array(this.size);
    this.allowedLast = new Uint8Array(this.size);
    for (let next = 0; next < this.size; next++) {
      this.allowedFirst[next] = continues(next) ? 0 : 1;
      this.allowedLast[next] = open(next) ? 0 : 1;
      for (let previous = 0; previous < this.size; previous++) {
        const ok = continues(next)
          ? (this.parts[previous] === 'B' || this.parts[previous] === 'I') && this.labels[previous] === this.labels[next]
          : !open(previous);
        this.allowed[previous * this.size + next] = ok ? 1 : 0;
      }
    }
    const all = tags.map((_, t) => t);
    this.predecessors = all.map((next) => Int32Array.from(all.filter((previous) => this.allowed[previous * this.size + next])));
    this.successors = all.map((previous) => Int32Array.from(all.filter((next) => this.allowed[previous * this.size + next])));
  }

  static forLabels(labels: readonly EntityLabel[], bilou: boolean): TagScheme {
    const parts = bilou ? ['B', 'I', 'L', 'U'] : ['B', 'I'];
    return new TagScheme(['O', ...labels.flatMap((label) => parts.map((part) => `${part}-${label}`))]);
  }

  /** The tag of each token of a sequence whose names cover the given token ranges (`end` exclusive). */
  encode(length: number, names: ReadonlyArray<{ start: number; end: number; label: EntityLabel }>): number[] {
    const tags = new Array<number>(length).fill(0);
    const bilou = this.parts.includes('L');
    for (const { start, end, label } of names) {
      for (let i = start; i < end; i++) {
        const part = !bilou ? (i === start ? 'B' : 'I') : end - start === 1 ? 'U' : i === start ? 'B' : i === end - 1 ? 'L' : 'I';
        tags[i] = this.tags.indexOf(`${part}-${label}`);
      }
    }
    return tags;
  }

  /** The names a tag sequence spells, as token ranges (`end` exclusive). */
  decode(tags: ArrayLike<number>): Array<{ start: number; end: number; label: EntityLabel }> {
    const names: Array<{ start: number; end: number; label: EntityLabel }> = [];
    let open: { start: number; end: number; label: EntityLabel } | undefined;
    for (let i = 0; i < tags.length; i++) {
      const part = this.parts[tags[i]!]!;
      const label = this.labels[tags[i]!] as EntityLabel;
      if ((part === 'I' || part === 'L') && open && open.label === label) {
        open.end = i + 1;
        continue;
      }
      open = undefined;
      if (part === 'O') continue;
      open = { start: i, end: i + 1, label };
      names.push(open);
    }
    return names;
  }
}

/**
 * Scores of every tag at every token (`scores[i * tagCount + tag]`): the token's own vector
 * (plus its sentence-start and in-quotes vectors where they apply) and its neighbours' vectors
 * for their roles. `vectors[i]` holds a word's ROLE_COUNT role vectors of `tagCount` scores.
 */
export function assembleScores(
  vectors: readonly Float32Array[],
  edge: Float32Array,
  sentenceStarts: readonly boolean[],
  quoted: readonly boolean[],
  tagCount: number,
): Float64Array {
  const length = vectors.length;
  const scores = new Float64Array(length * tagCount);
  const size = tagCount;
  for (let i = 0; i < length; i++) {
    const own = vectors[i]!;
    const previous = i >= 1 ? vectors[i - 1]! : edge;
    const next = i + 1 < length ? vectors[i + 1]! : edge;
    const beforePrevious = i >= 2 ? vectors[i - 2]! : edge;
    const afterNext = i + 2 < length ? vectors[i + 2]! : edge;
    const at = i * size;
    for (let t = 0; t < size; t++) {
      scores[at + t] =
        own[SELF * size + t]! +
        previous[PREVIOUS * size + t]! +
        next[NEXT * size + t]! +
        beforePrevious[BEFORE_PREVIOUS * size + t]! +
        afterNext[AFTER_NEXT * size + t]!;
    }
    if (sentenceStarts[i]) for (let t = 0; t < size; t++) scores[at + t]! += own[SENTENCE_START * size + t]!;
    if (quoted[i]) for (let t = 0; t < size; t++) scores[at + t]! += own[QUOTED * size + t]!;
  }
  return scores;
}

/** Transition weights: `between[previous * size + next]`, plus the weights of starting and ending on each tag. */
export interface Transitions {
  between: Float64Array;
  first: Float64Array;
  last: Float64Array;
}

const IMPOSSIBLE = -Infinity;

/** The highest-scoring tag sequence that the scheme allows. */
export function bestTags(scores: Float64Array, length: number, scheme: TagScheme, transitions: Transitions): Int32Array {
  const size = scheme.size;
  const tags = new Int32Array(length);
  if (length === 0) return tags;
  const between = transitions.between;
  const best = new Float64Array(length * size);
  const back = new Int32Array(length * size);
  for (let t = 0; t < size; t++) best[t] = scheme.allowedFirst[t] ? scores[t]! + transitions.first[t]! : IMPOSSIBLE;
  for (let i = 1; i < length; i++) {
    const here = i * size;
    const before = here - size;
    for (let next = 0; next < size; next++) {
      const predecessors = scheme.predecessors[next]!;
      let top = IMPOSSIBLE;
      let from = 0;
      for (let k = 0; k < predecessors.length; k++) {
        const previous = predecessors[k]!;
        const value = best[before + previous]! + between[previous * size + next]!;
        if (value > top) {
          top = value;
          from = previous;
        }
      }
      best[here + next] = top + scores[here + next]!;
      back[here + next] = from;
    }
  }
  let top = IMPOSSIBLE;
  const last = (length - 1) * size;
  for (let t = 0; t < size; t++) {
    if (!scheme.allowedLast[t]) continue;
    const value = best[last + t]! + transitions.last[t]!;
    if (value > top) {
      top = value;
      tags[length - 1] = t;
    }
  }
  for (let i = length - 1; i > 0; i--) tags[i - 1] = back[i * size + tags[i]!]!;
  return tags;
}

/**
 * How likely token `i` is to bear the tag it has on the decoded path, given the tags of its
 * neighbours on that path: the scores (over `temperature`) of the tags the neighbours allow,
 * turned into probabilities. Local, so it costs nothing for the tokens outside names.
 */
export function tagConfidence(
  scores: Float64Array,
  tags: Int32Array,
  i: number,
  scheme: TagScheme,
  transitions: Transitions,
  temperature: number,
): number {
  const size = scheme.size;
  const length = tags.length;
  const previous = i > 0 ? tags[i - 1]! : -1;
  const next = i + 1 < length ? tags[i + 1]! : -1;
  const chosen = tags[i]!;
  const valueOf = (t: number) => {
    if (previous >= 0 ? !scheme.allowed[previous * size + t] : !scheme.allowedFirst[t]) return -Infinity;
    if (next >= 0 ? !scheme.allowed[t * size + next] : !scheme.allowedLast[t]) return -Infinity;
    const before = previous >= 0 ? transitions.between[previous * size + t]! : transitions.first[t]!;
    const after = next >= 0 ? transitions.between[t * size + next]! : transitions.last[t]!;
    return (scores[i * size + t]! + before + after) / temperature;
  };
  const own = valueOf(chosen);
  let sum = 0;
  for (let t = 0; t < size; t++) sum += Math.exp(valueOf(t) - own);
  return 1 / sum;
}
