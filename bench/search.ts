/**
 * Search latency of the SQLite store against MiniSearch, on the same passages and queries.
 *
 *   node --import tsx bench/search.ts [--passages 200000] [--rounds 20]
 *
 * The passages are the seed texts' paragraphs, varied deterministically (words shuffled
 * within sentences, sentences of two paragraphs mixed) so the index is not copies of
 * the same rows. MiniSearch gets the same analyzer (Dossier's `analyze` as its
 * tokenizer, terms used as they come), AND as its default combination and prefix
 * search for prefix queries; it has no phrases, so a phrase runs as AND of its words.
 * Dossier's latency is the whole `search()` call: ranking, total count, snippets.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import type { AnalyzedSource, Passage } from '../src/model.js';
import { OffsetMap } from '../src/normalize/offset-map.js';
import { analyze } from '../src/search/analyzer.js';
import { openStore } from '../src/store/open.js';
import { seededRandom as prng } from '../src/util/random.js';

const SEEDS = fileURLToPath(new URL('../examples/seeds/texts/', import.meta.url));
const PASSAGES_PER_SOURCE = 500;

const QUERIES = [
  // Names, as written and inflected.
  'Энвер', 'Энвера', 'Кемаль', 'Кемалю', 'Чичерин', 'Чичерину', 'Карахан', 'Ганецкий', 'Фрунзе', 'Ленину',
  'Enver', 'Kemal', 'Chicherin', 'Frunze', 'Lenin', 'Atatürk', 'Ataturk', 'Pasha',
  // Places and things, inflected.
  'Батум', 'Батуме', 'Анкары', 'Москве', 'Карс', 'договора', 'договоре', 'телеграмма', 'оружия', 'золота',
  'Ankara', 'Moscow', 'treaties', 'letters', 'Bolsheviks', 'Greek', 'revolution',
  // Two words (AND), OR, NOT.
  'Энвер Батум', 'Кемаль Москва', 'советское правительство', 'Чичерин Карахан', 'Soviet Turkey', 'Kemal Enver',
  'Батум OR Карс', 'Enver -Kemal',
  // Phrases.
  '"Энвер-паши"', '"Великого Национального Собрания"', '"Soviet Russia"', '"foreign affairs"',
  // Prefixes.
  'догов*', 'револю*', 'Bolshev*', 'diplom*',
];


function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} takes a positive whole number`);
  return value;
}

function seedParagraphs(): string[] {
  return readdirSync(SEEDS)
    .sort()
    .flatMap((file) => readFileSync(path.join(SEEDS, file), 'utf8').split(/\n/))
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length >= 20);
}

function languageOf(text: string): string {
  const cyrillic = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  return cyrillic >= latin ? 'ru' : 'en';
}

/** A variation of a seed paragraph: words shuffled in most sentences, sometimes sentences of a second paragraph added. */
function varyParagraph(paragraphs: string[], random: () => number): string {
  const pick = () => paragraphs[Math.floor(random() * paragraphs.length)]!;
  const sentences = pick().split(/(?<=[.!?])\s+/);
  if (random() < 0.3) sentences.push(...pick().split(/(?<=[.!?])\s+/).slice(0, 2));
  return sentences
    .map((sentence) => (random() < 0.7 ? shuffle(sentence.split(' '), random).join(' ') : sentence))
    .join(' ');
}

function buildSources(count: number): { sources: AnalyzedSource[]; passages: string[] } {
  const paragraphs = seedParagraphs();
  const random = prng(1921);
  const passages = Array.from({ length: count }, () => varyParagraph(paragraphs, random));
  const sources: AnalyzedSource[] = [];
  for (let first = 0; first < count; first += PASSAGES_PER_SOURCE) {
    const group = passages.slice(first, first + PASSAGES_PER_SOURCE);
    const text = group.join('\n\n');
    let start = 0;
    const spans: Passage[] = group.map((paragraph) => {
      const passage: Passage = {
        start,
        end: start + paragraph.length,
        kind: 'body',
        lang: languageOf(paragraph),
        sentences: [{ start, end: start + paragraph.length }],
      };
      start += paragraph.length + 2;
      return passage;
    });
    sources.push({
      id: createHash('sha256').update(text).digest('hex'),
      path: `/bench/source-${sources.length}.txt`,
      title: `Source ${sources.length}`,
      format: 'txt',
      encoding: 'UTF-8',
      bytes: Buffer.byteLength(text),
      languages: ['ru', 'en'],
      text,
      passages: spans,
      map: OffsetMap.identity(text.length),
    });
  }
  return { sources, passages };
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

interface Latency {
  p50: number;
  p95: number;
  max: number;
}

function summarize(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted[sorted.length - 1]! };
}

