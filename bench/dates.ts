/**
 * The date tagger against chrono-node, in one run:
 *
 * 1. throughput (MB/s of normalized text) of Dossier's date and quantity recognizers and of
 *    chrono's Russian and English parsers, on the seeds' passages repeated to `--mb` MB;
 * 2. accuracy of both against the gold files in test/gold/: span precision, recall and F1,
 *    and the share of matched spans whose EDTF value is right.
 *
 * chrono reads each passage with the parser of its language (Russian, else English), with the
 * document's first explicit year, 1 July, as reference date. Its results become EDTF at the
 * precision chrono is certain of: the day when it knows the day, the month when it knows the
 * month, the year alone when only the year; a range as an interval.
 *
 *   node --import tsx bench/dates.ts [--mb 5]
 */
import { existsSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as chrono from 'chrono-node';
import { prepareRecognizers, recognizers } from '../src/annotate/index.js';
import { loadGoldDir } from '../src/eval/gold.js';
import { scoreDates, type SpanCategoryScore, type SystemDate } from '../src/eval/score.js';
import { analyzeFile } from '../src/ingest/analyze.js';
import type { AnalyzedSource, Doc, Mention, Passage } from '../src/model.js';

const seedsDir = new URL('../examples/seeds/texts/', import.meta.url);
const goldDir = new URL('../test/gold/', import.meta.url);
const targetMb = Number(process.argv[process.argv.indexOf('--mb') + 1] || 5) || 5;

const timed = recognizers.filter((recognizer) => recognizer.kinds.some((kind) => kind === 'date' || kind === 'quantity'));
await prepareRecognizers(timed);

const seeds = await Promise.all(readdirSync(seedsDir).sort().map((name) => analyzeFile(new URL(name, seedsDir).pathname)));

// ── throughput ──────────────────────────────────────────────────────────────

function docOf(source: AnalyzedSource): Doc {
  return { id: source.id, text: source.text, passages: source.passages, languages: source.languages, mentions: [] };
}

/** The recognizers in their running order, each seeing the mentions before it, as `annotate` runs them. */
function runDossier(doc: Doc, using = timed): Mention[] {
  let mentions: Mention[] = [];
  for (const recognizer of using) mentions = [...mentions, ...recognizer.recognize({ ...doc, mentions })];
  return mentions;
}

/** 1 July of the first year the text states: the reference date chrono dates partial dates by. */
function referenceDate(text: string): Date {
  const year = /(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)/.exec(text)?.[1];
  return new Date(Date.UTC(year ? Number(year) : new Date().getUTCFullYear(), 6, 1, 12));
}

function chronoParser(passage: Passage): chrono.Chrono {
  return passage.lang === 'ru' ? chrono.ru.casual : chrono.en.casual;
}

function runChrono(source: AnalyzedSource): chrono.ParsedResult[][] {
  const reference = referenceDate(source.text);
  return source.passages.map((passage) => chronoParser(passage).parse(source.text.slice(passage.start, passage.end), reference));
}

const seedBytes = seeds.reduce((sum, source) => sum + Buffer.byteLength(source.text, 'utf8'), 0);
const rounds = Math.ceil((targetMb * 1024 * 1024) / seedBytes);
const totalMb = (rounds * seedBytes) / 1024 / 1024;

interface Contender {
  name: string;
  work: (source: AnalyzedSource) => unknown;
  seconds: number;
}

const contenders: Contender[] = [
  ...timed.map((recognizer) => ({ name: `Dossier ${recognizer.name}`, work: (source: AnalyzedSource) => runDossier(docOf(source), [recognizer]), seconds: 0 })),
  { name: `Dossier ${timed.map((recognizer) => recognizer.name).join(' + ')}`, work: (source) => runDossier(docOf(source)), seconds: 0 },
  { name: 'chrono-node (ru/en by passage)', work: runChrono, seconds: 0 },
];
// Rounds take turns, so that a machine busy with other work slows every contender alike.
for (const contender of contenders) for (const source of seeds) contender.work(source);
for (let round = 0; round < rounds; round++) {
  for (const contender of contenders) {
    const start = performance.now();
    for (const source of seeds) contender.work(source);
    contender.seconds += (performance.now() - start) / 1000;
  }
}
const rate = (contender: Contender) => totalMb / contender.seconds;

console.log(`throughput on the seeds' normalized text repeated to ${totalMb.toFixed(1)} MB (${seeds.length} texts × ${rounds}):`);
for (const contender of contenders) console.log(`  ${contender.name.padEnd(38)} ${rate(contender).toFixed(2).padStart(8)} MB/s`);
const dossierRate = rate(contenders.at(-2)!);
const chronoRate = rate(contenders.at(-1)!);
console.log(`  ratio Dossier (dates + quantities) / chrono: ${(dossierRate / chronoRate).toFixed(1)}×`);

// ── accuracy ────────────────────────────────────────────────────────────────

function two(value: number): string {
  return String(value).padStart(2, '0');
}

/** EDTF at the precision chrono is certain of; what it only implies comes from the reference date. */
function componentsEdtf(components: chrono.ParsedComponents): string {
  const year = String(components.get('year')).padStart(4, '0');
  const month = two(components.get('month')!);
  const day = two(components.get('day')!);
  if (components.isCertain('day')) return `${year}-${month}-${day}`;
  if (components.isCertain('month')) return `${year}-${month}`;
  if (components.isCertain('year')) return year;
  // Only a time or a weekday: chrono puts it on a day near the reference date.
  return `${year}-${month}-${day}`;
}

export function chronoDates(source: AnalyzedSource): SystemDate[] {
  return runChrono(source).flatMap((results, index) => {
    const passage = source.passages[index]!;
    return results.map((result) => {
      const start = passage.start + result.index;
      const edtf = result.end ? `${componentsEdtf(result.start)}/${componentsEdtf(result.end)}` : componentsEdtf(result.start);
      return { start, end: start + result.text.length, text: result.text, edtf };
    });
  });
}

function dossierDates(source: AnalyzedSource): SystemDate[] {
  return runDossier(docOf(source)).flatMap((mention) =>
    mention.kind === 'date' ? [{ start: mention.start, end: mention.end, text: mention.text, edtf: mention.value.edtf }] : [],
  );
}

function row(name: string, score: SpanCategoryScore): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
  return `  ${name.padEnd(10)} ${percent(score.precision)} ${percent(score.recall)} ${percent(score.f1)} ${percent(score.valueAccuracy)}   ${score.tp}/${score.fp}/${score.fn}`;
}

