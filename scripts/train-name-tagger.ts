/**
 * Trains the Russian name tagger (src/annotate/names/tagger.ts) on the factRuEval-2016 devset
 * — never the testset, which only bench/factrueval.ts reads — and writes the model to
 * src/lang/ru/name-tagger.model.json.gz.
 *
 * The model: averaged structured perceptrons (Viterbi over BIO tags — BILOU with --bilou, no
 * better on devset and slower to decode —, updates where the best sequence differs from the
 * gold one once every wrong tag is handicapped by --margin, so that a right tag winning by too
 * little is corrected too; weights averaged over every step), several trained on differently
 * shuffled orders and averaged into one linear model. Every shuffle is seeded, so two runs
 * write the same model. Gold names follow the shared task's objects (trainingNames).
 *
 * Before the final model, k-fold cross-validation over devset documents scores each document
 * with a model that did not see it; on those held-out scores the script fits the per-label
 * biases that balance precision and recall (folded into the model's always-on feature) and
 * the temperature behind confidences, and prints the held-out figures (shared-task metric and
 * token-level F1), names made consistent per document as the tagger does.
 *
 *   node --import tsx scripts/train-name-tagger.ts [--folds 5] [--epochs 12] [--ensemble 4] [--bilou]
 *     [--margin 1] [--min-weight 0.05] [--seed 2016] [--out FILE] [--no-write]
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readFactRuEval, type FactRuDocument } from '../bench/factrueval/corpus.js';
import { LABELS, sharedTaskScores, tokenScores, type TypeScore } from '../bench/factrueval/score.js';
import { trainingNames, type NameLabel, type NameSpan } from '../bench/factrueval/spans.js';
import { describeWord, FEATURE_ROLES, loadGazetteer, roleKey, SELF, tokenFeatureKeys, type Gazetteer } from '../src/annotate/names/tagger/features.js';
import { propagateNames, type Line } from '../src/annotate/names/tagger/document.js';
import type { ModelFile } from '../src/annotate/names/tagger/model.js';
import { bestTags, tagConfidence, TagScheme, type Transitions } from '../src/annotate/names/tagger/sequence.js';
import { tokenize } from '../src/annotate/names/tagger/tokens.js';
import { loadMorphology } from '../src/lang/ru/morphology.js';

const { values: options } = parseArgs({
  options: {
    folds: { type: 'string', default: '5' },
    epochs: { type: 'string', default: '12' },
    bilou: { type: 'boolean', default: false },
    'min-weight': { type: 'string', default: '0.05' },
    margin: { type: 'string', default: '1' },
    seed: { type: 'string', default: '2016' },
    ensemble: { type: 'string', default: '4' },
    out: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
  },
});
const FOLDS = Number(options.folds);
const EPOCHS = Number(options.epochs);
const MIN_WEIGHT = Number(options['min-weight']);
const MARGIN = Number(options.margin);
const SEED = Number(options.seed);
const ENSEMBLE = Number(options.ensemble);
const MODEL_PATH = options.out ?? fileURLToPath(new URL('../src/lang/ru/name-tagger.model.json.gz', import.meta.url));

/** Weights are written as integers of this many units per 1.0. */
const SCALE = 1000;

/** A passage of a document, tokenized, with the features and gold tag of each token. */
interface Sequence {
  doc: number;
  words: string[];
  starts: number[];
  ends: number[];
  /** Ids of the features that bear on each token. */
  features: Int32Array[];
  gold: number[];
}

/** A seeded linear congruential generator: plenty for shuffling, and the same order on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function shuffle<T>(items: T[], next: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

/** Feature keys as dense ids. */
class FeatureIndex {
  readonly ids = new Map<string, number>();
  readonly keys: string[] = [];

  idsOf(keys: readonly string[]): Int32Array {
    return Int32Array.from(keys, (key) => {
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.keys.length;
        this.ids.set(key, id);
        this.keys.push(key);
      }
      return id;
    });
  }
}

