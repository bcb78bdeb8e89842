/**
 * The Russian name recognizers on the factRuEval-2016 testset (never used for training or
 * tuning): per-type precision, recall and F1 in (a) the shared task's track-1 metric (LocOrg
 * scored as location, the comparator's mode for systems without a LocOrg type) and (b)
 * naeval's token-level F1, each beside the published figures, and throughput (MB of UTF-8
 * text). The statistical tagger is always scored; so are the recognizers registered in
 * src/annotate/index.ts that produce persons, places or organisations (run on their own,
 * without the date and quantity recognizers).
 *
 *   node --import tsx bench/factrueval.ts [--part testset|devset]
 *
 * devset scores are in-sample for the tagger (it was trained on devset): a sanity check only.
 */
import { parseArgs } from 'node:util';
import type { Passage, Recognizer } from '../src/model.js';
import { loadNameTagger, tagNames } from '../src/annotate/names/tagger.js';
import { tokenize } from '../src/annotate/names/tagger/tokens.js';
import { analyses } from '../src/lang/ru/morphology.js';
import { annotate, prepareRecognizers, recognizers } from '../src/annotate/index.js';
import { OffsetMap } from '../src/normalize/offset-map.js';
import { segment } from '../src/segment/index.js';
import { readFactRuEval, type FactRuDocument } from './factrueval/corpus.js';
import { LABELS, sharedTaskScores, tokenScores, type TypeScore } from './factrueval/score.js';
import type { NameLabel, NameSpan } from './factrueval/spans.js';
import { speed, timed } from './timing.js';

const { values: options } = parseArgs({ options: { part: { type: 'string', default: 'testset' } } });
const part = options.part === 'devset' ? 'devset' : 'testset';

/** factRuEval-2016 shared task, best result per type (track 1). */
const SHARED_TASK_BEST: Record<NameLabel, number> = { PER: 0.93, LOC: 0.909, ORG: 0.786 };
/** naeval's token-level table on factRuEval-2016. */
const TOKEN_LEVEL_PEERS: Array<{ name: string; f1: Record<NameLabel, number> }> = [
  { name: 'slovnet', f1: { PER: 0.959, LOC: 0.915, ORG: 0.825 } },
  { name: 'DeepPavlov BERT', f1: { PER: 0.971, LOC: 0.928, ORG: 0.825 } },
  { name: 'spaCy 2.3', f1: { PER: 0.901, LOC: 0.886, ORG: 0.765 } },
  { name: 'Stanza', f1: { PER: 0.943, LOC: 0.865, ORG: 0.687 } },
];

const LABEL_OF_KIND: Record<string, NameLabel> = { person: 'PER', place: 'LOC', org: 'ORG' };