async function time(run: () => unknown | Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

async function main(): Promise<void> {
  const passageCount = option('passages', 200_000);
  const rounds = option('rounds', 20);
  const folder = mkdtempSync(path.join(tmpdir(), 'dossier-bench-'));
  const dbFile = path.join(folder, 'bench.db');
  try {
    const { sources, passages } = buildSources(passageCount);
    const textBytes = sources.reduce((sum, source) => sum + source.bytes, 0);
    console.log(`corpus: ${passages.length} passages in ${sources.length} sources, ${mb(textBytes)} of text`);
    console.log(`queries: ${QUERIES.length}, each run ${rounds} times per engine after one warm-up round\n`);

    const store = await openStore(dbFile);
    const heapBeforeStore = process.memoryUsage().heapUsed;
    const storeBuild = await time(async () => {
      for (const source of sources) await store.putSource(source);
    });
    const storeHeap = process.memoryUsage().heapUsed - heapBeforeStore;
    const fileBytes = ['', '-wal'].reduce((sum, suffix) => {
      try {
        return sum + statSync(dbFile + suffix).size;
      } catch {
        return sum;
      }
    }, 0);

    const heapBeforeMini = process.memoryUsage().heapUsed;
    const mini = new MiniSearch<{ id: number; text: string }>({
      fields: ['text'],
      tokenize: (text) => analyze(text).map((token) => token.term),
      processTerm: (term) => term,
      searchOptions: { combineWith: 'AND' },
    });
    const miniBuild = await time(() => mini.addAll(passages.map((text, id) => ({ id, text }))));
    global.gc?.();
    const miniHeap = process.memoryUsage().heapUsed - heapBeforeMini;

    const runDossier = (query: string) => store.search({ text: query });
    const runMini = (query: string) => {
      const terms = query.replace(/["*]/g, '').replace(/-\S+/g, '');
      return mini.search(terms, { prefix: query.endsWith('*'), combineWith: query.includes(' OR ') ? 'OR' : 'AND' });
    };

    // A warm-up round (caches, JIT) that also counts the matches of each engine.
    let dossierMatches = 0;
    let miniMatches = 0;
    for (const query of QUERIES) {
      dossierMatches += (await runDossier(query)).total;
      miniMatches += runMini(query).length;
    }
    const samples = { dossier: [] as number[], mini: [] as number[] };
    const perQuery = new Map<string, number[]>(QUERIES.map((query) => [query, []]));
    for (let round = 0; round < rounds; round++) {
      for (const query of QUERIES) {
        const elapsed = await time(() => runDossier(query));
        samples.dossier.push(elapsed);
        perQuery.get(query)!.push(elapsed);
        samples.mini.push(await time(() => runMini(query).slice(0, 20)));
      }
    }
    const dossier = summarize(samples.dossier);
    const other = summarize(samples.mini);
    await store.close();

    const row = (cells: string[]) => console.log(cells.map((cell, k) => (k === 0 ? cell.padEnd(26) : cell.padStart(14))).join(''));
    row(['', 'Dossier', 'MiniSearch', 'ratio']);
    row(['latency p50 (ms)', dossier.p50.toFixed(2), other.p50.toFixed(2), `${(other.p50 / dossier.p50).toFixed(1)}x`]);
    row(['latency p95 (ms)', dossier.p95.toFixed(2), other.p95.toFixed(2), `${(other.p95 / dossier.p95).toFixed(1)}x`]);
    row(['latency max (ms)', dossier.max.toFixed(2), other.max.toFixed(2), `${(other.max / dossier.max).toFixed(1)}x`]);
    row(['index build (s)', (storeBuild / 1000).toFixed(1), (miniBuild / 1000).toFixed(1), '']);
    row(['build throughput (MB/s)', (textBytes / 1e6 / (storeBuild / 1000)).toFixed(1), (textBytes / 1e6 / (miniBuild / 1000)).toFixed(1), '']);
    row(['memory: JS heap growth', mb(Math.max(0, storeHeap)), mb(Math.max(0, miniHeap)), '']);
    row(['memory: database file', mb(fileBytes), '-', '']);
    row(['matches, all queries', String(dossierMatches), String(miniMatches), '']);
    console.log(`\nratio = MiniSearch / Dossier (above 1: Dossier is faster). Target: Dossier p95 < 20 ms → ${dossier.p95 < 20 ? 'met' : 'NOT met'}; faster than MiniSearch at p95 → ${dossier.p95 < other.p95 ? 'yes' : 'no'}.`);
    console.log(`process RSS at the end: ${mb(process.memoryUsage().rss)}`);
    const slowest = [...perQuery].map(([query, times]) => ({ query, p50: summarize(times).p50 })).sort((a, b) => b.p50 - a.p50);
    console.log(`slowest Dossier queries (p50 ms): ${slowest.slice(0, 6).map(({ query, p50 }) => `${query} ${p50.toFixed(1)}`).join(', ')}`);
  } finally {
    if (process.env.KEEP_BENCH_DB) console.log(`kept ${dbFile}`);
    else rmSync(folder, { recursive: true, force: true });
  }
}

await main();