function sequencesOf(docs: readonly FactRuDocument[], index: FeatureIndex, scheme: TagScheme, gazetteer: Gazetteer): Sequence[] {
  const sequences: Sequence[] = [];
  docs.forEach((doc, docIndex) => {
    const names = trainingNames(doc);
    for (const paragraph of doc.text.matchAll(/[^\n]+/g)) {
      const start = paragraph.index;
      const end = start + paragraph[0].length;
      const tokens = tokenize(doc.text, start, end);
      if (tokens.starts.length === 0) continue;
      const tokenNames = names.flatMap((name) => {
        const covered = tokens.starts.flatMap((tokenStart, i) => (tokenStart < name.end && tokens.ends[i]! > name.start ? [i] : []));
        return covered.length > 0 ? [{ start: covered[0]!, end: covered[covered.length - 1]! + 1, label: name.label }] : [];
      });
      const words = tokens.starts.map((tokenStart, i) => doc.text.slice(tokenStart, tokens.ends[i]));
      for (const word of words) if (!lemmas.has(word)) lemmas.set(word, describeWord(word, gazetteer).traits.lemma);
      sequences.push({
        doc: docIndex,
        words,
        starts: tokens.starts,
        ends: tokens.ends,
        features: tokenFeatureKeys(words, tokens.sentenceStarts, tokens.quoted, gazetteer).map((keys) => index.idsOf(keys)),
        gold: scheme.encode(tokens.starts.length, tokenNames),
      });
    }
  });
  return sequences;
}

/**
 * Perceptron weights with averaging by the usual trick: besides the weights, the sum of
 * every update times the step it was made at, so the average is `weights − sums / steps`.
 */
class Perceptron {
  readonly weights: Float64Array;
  private readonly stepSums: Float64Array;
  readonly transitions: Transitions;
  private readonly transitionSums: Transitions;
  step = 1;

  constructor(
    featureCount: number,
    readonly scheme: TagScheme,
  ) {
    const size = scheme.size;
    this.weights = new Float64Array(featureCount * size);
    this.stepSums = new Float64Array(this.weights.length);
    const zeros = () => ({ between: new Float64Array(size * size), first: new Float64Array(size), last: new Float64Array(size) });
    this.transitions = zeros();
    this.transitionSums = zeros();
  }

  scores(sequence: Sequence, weights = this.weights): Float64Array {
    const size = this.scheme.size;
    const scores = new Float64Array(sequence.features.length * size);
    sequence.features.forEach((features, i) => {
      for (const feature of features) {
        for (let t = 0; t < size; t++) scores[i * size + t]! += weights[feature * size + t]!;
      }
    });
    return scores;
  }

  /** The scores with MARGIN added to every wrong tag: training then also corrects right tags that win by too little. */
  private marginScores(sequence: Sequence): Float64Array {
    const scores = this.scores(sequence);
    const size = this.scheme.size;
    sequence.gold.forEach((gold, i) => {
      for (let t = 0; t < size; t++) if (t !== gold) scores[i * size + t]! += MARGIN;
    });
    return scores;
  }

  train(sequence: Sequence): void {
    const length = sequence.features.length;
    const gold = sequence.gold;
    const predicted = bestTags(this.marginScores(sequence), length, this.scheme, this.transitions);
    for (let i = 0; i < length; i++) {
      if (predicted[i] === gold[i]) continue;
      this.updateToken(sequence, i, gold[i]!, 1);
      this.updateToken(sequence, i, predicted[i]!, -1);
    }
    const size = this.scheme.size;
    const bump = (table: keyof Transitions, index: number, delta: number) => {
      this.transitions[table][index]! += delta;
      this.transitionSums[table][index]! += delta * this.step;
    };
    if (predicted[0] !== gold[0]) {
      bump('first', gold[0]!, 1);
      bump('first', predicted[0]!, -1);
    }
    if (predicted[length - 1] !== gold[length - 1]) {
      bump('last', gold[length - 1]!, 1);
      bump('last', predicted[length - 1]!, -1);
    }
    for (let i = 1; i < length; i++) {
      if (predicted[i - 1] === gold[i - 1] && predicted[i] === gold[i]) continue;
      bump('between', gold[i - 1]! * size + gold[i]!, 1);
      bump('between', predicted[i - 1]! * size + predicted[i]!, -1);
    }
    this.step++;
  }