/** Paragraphs: the corpus puts one per line (sentences joined by spaces, paragraphs by a blank line). */
function paragraphsOf(text: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(/[^\n]+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

function tagWithTagger(doc: FactRuDocument): NameSpan[] {
  return paragraphsOf(doc.text).flatMap(({ start, end }) =>
    tagNames(doc.text, start, end).map((name) => ({ start: name.start, end: name.end, label: LABEL_OF_KIND[name.type]! })),
  );
}

function tagWithRecognizers(doc: FactRuDocument, using: readonly Recognizer[]): NameSpan[] {
  const paragraphs = paragraphsOf(doc.text).map(({ start, end }) => ({ start, end, kind: 'body' as const }));
  const passages: Passage[] = segment({ text: doc.text, paragraphs, map: OffsetMap.identity(doc.text.length) });
  const annotated = annotate({
    id: doc.name,
    path: doc.name,
    title: doc.name,
    format: 'txt',
    encoding: 'UTF-8',
    bytes: Buffer.byteLength(doc.text),
    languages: ['ru'],
    text: doc.text,
    passages,
    map: OffsetMap.identity(doc.text.length),
  }, using);
  return annotated.mentions.flatMap((mention) =>
    mention.kind in LABEL_OF_KIND ? [{ start: mention.start, end: mention.end, label: LABEL_OF_KIND[mention.kind]! }] : [],
  );
}

function row(label: string, score: TypeScore, reference: number, referenceName: string): string {
  const delta = score.f1 - reference;
  return `  ${label}  P ${score.precision.toFixed(3)}  R ${score.recall.toFixed(3)}  F1 ${score.f1.toFixed(3)}   ${referenceName} ${reference.toFixed(3)} (${delta >= 0 ? '+' : ''}${delta.toFixed(3)})`;
}

function report(title: string, docs: readonly FactRuDocument[], predicted: NameSpan[][]): void {
  console.log(`\n${title}`);
  const shared = sharedTaskScores(docs, predicted);
  console.log(' (a) shared-task metric (track 1, LocOrg as location)');
  for (const label of LABELS) console.log(row(label, shared[label], SHARED_TASK_BEST[label], 'shared-task best'));
  const tokens = tokenScores(docs, predicted);
  console.log(' (b) token-level F1 (naeval spans)');
  for (const label of LABELS) {
    const peers = TOKEN_LEVEL_PEERS.slice(1).map((peer) => `${peer.name} ${peer.f1[label].toFixed(3)}`).join(', ');
    console.log(`${row(label, tokens[label], TOKEN_LEVEL_PEERS[0]!.f1[label], 'slovnet')}; ${peers}`);
  }
}

const docs = readFactRuEval(part);
const megabytes = docs.reduce((sum, doc) => sum + Buffer.byteLength(doc.text), 0) / 1024 / 1024;
console.log(`factRuEval-2016 ${part}: ${docs.length} documents, ${megabytes.toFixed(2)} MB of UTF-8 text`);
if (part === 'devset') console.log('(devset is the training data: in-sample figures, a sanity check only)');

const loadingStarted = performance.now();
await loadNameTagger();
console.log(`tagger loaded in ${(performance.now() - loadingStarted).toFixed(0)} ms (morphology, gazetteer, model)`);
// Three costs, apart: az's analyses of words never seen before (memoized, and shared with the
// other recognizers that ask az), the tagger's own work on first seeing a word (features and
// their weights, then kept), and tagging once words are known.
const morphology = timed(() => {
  for (const doc of docs) {
    const tokens = tokenize(doc.text);
    tokens.starts.forEach((start, i) => analyses(doc.text.slice(start, tokens.ends[i])));
  }
});
const cold = timed(() => docs.map(tagWithTagger));
// The compiler's warm-up and other work on the machine make single timings noisy: the best of a few passes is the tagger's own speed.
const warm = [0, 1, 2, 3, 4].map(() => timed(() => docs.map(tagWithTagger))).sort((a, b) => a.seconds - b.seconds)[0]!;
console.log(`az analyses of every word, first sight: ${speed(megabytes, morphology)}`);
console.log(`tagger, first sight of the words (az analyses done): ${speed(megabytes, cold)}`);
console.log(`tagger, words cached (best of 5 passes): ${speed(megabytes, warm)}`);
report('statistical tagger (src/annotate/names/tagger.ts)', docs, cold.result);

const nameRecognizers = recognizers.filter((recognizer) => recognizer.kinds.some((kind) => kind in LABEL_OF_KIND));
if (nameRecognizers.length > 0) {
  await prepareRecognizers(nameRecognizers);
  const full = timed(() => docs.map((doc) => tagWithRecognizers(doc, nameRecognizers)));
  console.log(`\nname recognizers, one pass (segmentation included): ${speed(megabytes, full)}`);
  report(`the Russian recognizer (${nameRecognizers.map((recognizer) => recognizer.name).join(', ')})`, docs, full.result);
} else {
  console.log('\nno recognizer of persons, places or organisations is registered in src/annotate/index.ts yet');
}
