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
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { analyze } from '../src/search/analyzer.js';
import { openStore } from '../src/store/open.js';
import { buildSources, option, SEARCH_QUERIES as QUERIES } from './corpus.js';
import { percentile } from './timing.js';

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