  /** Moves the weights of every feature that bears on token `i` towards (or away from) `tag`. */
  private updateToken(sequence: Sequence, i: number, tag: number, delta: number): void {
    const size = this.scheme.size;
    for (const feature of sequence.features[i]!) {
      this.weights[feature * size + tag]! += delta;
      this.stepSums[feature * size + tag]! += delta * this.step;
    }
  }

  /** The averaged weights and transitions. */
  averaged(): { weights: Float64Array; transitions: Transitions } {
    const average = (values: Float64Array, sums: Float64Array) => values.map((value, k) => value - sums[k]! / this.step);
    return {
      weights: average(this.weights, this.stepSums),
      transitions: {
        between: average(this.transitions.between, this.transitionSums.between),
        first: average(this.transitions.first, this.transitionSums.first),
        last: average(this.transitions.last, this.transitionSums.last),
      },
    };
  }
}

/**
 * Averaged perceptrons trained on differently shuffled orders, their weights averaged again:
 * a linear model still, so the ensemble tags as fast as one model.
 */
function trainOn(sequences: readonly Sequence[], featureCount: number, scheme: TagScheme): { weights: Float64Array; transitions: Transitions } {
  const members = Array.from({ length: ENSEMBLE }, (_, member) => {
    const perceptron = new Perceptron(featureCount, scheme);
    const order = [...sequences];
    const next = random(SEED + member);
    for (let epoch = 0; epoch < EPOCHS; epoch++) {
      shuffle(order, next);
      for (const sequence of order) perceptron.train(sequence);
    }
    return perceptron.averaged();
  });
  const mean = (pick: (model: (typeof members)[number]) => Float64Array) =>
    pick(members[0]!).map((_, k) => members.reduce((sum, model) => sum + pick(model)[k]!, 0) / members.length);
  return {
    weights: pruned(mean((model) => model.weights), scheme.size),
    transitions: {
      between: mean((model) => model.transitions.between),
      first: mean((model) => model.transitions.first),
      last: mean((model) => model.transitions.last),
    },
  };
}

/** Weights with every feature whose largest weight is under MIN_WEIGHT dropped, as the model file drops them. */
function pruned(weights: Float64Array, size: number): Float64Array {
  for (let feature = 0; feature * size < weights.length; feature++) {
    const row = weights.subarray(feature * size, (feature + 1) * size);
    if (row.every((value) => Math.abs(value) < MIN_WEIGHT)) row.fill(0);
  }
  return weights;
}

/** A devset passage scored by the fold's model that did not see it. */
interface HeldOut {
  sequence: Sequence;
  scores: Float64Array;
  transitions: Transitions;
}

/** Scores with a constant added to every tag of each label (PER, LOC, ORG, in LABELS order). */
function biased(scores: Float64Array, scheme: TagScheme, biases: readonly number[]): Float64Array {
  const size = scheme.size;
  const shift = scheme.tags.map((tag) => (tag === 'O' ? 0 : biases[LABELS.indexOf(tag.slice(2) as NameLabel)]!));
  return scores.map((score, k) => score + shift[k % size]!);
}

/**
 * The names found in every held-out passage under the given label biases, made consistent
 * across each document as the tagger does, per document.
 */
