/**
 * Latency of the HTTP API under load: search, entity and reader calls to the real `dossier serve`
 * on a store of 200,000 passages, 50 concurrent connections from autocannon on loopback.
 *
 *   npx tsc -p tsconfig.json && node --import tsx bench/api.ts [--passages 200000] [--annotated 20000] [--seconds 10] [--db FILE]
 *
 * The store is the search benchmark's corpus. Its first `--annotated` passages are annotated and
 * resolved as `dossier ingest` does, so that entities, dates and the search filters are real; the
 * rest is stored as `dossier ingest --no-annotate` stores a large archive (annotating all of it
 * would take most of an hour). Given --db, a store an earlier run left there is used again;
 * without it the store is temporary.
 * Each endpoint gets a mix of requests (queries with and without filters, entities from the most
 * to the least mentioned, sources across the store), cycled by every connection.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { annotate, ANNOTATOR_VERSION, prepareRecognizers } from '../src/annotate/index.js';
import type { AnnotatedSource } from '../src/model.js';
import { resolve } from '../src/resolve/index.js';
import { openStore } from '../src/store/open.js';
import type { StorableSource } from '../src/store/store.js';
import { buildSources, option, SEARCH_QUERIES } from './corpus.js';

const CLI = fileURLToPath(new URL('../bin/dossier.js', import.meta.url));
const CONNECTIONS = 50;
/** Requests per endpoint's mix. */
const MIX = 40;
const SOURCES_PER_TRANSACTION = 20;
/** As bench/corpus.ts makes them. */
const PASSAGES_PER_SOURCE = 500;

function textOption(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** `count` items spread evenly over `items`, first and last included. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, k) => items[Math.round((k * (items.length - 1)) / (count - 1))]!);
}

async function buildStore(file: string, passages: number, annotatedPassages: number): Promise<void> {
  const started = performance.now();
  const { sources } = buildSources(passages);
  const annotatedSources = Math.ceil(annotatedPassages / PASSAGES_PER_SOURCE);
  await prepareRecognizers();
  const store = await openStore(file);
  try {
    const annotated: AnnotatedSource[] = [];
    for (let first = 0; first < sources.length; first += SOURCES_PER_TRANSACTION) {
      const group = sources.slice(first, first + SOURCES_PER_TRANSACTION).map((source, k): StorableSource => {
        if (first + k >= annotatedSources) return source;
        const withMentions = annotate(source);
        annotated.push(withMentions);
        return { ...withMentions, annotator: ANNOTATOR_VERSION };
      });
      await store.putSources(group);
      process.stderr.write(`\rstored ${Math.min(first + SOURCES_PER_TRANSACTION, sources.length)}/${sources.length} sources`);
    }
    process.stderr.write('\nresolving entities…\n');
    await store.putResolution(resolve(annotated));
  } finally {
    await store.close();
  }
  console.log(`built the store in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

/** The requests of each endpoint's mix, chosen from what the store holds. */
async function requestMixes(file: string): Promise<Record<string, string[]>> {
  const store = await openStore(file);
  try {
    const stats = await store.stats();
    console.log(`store: ${stats.sources} sources, ${stats.passages} passages, ${stats.entities.person + stats.entities.place + stats.entities.org} entities, ${stats.documents} documents`);
    const filters = ['', '&kind=person', '&kind=place', '&from=1921&to=1921', '&lang=en', '&kind=org&from=1920-01&to=1922-12'];
    const search = spread(SEARCH_QUERIES, MIX).map((query, k) => `/api/search?q=${encodeURIComponent(query)}${filters[k % filters.length]}`);
    const entities = spread(await store.listEntities(), MIX).map((entity) => `/api/entities/${entity.id}`);
    const reader = spread(await store.listSources(), MIX).map((source) => `/api/sources/${source.id}`);
    return { search, entity: entities, reader };
  } finally {
    await store.close();
  }
}

/** Starts `dossier serve` on a free loopback port; resolves with its URL and a way to stop it. */
async function startServer(file: string): Promise<{ url: string; stop: () => Promise<number | null> }> {
  const server = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--host', '127.0.0.1', '--db', file], {
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    server.stdout.setEncoding('utf8');
    server.stdout.on('data', (chunk: string) => {
      output += chunk;
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (found) resolve(found[0]);
    });
    server.once('exit', (code) => reject(new Error(`dossier serve exited ${code}: ${output} (was it built? npx tsc -p tsconfig.json)`)));
  });
  const stop = () =>
    new Promise<number | null>((resolve) => {
      server.once('exit', resolve);
      server.kill('SIGTERM');
    });
  return { url, stop };
}

interface Figures {
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
  errors: number;
}

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

/** Every response's time is kept (autocannon's own summary has no 95th percentile). */
async function load(url: string, paths: readonly string[], seconds: number): Promise<Figures> {
  const times: number[] = [];
  let errors = 0;
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: paths.map((requestPath) => ({ method: 'GET' as const, path: requestPath })),
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
    times.push(responseTime);
    if (status !== 200) errors++;
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    requestsPerSecond: times.length / seconds,
    errors: errors + result.errors + result.timeouts,
  };
}

async function main(): Promise<void> {
  const passages = option('passages', 200_000);
  const seconds = option('seconds', 10);
  const given = textOption('db');
  const folder = given ? undefined : mkdtempSync(path.join(tmpdir(), 'dossier-bench-api-'));
  const file = given ?? path.join(folder!, 'bench.db');
  try {
    if (!existsSync(file)) await buildStore(file, passages, option('annotated', 20_000));
    const mixes = await requestMixes(file);
    const server = await startServer(file);
    try {
      console.log(`\n${CONNECTIONS} connections, ${seconds} s per endpoint, ${MIX} different requests each, after one warm-up pass\n`);
      console.log(['endpoint', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s', 'errors'].map((cell, k) => (k === 0 ? cell.padEnd(10) : cell.padStart(9))).join(''));
      let worstP95 = 0;
      for (const [endpoint, paths] of Object.entries(mixes)) {
        for (const requestPath of paths) await fetch(new URL(requestPath, server.url)).then((response) => response.arrayBuffer());
        const figures = await load(server.url, paths, seconds);
        worstP95 = Math.max(worstP95, figures.p95);
        const cells = [figures.p50, figures.p95, figures.p99].map((ms) => ms.toFixed(1));
        console.log([endpoint.padEnd(10), ...cells, figures.requestsPerSecond.toFixed(0), String(figures.errors)].map((cell, k) => (k === 0 ? cell : cell.padStart(9))).join(''));
      }
      console.log(`\nTarget: p95 < 100 ms on every endpoint → ${worstP95 < 100 ? 'met' : 'NOT met'}`);
    } finally {
      const code = await server.stop();
      if (code !== 0) console.log(`dossier serve exited ${code}`);
    }
  } finally {
    if (folder) rmSync(folder, { recursive: true, force: true });
  }
}

await main();
