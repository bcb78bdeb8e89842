/**
 * Scores of predicted names against factRuEval-2016, two ways:
 *
 * (a) The shared task's track-1 metric. Each predicted span becomes the set of corpus tokens
 *     it covers (less punctuation written tight against a word); gold mentions are token sets
 *     whose name tokens weigh 1 and descriptor tokens 0. A gold and a predicted mention of one
 *     type pair up; a pair scores tp / (tp + fp + fn) over its tokens, weighted. Gold mentions
 *     inside another mention, or with no name token, are not counted — and neither are the
 *     predictions paired with them; of a place and an organisation with the same tokens only
 *     the matched one (the organisation if both or neither) counts. Per document the pairing
 *     is chosen among the comparator's candidates (a perfect pair must be taken) to maximise
 *     the document's F1; precision = Σ pair scores / predictions counted, recall = Σ pair
 *     scores / gold mentions counted, summed over documents. LocOrg is a location.
 *
 * (b) Token-level F1 per type, as in naeval's table: a token is of a type in the gold (naeval's
 *     spans) or in the prediction when a span of that type covers it. Tokens are the corpus's
 *     own, where naeval uses its tokenizer; the counts differ a little, the measure does not.
 */
import type { FactRuDocument, FactRuToken } from './corpus.js';
import { goldObjects, isUnnamed, LABEL_OF_TAG, naevalSpans, type GoldObject, type NameLabel, type NameSpan, type TaskTag } from './spans.js';

export const LABELS: readonly NameLabel[] = ['PER', 'LOC', 'ORG'];

export interface Counts {
  /** Sum of pair scores (or correct tokens). */
  truePositive: number;
  gold: number;
  predicted: number;
}

export interface TypeScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function typeScore(counts: Counts): TypeScore {
  const precision = counts.predicted > 0 ? counts.truePositive / counts.predicted : 1;
  const recall = counts.gold > 0 ? counts.truePositive / counts.gold : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...counts, precision, recall, f1 };
}

type Tally = Record<NameLabel, Counts>;

function emptyTally(): Tally {
  return {
    PER: { truePositive: 0, gold: 0, predicted: 0 },
    LOC: { truePositive: 0, gold: 0, predicted: 0 },
    ORG: { truePositive: 0, gold: 0, predicted: 0 },
  };
}

function scores(tally: Tally): Record<NameLabel, TypeScore> {
  return { PER: typeScore(tally.PER), LOC: typeScore(tally.LOC), ORG: typeScore(tally.ORG) };
}

// ── (a) shared-task metric ────────────────────────────────────────────────────

function isLetter(text: string): boolean {
  return text.length === 1 && text.toUpperCase() !== text.toLowerCase();
}

/** One non-letter character written tight against a neighbour: the comparator leaves it out of predictions. */
function isTightPunctuation(tokens: readonly FactRuToken[], index: number): boolean {
  const token = tokens[index]!;
  if (token.end - token.start !== 1 || isLetter(token.text)) return false;
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  return (previous !== undefined && previous.end === token.start) || (next !== undefined && next.start === token.end);
}

interface Prediction {
  tag: TaskTag;
  tokens: Set<number>;
}

const TAG_OF_LABEL: Record<NameLabel, TaskTag> = { PER: 'per', LOC: 'loc', ORG: 'org' };

function predictionsOf(doc: FactRuDocument, names: readonly NameSpan[]): Prediction[] {
  return names.map((name) => {
    const tokens = new Set<number>();
    doc.tokens.forEach((token, index) => {
      if (token.start >= name.start && token.end <= name.end && !isTightPunctuation(doc.tokens, index)) tokens.add(index);
    });
    return { tag: TAG_OF_LABEL[name.label], tokens };
  });
}

/** Share of the union that two token sets have in common, 0 across types: what the pairing considers. */
function overlap(gold: GoldObject, predicted: Prediction): number {
  if (gold.tag !== predicted.tag) return 0;
  let common = 0;
  for (const token of predicted.tokens) if (gold.tokens.has(token)) common++;
  const union = gold.tokens.size + predicted.tokens.size - common;
  return union > 0 ? common / union : 0;
}

/** A pair's score: weighted name tokens found over weighted found + missed + extra tokens. */
function pairScore(doc: FactRuDocument, gold: GoldObject, predicted: Prediction): number {
  let found = 0;
  let missed = 0;
  let extra = 0;
  for (const token of gold.tokens) {
    const mark = gold.marks.get(token) ?? 0;
    if (predicted.tokens.has(token)) found += mark;
    else if (!(doc.tokens[token]!.text.length === 1 && !isLetter(doc.tokens[token]!.text))) missed += mark;
  }
  for (const token of predicted.tokens) if (!gold.tokens.has(token)) extra++;
  const total = found + missed + extra;
  return total > 0 ? found / total : overlap(gold, predicted);
}