function heldOutNames(docs: readonly FactRuDocument[], heldOut: readonly HeldOut[], scheme: TagScheme, biases: readonly number[]): NameSpan[][] {
  const lines = docs.map(() => [] as Array<Line & { sequence: Sequence }>);
  for (const { sequence, scores, transitions } of heldOut) {
    const tags = bestTags(biased(scores, scheme, biases), sequence.features.length, scheme, transitions);
    const names = scheme.decode(tags).map((name) => ({ ...name, confidence: 1 }));
    lines[sequence.doc]!.push({ sequence, words: sequence.words, lemmas: sequence.words.map((word) => lemmas.get(word)!), names });
  }
  return lines.map((docLines) => {
    docLines.sort((a, b) => a.sequence.starts[0]! - b.sequence.starts[0]!);
    propagateNames(docLines);
    return docLines.flatMap(({ sequence, names }) =>
      names.map(({ start, end, label }) => ({ start: sequence.starts[start]!, end: sequence.ends[end - 1]!, label })),
    );
  });
}

/** The lemma the tagger keys names by, of every devset word. */
const lemmas = new Map<string, string>();

/** Label biases tried, in score units: a perceptron trained on little data leans towards O. */
const BIASES = [-8, -6, -4, -2, 0, 2, 4, 6, 8, 10, 12, 16, 20];
/** Differences of mean held-out F1 this small are noise: the seeds of the shuffles move it as much. */
const BIAS_TOLERANCE = 0.002;

/**
 * Per-label constants added to the scores (folded into the always-on `bias` feature) that best
 * balance precision and recall on the held-out folds: the mean shared-task F1 of the three
 * labels, raised one label at a time.
 */
function fitLabelBiases(docs: readonly FactRuDocument[], heldOut: readonly HeldOut[], scheme: TagScheme): number[] {
  const biases = [0, 0, 0];
  const evaluate = () => sharedTaskScores(docs, heldOutNames(docs, heldOut, scheme, biases));
  const meanF1 = (scores: Record<NameLabel, TypeScore>) => LABELS.reduce((sum, label) => sum + scores[label].f1, 0) / LABELS.length;
  const before = evaluate();
  for (let round = 0; round < 2; round++) {
    LABELS.forEach((_, l) => {
      const f1s = BIASES.map((bias) => {
        biases[l] = bias;
        return meanF1(evaluate());
      });
      // The held-out F1 is bumpy near its top and flat over a wide range: take the bias whose
      // neighbourhood scores best, not a lone peak that would not carry over to new text, and
      // of biases scoring within noise of it the one nearest no bias at all.
      const smoothed = f1s.map((_, k) => {
        const around = f1s.slice(Math.max(0, k - 1), k + 2);
        return around.reduce((sum, f1) => sum + f1, 0) / around.length;
      });
      const best = Math.max(...smoothed);
      const nearBest = BIASES.filter((_, k) => smoothed[k]! >= best - BIAS_TOLERANCE);
      biases[l] = nearBest.reduce((nearest, bias) => (Math.abs(bias) < Math.abs(nearest) ? bias : nearest));
    });
  }
  const after = evaluate();
  const names = heldOutNames(docs, heldOut, scheme, biases);
  console.log(`${FOLDS}-fold cross-validation on devset (${EPOCHS} epochs):`);
  console.log(formatScores('  shared-task metric', before));
  console.log(`label biases (PER LOC ORG): ${biases.join(' ')}`);
  console.log(formatScores('  shared-task metric, biased', after));
  console.log(formatScores('  token-level, biased', tokenScores(docs, names)));
  return biases;
}

/**
 * Temperatures tried for confidences: the one under which the confidence of each token inside a
 * found name best predicts whether its tag is right (least log-loss on held-out folds) is kept.
 */
const TEMPERATURES = [1, 2, 4, 8, 12, 16, 24, 32, 48, 64, 96, 128];

function formatScores(title: string, scores: Record<NameLabel, TypeScore>): string {
  const cells = LABELS.map((label) => {
    const s = scores[label];
    return `${label} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`;
  });
  return `${title.padEnd(30)}${cells.join('   ')}`;
}

