/**
 * A trained name tagger — feature weights per tag and tag transitions, a linear model trained
 * by `scripts/train-name-tagger.ts` — read from its gzipped JSON file, and the tagging of one
 * line of text with it.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { detached } from '../../../util/detached.js';
import {
  EDGE_TRAITS,
  edgeFeatures,
  LEFT_PAIR,
  leftSignature,
  leftPairFeatures,
  RIGHT_PAIR,
  rightPairFeatures,
  rightSignature,
  ROLE_COUNT,
  FEATURE_ROLES,
  describeWord,
  type Gazetteer,
  type WordTraits,
} from './features.js';
import type { Line, LineName } from './document.js';
import { assembleScores, bestTags, tagConfidence, TagScheme, type Transitions } from './sequence.js';
import { tokenize, type TaggerTokens } from './tokens.js';

/** The model file's content. Weights are integers: divide by `scale`. */
export interface ModelFile {
  format: 1;
  tags: string[];
  roles: string[];
  scale: number;
  /** Divides scores before they are read as log-potentials for confidences (fitted on held-out devset folds). */
  temperature: number;
  transitions: { between: number[]; first: number[]; last: number[] };
  /** `<role index>:<feature key>` → one weight per tag. */
  weights: Record<string, number[]>;
}

/** A stretch of text tagged: its tokens, their words, and the names as token ranges. */
export interface TaggedLine extends Line {
  starts: readonly number[];
  ends: readonly number[];
}

/** What is kept of each distinct word: its features' summed weights per role, and what pair features read. */
interface WordEntry {
  vector: Float32Array;
  traits: WordTraits;
  /** Numbers standing for the word's pair-feature signatures (numbers make faster keys than strings). */
  leftSignature: number;
  rightSignature: number;
  /** Pair feature sums with this word on the left, by the right word's signature. */
  asLeft: Map<number, Float32Array>;
  /** Pair feature sums with this word on the right, by the left word's signature. */
  asRight: Map<number, Float32Array>;
}

/** Distinct words whose score vectors are kept; past this the cache starts over (a corpus's vocabulary rarely gets there). */
const CACHED_WORDS = 60_000;

const OPENING_QUOTES = new Set(['«', '“', '„']);
const CLOSING_QUOTES = new Set(['»', '”', '“']);

/**
 * Where a name should end so as not to leave a quotation open: the corpus marks `компании
 * «Северсталь` without the closing quote, which a reader of the name expects.
 */
function withClosingQuote(words: readonly string[], start: number, end: number): number {
  let open = 0;
  for (let i = start; i < end; i++) {
    if (open > 0 && CLOSING_QUOTES.has(words[i]!)) open--;
    else if (OPENING_QUOTES.has(words[i]!)) open++;
  }
  return open > 0 && end < words.length && CLOSING_QUOTES.has(words[end]!) ? end + 1 : end;
}

export class NameTaggerModel {
  private readonly scheme: TagScheme;
  private readonly transitions: Transitions;
  private readonly temperature: number;
  /** Per role (indexed like FEATURE_ROLES), feature → one weight per tag. */
  private readonly weights: Array<Map<string, Float32Array>>;
  private readonly gazetteer: Gazetteer;
  private readonly words = new Map<string, WordEntry>();
  private readonly signatures = new Map<string, number>();
  private readonly edge: WordEntry;

  constructor(file: ModelFile, gazetteer: Gazetteer) {
    if (file.format !== 1 || file.roles.join() !== FEATURE_ROLES.join()) {
      throw new Error('name tagger model does not match this version of the tagger: retrain it with scripts/train-name-tagger.ts');
    }
    this.scheme = new TagScheme(file.tags);
    const unscale = (values: readonly number[]) => Float64Array.from(values, (value) => value / file.scale);
    this.transitions = {
      between: unscale(file.transitions.between),
      first: unscale(file.transitions.first),
      last: unscale(file.transitions.last),
    };
    this.temperature = file.temperature;
    this.weights = FEATURE_ROLES.map(() => new Map());
    for (const [key, values] of Object.entries(file.weights)) {
      const colon = key.indexOf(':');
      this.weights[Number(key.slice(0, colon))]!.set(key.slice(colon + 1), Float32Array.from(values, (value) => value / file.scale));
    }
    this.gazetteer = gazetteer;
    this.edge = this.entryOf(edgeFeatures(), EDGE_TRAITS);
  }