/** Whether a gold mention is left out of the counts under a given pairing. */
function isIgnored(gold: GoldObject, paired: ReadonlySet<GoldObject>, order: ReadonlyMap<GoldObject, number>): boolean {
  if (isUnnamed(gold) || gold.parents.length > 0) return true;
  const sibling = gold.siblings[0];
  if (!sibling) return false;
  if (paired.has(gold) !== paired.has(sibling)) return !paired.has(gold);
  if (sibling.tag === gold.tag) return order.get(gold)! > order.get(sibling)!;
  return gold.tag !== 'org';
}

/** A pairing's counts per type. */
function countPairing(
  doc: FactRuDocument,
  golds: readonly GoldObject[],
  predictions: readonly Prediction[],
  pairs: ReadonlyArray<readonly [number, number]>,
  order: ReadonlyMap<GoldObject, number>,
): Tally {
  const tally = emptyTally();
  const paired = new Set(pairs.map(([g]) => golds[g]!));
  const pairedPredictions = new Set(pairs.map(([, p]) => p));
  for (const [g, p] of pairs) {
    const gold = golds[g]!;
    if (isIgnored(gold, paired, order)) continue;
    const counts = tally[LABEL_OF_TAG[gold.tag]];
    counts.truePositive += pairScore(doc, gold, predictions[p]!);
    counts.gold++;
    counts.predicted++;
  }
  golds.forEach((gold) => {
    if (!paired.has(gold) && !isIgnored(gold, paired, order)) tally[LABEL_OF_TAG[gold.tag]].gold++;
  });
  predictions.forEach((prediction, p) => {
    if (!pairedPredictions.has(p)) tally[LABEL_OF_TAG[prediction.tag]].predicted++;
  });
  return tally;
}

/** Above this many pairings a group is paired greedily (best overlap first) instead of exhaustively. */
const MAX_PAIRINGS = 20_000;

/**
 * The pairings the comparator considers for one connected group of gold and predicted mentions:
 * gold mentions in order, each paired with a perfect match if there is one, else with any
 * overlapping prediction not perfectly matched elsewhere, or left unpaired when it has no
 * candidate or its one candidate is wanted by others too.
 */
function candidatePairings(golds: readonly number[], predictions: readonly number[], overlaps: (g: number, p: number) => number): Array<Array<[number, number]>> {
  const results: Array<Array<[number, number]>> = [];
  const search = (next: number, free: Set<number>, pairs: Array<[number, number]>) => {
    if (results.length >= MAX_PAIRINGS) return;
    if (next === golds.length || free.size === 0) {
      results.push([...pairs]);
      return;
    }
    const current = golds[next]!;
    const remaining = golds.slice(next);
    const perfect = [...free].filter((p) => overlaps(current, p) === 1);
    const candidates = perfect.length > 0 ? perfect : [...free].filter((p) => overlaps(current, p) > 0);
    let tried = 0;
    let mostContested = 0;
    for (const p of candidates) {
      const contenders = remaining.filter((g) => overlaps(g, p) > 0).length;
      mostContested = Math.max(mostContested, contenders);
      const perfectElsewhere = overlaps(current, p) < 1 && remaining.some((g) => overlaps(g, p) === 1);
      if (perfectElsewhere) continue;
      tried++;
      free.delete(p);
      pairs.push([current, p]);
      search(next + 1, free, pairs);
      pairs.pop();
      free.add(p);
    }
    if (candidates.length === 0 || (candidates.length === 1 && mostContested > 1) || tried === 0) search(next + 1, free, pairs);
  };
  search(0, new Set(predictions), []);
  return results;
}

function greedyPairing(golds: readonly number[], predictions: readonly number[], overlaps: (g: number, p: number) => number): Array<[number, number]> {
  const options = golds.flatMap((g) => predictions.map((p) => [g, p, overlaps(g, p)] as const)).filter(([, , o]) => o > 0);
  options.sort((a, b) => b[2] - a[2]);
  const usedGold = new Set<number>();
  const usedPrediction = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [g, p] of options) {
    if (usedGold.has(g) || usedPrediction.has(p)) continue;
    usedGold.add(g);
    usedPrediction.add(p);
    pairs.push([g, p]);
  }
  return pairs;
}

function sumTally(tally: Tally): Counts {
  return LABELS.reduce(
    (sum, label) => ({
      truePositive: sum.truePositive + tally[label].truePositive,
      gold: sum.gold + tally[label].gold,
      predicted: sum.predicted + tally[label].predicted,
    }),
    { truePositive: 0, gold: 0, predicted: 0 },
  );
}