function fitTemperature(heldOut: readonly HeldOut[], scheme: TagScheme, biases: readonly number[]): number {
  const logLoss = TEMPERATURES.map(() => 0);
  for (const { sequence, scores: raw, transitions } of heldOut) {
    const scores = biased(raw, scheme, biases);
    const tags = bestTags(scores, sequence.features.length, scheme, transitions);
    tags.forEach((tag, i) => {
      if (tag === 0) return;
      const right = tag === sequence.gold[i];
      TEMPERATURES.forEach((temperature, k) => {
        const confidence = tagConfidence(scores, tags, i, scheme, transitions, temperature);
        logLoss[k]! -= Math.log(Math.min(Math.max(right ? confidence : 1 - confidence, 1e-9), 1));
      });
    });
  }
  return TEMPERATURES[logLoss.indexOf(Math.min(...logLoss))]!;
}

async function main(): Promise<void> {
  const started = performance.now();
  await loadMorphology();
  const gazetteer = loadGazetteer();
  const docs = readFactRuEval('devset');
  const scheme = TagScheme.forLabels(['PER', 'LOC', 'ORG'], options.bilou);
  const index = new FeatureIndex();
  const sequences = sequencesOf(docs, index, scheme, gazetteer);
  const featureCount = index.keys.length;
  const tokenCount = sequences.reduce((sum, sequence) => sum + sequence.features.length, 0);
  console.log(
    `devset: ${docs.length} documents, ${sequences.length} passages, ${tokenCount} tokens, ${featureCount} features; tags ${scheme.tags.join(' ')}`,
  );

  // Cross-validation by document: every document is tagged once by a model that never saw it.
  const heldOut: HeldOut[] = [];
  if (FOLDS > 1) {
    for (let fold = 0; fold < FOLDS; fold++) {
      const inFold = (sequence: Sequence) => sequence.doc % FOLDS === fold;
      const model = trainOn(
        sequences.filter((sequence) => !inFold(sequence)),
        featureCount,
        scheme,
      );
      const perceptron = new Perceptron(featureCount, scheme);
      for (const sequence of sequences.filter(inFold)) {
        heldOut.push({ sequence, scores: perceptron.scores(sequence, model.weights), transitions: model.transitions });
      }
    }
  }
  const labelBiases = FOLDS > 1 ? fitLabelBiases(docs, heldOut, scheme) : [0, 0, 0];
  const temperature = FOLDS > 1 ? fitTemperature(heldOut, scheme, labelBiases) : 1;
  console.log(`confidence temperature: ${temperature}`);

  const trainingStarted = performance.now();
  const model = trainOn(sequences, featureCount, scheme);
  console.log(`final model trained on all of devset in ${((performance.now() - trainingStarted) / 1000).toFixed(1)} s`);
  if (options['no-write']) return;

  const size = scheme.size;
  const weights: Record<string, number[]> = {};
  let kept = 0;
  const alwaysOn = index.ids.get(roleKey(SELF, 'bias'))!;
  scheme.tags.forEach((tag, t) => {
    if (tag !== 'O') model.weights[alwaysOn * size + t]! += labelBiases[LABELS.indexOf(tag.slice(2) as NameLabel)]!;
  });
  index.keys.forEach((key, feature) => {
    const values = Array.from(model.weights.subarray(feature * size, (feature + 1) * size));
    if (values.every((value) => value === 0)) return;
    weights[key] = values.map((value) => Math.round(value * SCALE));
    kept++;
  });
  const file: ModelFile = {
    format: 1,
    tags: [...scheme.tags],
    roles: [...FEATURE_ROLES],
    scale: SCALE,
    temperature,
    transitions: {
      between: Array.from(model.transitions.between, (value) => Math.round(value * SCALE)),
      first: Array.from(model.transitions.first, (value) => Math.round(value * SCALE)),
      last: Array.from(model.transitions.last, (value) => Math.round(value * SCALE)),
    },
    weights,
  };
  const bytes = gzipSync(JSON.stringify(file), { level: 9 });
  writeFileSync(MODEL_PATH, bytes);
  console.log(
    `wrote ${MODEL_PATH.split('/').slice(-4).join('/')}: ${kept} of ${featureCount} features (|weight| ≥ ${MIN_WEIGHT}), ${(bytes.length / 1024).toFixed(0)} KB; total ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

await main();
