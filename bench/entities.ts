/**
 * Names: Dossier beside compromise (`people()`, `places()`, `organizations()`) on the
 * English seeds, scored on the same gold; the throughput of both on the same text in the
 * same run; and the throughput of the whole extraction (every recognizer + resolution).
 *
 *   node --import tsx bench/entities.ts [--gold test/gold] [--mb 4]
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import type { AnalyzedSource, AnnotatedSource, EntityType, Recognizer } from '../src/model.js';
import { annotate, prepareRecognizers, recognizers } from '../src/annotate/index.js';
import { analyzeFile } from '../src/ingest/analyze.js';
import { resolve } from '../src/resolve/index.js';
import { loadGoldDir, type GoldEntity, type GoldFile } from '../src/eval/gold.js';
import { scoreNames } from '../src/eval/score.js';
import { speed, timed } from './timing.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argument = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
};
const goldDir = argument('--gold', join(root, 'test', 'gold'));
const throughputMb = Number(argument('--mb', '4'));

const TYPES: ReadonlyArray<readonly [EntityType, 'persons' | 'places' | 'orgs']> = [
  ['person', 'persons'],
  ['place', 'places'],
  ['org', 'orgs'],
];

const nameRecognizers = recognizers.filter((r) => r.kinds.some((kind) => kind === 'person' || kind === 'place' || kind === 'org'));
await prepareRecognizers();

// ── accuracy on the English gold ────────────────────────────────────────────────
const gold = (await loadGoldDir(goldDir)).filter((file) => file.lang === 'en' && TYPES.some(([, key]) => file[key]));
const sources = await Promise.all(gold.map((file) => analyzeFile(file.textPath)));

function compromiseForms(text: string): Record<EntityType, string[]> {
  const doc = nlp(text);
  const spans = (view: { json(options: object): Array<{ offset: { start: number; length: number } }> }) =>
    view.json({ offset: true }).map(({ offset }) => text.slice(offset.start, offset.start + offset.length).replace(/[\s.,;:'’"”)]+$/u, ''));
  return { person: spans(doc.people()), place: spans(doc.places()), org: spans(doc.organizations()) };
}

function dossierForms(source: AnnotatedSource): Record<EntityType, string[]> {
  const of = (type: EntityType) => source.mentions.filter((m) => m.kind === type).map((m) => m.text);
  return { person: of('person'), place: of('place'), org: of('org') };
}

console.log(`Names on the English seeds (${gold.map((file) => file.path.split('/').pop()).join(', ') || 'no English gold with names'}):`);
if (gold.length && nameRecognizers.length) {
  const annotated = sources.map((source) => annotate(source));
  const ours = annotated.map(dossierForms);
  const theirs = sources.map((source) => compromiseForms(source.text));
  console.log('type     Dossier P / R / F1        compromise P / R / F1');
  for (const [type, key] of TYPES) {
    const goldOf = (file: GoldFile): GoldEntity[] => file[key] ?? [];
    const a = scoreNames(gold.map(goldOf), ours.map((forms) => forms[type]));
    const b = scoreNames(gold.map(goldOf), theirs.map((forms) => forms[type]));
    const f = (s: { precision: number; recall: number; f1: number }) =>
      `${s.precision.toFixed(3)} / ${s.recall.toFixed(3)} / ${s.f1.toFixed(3)}`;
    console.log(`${type.padEnd(8)} ${f(a).padEnd(25)} ${f(b)}`);
  }
} else {
  console.log(nameRecognizers.length ? '  (no English gold with names)' : '  (no name recognizer registered)');
}

// ── throughput, same English text for both ─────────────────────────────────────
function repeatTo(text: string, mb: number): string[] {
  const copies: string[] = [];
  for (let size = 0; size < mb * 1024 * 1024; size += Buffer.byteLength(text)) copies.push(text);
  return copies;
}

if (sources.length && nameRecognizers.length) {
  const englishText = sources.map((source) => source.text).join('');
  const rounds = repeatTo(englishText, throughputMb);
  const mb = (rounds.length * Buffer.byteLength(englishText)) / 1024 / 1024;
  const ours = timed(() => {
    for (let i = 0; i < rounds.length; i++) for (const source of sources) annotate(source, nameRecognizers);
  }).seconds;
  const theirs = timed(() => {
    for (let i = 0; i < rounds.length; i++) for (const source of sources) compromiseForms(source.text);
  }).seconds;
  console.log(
    `\nName throughput on the English seeds (${mb.toFixed(1)} MB): Dossier ${(mb / ours).toFixed(2)} MB/s, ` +
      `compromise ${(mb / theirs).toFixed(2)} MB/s — Dossier ${(theirs / ours).toFixed(1)}× faster (target ≥ 10×)`,
  );
}

// ── the whole extraction on all seeds repeated ────────────────────────────────────
const allSeeds = await Promise.all(
  ['000_e0a4a8210e7bd8d3', '001_761d5c734d833c29', '002_9ff9c4e8dcadf0df', '003_99594d2c9f9c4830', '004_3cf1fd47c83241f0'].map((name) =>
    analyzeFile(join(root, 'examples', 'seeds', 'texts', `${name}.txt`)),
  ),
);
const seedBytes = allSeeds.reduce((sum, source) => sum + Buffer.byteLength(source.text), 0);
const used: readonly Recognizer[] = recognizers;
const extract = (corpus: readonly AnalyzedSource[]) => resolve(corpus.map((source) => annotate(source, used)));
// Each copy is a distinct source (its own id), as a corpus of that size would be.
const copiesOfSeeds = (copies: number, tag: string) =>
  Array.from({ length: copies }, (_, copy) => allSeeds.map((source) => ({ ...source, id: `${source.id}-${tag}${copy}` }))).flat();
// The first pass: words new to every cache (az's analyses above all), the town index built on
// first use and the compiler's warm-up; a corpus of varied text pays the first part on every new word.
const firstPass = timed(() => extract(copiesOfSeeds(1, 'first-')));
const copies = Math.max(1, Math.ceil((throughputMb * 1024 * 1024) / seedBytes));
const corpus = copiesOfSeeds(copies, '');
const annotating = timed(() => corpus.map((source) => annotate(source, used)));
const resolving = timed(() => resolve(annotating.result));
const corpusMb = (copies * seedBytes) / 1024 / 1024;
const whole = { seconds: annotating.seconds + resolving.seconds, cpuSeconds: annotating.cpuSeconds + resolving.cpuSeconds };
console.log(`\nWhole extraction (${used.map((r) => r.name).join(', ') || 'no recognizers'} + resolution):`);
console.log(`  first pass over the seeds, caches cold and warm-up included (${(seedBytes / 1024 / 1024).toFixed(2)} MB): ${speed(seedBytes / 1024 / 1024, firstPass)}`);
console.log(
  `  the seeds repeated, ${corpusMb.toFixed(1)} MB: ${speed(corpusMb, whole)}; annotate ${annotating.seconds.toFixed(1)} s, resolve ${resolving.seconds.toFixed(1)} s (target ≥ 1 MB/s on one core)`,
);