const goldFiles = existsSync(goldDir) ? (await loadGoldDir(goldDir.pathname)).filter((file) => file.dates !== undefined) : [];
if (goldFiles.length === 0) {
  console.log('\naccuracy: no gold files with dates in test/gold/ yet');
} else {
  const golds = await Promise.all(goldFiles.map(async (file) => ({ file, source: await analyzeFile(file.textPath) })));
  const gold = golds.map(({ file, source }) => ({ text: file.textPath, normalizedText: source.text, dates: file.dates! }));
  const dossier = scoreDates(gold, golds.map(({ source }) => dossierDates(source)));
  const peer = scoreDates(gold, golds.map(({ source }) => chronoDates(source)));
  console.log(`\naccuracy on ${goldFiles.length} gold files (${gold.reduce((sum, file) => sum + file.dates.length, 0)} dates):`);
  console.log('             precision  recall     F1   EDTF ok   tp/fp/fn');
  console.log(row('Dossier', dossier));
  console.log(row('chrono', peer));
  if (process.argv.includes('--misses')) {
    for (const miss of dossier.misses) {
      console.log(`  ${miss.kind.padEnd(15)} ${goldFiles[miss.text]!.path.split('/').pop()}: ${miss.found}${miss.expected ? ` expected ${miss.expected}` : ''}${miss.got ? ` got ${miss.got}` : ''}`);
    }
  }
}