  static read(path: string | URL, gazetteer: Gazetteer): NameTaggerModel {
    const file = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as ModelFile;
    return new NameTaggerModel(file, gazetteer);
  }

  /** The tokens of `text[start, end)` and the names among them, in order. */
  tagLine(text: string, start: number, end: number): TaggedLine {
    const tokens = tokenize(text, start, end);
    const words = tokens.starts.map((tokenStart, i) => text.slice(tokenStart, tokens.ends[i]));
    const entries = words.map((word) => this.wordEntry(word));
    const line = { starts: tokens.starts, ends: tokens.ends, words, lemmas: entries.map((entry) => entry.traits.lemma), names: [] as LineName[] };
    if (words.length === 0) return line;
    const scores = this.scores(entries, tokens);
    const tags = bestTags(scores, words.length, this.scheme, this.transitions);
    line.names = this.scheme.decode(tags).map(({ start: first, end: last, label }) => {
      let sum = 0;
      for (let i = first; i < last; i++) sum += tagConfidence(scores, tags, i, this.scheme, this.transitions, this.temperature);
      return { start: first, end: withClosingQuote(words, first, last), label, confidence: sum / (last - first) };
    });
    return line;
  }

  /**
   * The score of every tag at every token (`[i * tags + tag]`): the same sums as the weights of
   * `tokenFeatureKeys`, but each word's share worked out once and kept, and so each pair's
   * share, by the word and what the pair features read of its neighbour.
   */
  private scores(words: readonly WordEntry[], tokens: TaggerTokens): Float64Array {
    const length = words.length;
    const size = this.scheme.size;
    const scores = assembleScores(
      words.map((word) => word.vector),
      this.edge.vector,
      tokens.sentenceStarts,
      tokens.quoted,
      size,
    );
    for (let i = 0; i < length; i++) {
      const word = words[i]!;
      const left = words[i - 1] ?? this.edge;
      const right = words[i + 1] ?? this.edge;
      let pair = left.asLeft.get(word.rightSignature);
      if (!pair) left.asLeft.set(word.rightSignature, (pair = this.sumOf(LEFT_PAIR, leftPairFeatures(left.traits, word.traits))));
      let other = right.asRight.get(word.leftSignature);
      if (!other) right.asRight.set(word.leftSignature, (other = this.sumOf(RIGHT_PAIR, rightPairFeatures(word.traits, right.traits))));
      for (let t = 0; t < size; t++) scores[i * size + t]! += pair[t]! + other[t]!;
    }
    return scores;
  }

  private sumOf(role: number, features: readonly string[]): Float32Array {
    const size = this.scheme.size;
    const sum = new Float32Array(size);
    for (const feature of features) {
      const weights = this.weights[role]!.get(feature);
      if (!weights) continue;
      for (let t = 0; t < size; t++) sum[t]! += weights[t]!;
    }
    return sum;
  }

  private wordEntry(word: string): WordEntry {
    let entry = this.words.get(word);
    if (!entry) {
      if (this.words.size >= CACHED_WORDS) this.words.clear();
      const { features, traits } = describeWord(word, this.gazetteer);
      entry = this.entryOf(features, traits);
      this.words.set(detached(word), entry);
    }
    return entry;
  }

  private entryOf(features: readonly string[][], traits: WordTraits): WordEntry {
    return {
      vector: this.vectorOf(features),
      traits,
      leftSignature: this.signatureNumber(`left:${leftSignature(traits)}`),
      rightSignature: this.signatureNumber(`right:${rightSignature(traits)}`),
      asLeft: new Map(),
      asRight: new Map(),
    };
  }

  private signatureNumber(signature: string): number {
    let number = this.signatures.get(signature);
    if (number === undefined) this.signatures.set(signature, (number = this.signatures.size));
    return number;
  }

  /** The summed weights of a word's features, per role: ROLE_COUNT blocks of one score per tag. */
  private vectorOf(features: readonly string[][]): Float32Array {
    const size = this.scheme.size;
    const vector = new Float32Array(ROLE_COUNT * size);
    for (let role = 0; role < ROLE_COUNT; role++) {
      for (const feature of features[role]!) {
        const weights = this.weights[role]!.get(feature);
        if (!weights) continue;
        for (let t = 0; t < size; t++) vector[role * size + t]! += weights[t]!;
      }
    }
    return vector;
  }
}