/** One document's counts under the pairing that maximises its overall F1. */
function scoreDocument(doc: FactRuDocument, names: readonly NameSpan[]): Tally {
  const golds = goldObjects(doc);
  const tagOrder: TaskTag[] = ['per', 'loc', 'org'];
  golds.sort((a, b) => tagOrder.indexOf(a.tag) - tagOrder.indexOf(b.tag) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const order = new Map(golds.map((gold, index) => [gold, index]));
  const predictions = predictionsOf(doc, names);
  const overlapTable = golds.map((gold) => predictions.map((prediction) => overlap(gold, prediction)));
  const overlaps = (g: number, p: number) => overlapTable[g]![p]!;

  // Groups of mentions linked by overlaps or by being siblings: pairings of different groups do not interact.
  const parent = [...golds.keys(), ...predictions.keys()].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const join = (a: number, b: number) => (parent[find(a)] = find(b));
  golds.forEach((gold, g) => {
    predictions.forEach((_, p) => overlaps(g, p) > 0 && join(g, golds.length + p));
    for (const sibling of gold.siblings) join(g, order.get(sibling)!);
  });
  const groups = new Map<number, { golds: number[]; predictions: number[] }>();
  const groupOf = (i: number) => {
    const root = find(i);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = { golds: [], predictions: [] }));
    return group;
  };
  golds.forEach((_, g) => groupOf(g).golds.push(g));
  predictions.forEach((_, p) => groupOf(golds.length + p).predictions.push(p));

  // Each group's candidate pairings, each with its counts.
  const options = [...groups.values()].map((group) => {
    const localGolds = group.golds.map((g) => golds[g]!);
    const localPredictions = group.predictions.map((p) => predictions[p]!);
    const localOverlaps = (g: number, p: number) => overlaps(group.golds[g]!, group.predictions[p]!);
    const goldIndices = localGolds.map((_, i) => i);
    const predictionIndices = localPredictions.map((_, i) => i);
    let pairings = candidatePairings(goldIndices, predictionIndices, localOverlaps);
    if (pairings.length >= MAX_PAIRINGS) pairings = [greedyPairing(goldIndices, predictionIndices, localOverlaps)];
    return pairings.map((pairs) => countPairing(doc, localGolds, localPredictions, pairs, order));
  });

  // The document's F1 = 2·tp / (gold + predicted) is maximised exactly by choosing, for a
  // trial value f, each group's option with the best 2·tp − f·(gold + predicted), and raising
  // f to the F1 of that choice until it no longer rises.
  let f1 = 0;
  let chosen = options.map((group) => group[0]!);
  for (let round = 0; round < 50; round++) {
    chosen = options.map((group) => {
      let best = group[0]!;
      let bestValue = -Infinity;
      for (const option of group) {
        const total = sumTally(option);
        const value = 2 * total.truePositive - f1 * (total.gold + total.predicted);
        if (value > bestValue + 1e-12) {
          bestValue = value;
          best = option;
        }
      }
      return best;
    });
    const total = sumTally(mergeTallies(chosen));
    const next = total.gold + total.predicted > 0 ? (2 * total.truePositive) / (total.gold + total.predicted) : 0;
    if (next <= f1 + 1e-12) break;
    f1 = next;
  }
  return mergeTallies(chosen);
}

function mergeTallies(tallies: readonly Tally[]): Tally {
  const merged = emptyTally();
  for (const tally of tallies) {
    for (const label of LABELS) {
      merged[label].truePositive += tally[label].truePositive;
      merged[label].gold += tally[label].gold;
      merged[label].predicted += tally[label].predicted;
    }
  }
  return merged;
}

/** The shared task's per-type precision, recall and F1 over the documents; `predicted[i]` belongs to `docs[i]`. */
export function sharedTaskScores(docs: readonly FactRuDocument[], predicted: ReadonlyArray<readonly NameSpan[]>): Record<NameLabel, TypeScore> {
  return scores(mergeTallies(docs.map((doc, i) => scoreDocument(doc, predicted[i]!))));
}

// ── (b) token-level scores ────────────────────────────────────────────────────

function labelTokens(tokens: readonly FactRuToken[], spans: readonly NameSpan[]): Array<NameLabel | undefined> {
  const labels = new Array<NameLabel | undefined>(tokens.length).fill(undefined);
  for (const span of spans) {
    tokens.forEach((token, index) => {
      if (token.start >= span.start && token.end <= span.end) labels[index] = span.label;
    });
  }
  return labels;
}

/** Token-level precision, recall and F1 per type against naeval's gold spans; `predicted[i]` belongs to `docs[i]`. */
export function tokenScores(docs: readonly FactRuDocument[], predicted: ReadonlyArray<readonly NameSpan[]>): Record<NameLabel, TypeScore> {
  const tally = emptyTally();
  docs.forEach((doc, i) => {
    const gold = labelTokens(doc.tokens, naevalSpans(doc));
    const found = labelTokens(doc.tokens, predicted[i]!);
    for (let t = 0; t < doc.tokens.length; t++) {
      if (found[t]) tally[found[t]!].predicted++;
      if (gold[t]) tally[gold[t]!].gold++;
      if (found[t] && found[t] === gold[t]) tally[found[t]!].truePositive++;
    }
  });
  return scores(tally);
}
