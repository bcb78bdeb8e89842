/**
 * The two stores side by side: ingest of the seed texts (read → … → annotate → resolve → store),
 * storing and indexing generated passages, and search latency on them, with every search's hits
 * compared between the stores.
 *
 *   DOSSIER_BENCH_POSTGRES=postgres://user@127.0.0.1:5432/postgres node --import tsx bench/stores.ts [--passages 20000] [--rounds 10]
 *
 * The PostgreSQL user must be allowed to create databases: each run makes its own and drops it.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestFiles } from '../src/ingest/batch.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import { onServer } from '../test/store-kinds.js';
import { buildSources, option, SEARCH_QUERIES as QUERIES } from './corpus.js';
import { percentile } from './timing.js';

const SEEDS = fileURLToPath(new URL('../examples/seeds/texts/', import.meta.url));

async function seconds(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return (performance.now() - started) / 1000;
}

async function main(): Promise<void> {
  const server = process.env.DOSSIER_BENCH_POSTGRES;
  if (!server) throw new Error('DOSSIER_BENCH_POSTGRES must name a PostgreSQL server (postgres://user@host:port/db)');
  const passageCount = option('passages', 20_000);
  const rounds = option('rounds', 10);
  const folder = mkdtempSync(path.join(tmpdir(), 'dossier-bench-stores-'));
  const databases: string[] = [];
  const freshPostgres = async (name: string) => {
    const database = `dossier_bench_${process.pid}_${name}`;
    await onServer(server, `CREATE DATABASE ${database}`);
    databases.push(database);
    const url = new URL(server);
    url.pathname = `/${database}`;
    return url.toString();
  };
  try {
    const seeds = readdirSync(SEEDS).sort().map((name) => path.join(SEEDS, name));
    const { sources } = buildSources(passageCount);
    const locations = {
      sqlite: { seeds: path.join(folder, 'seeds.db'), passages: path.join(folder, 'passages.db') },
      postgres: { seeds: await freshPostgres('seeds'), passages: await freshPostgres('passages') },
    };
    const stores: Partial<Record<'sqlite' | 'postgres', Store>> = {};
    // Untimed: the first ingest of a process loads the dictionaries and meets every word for the first time.
    const warmUp = await openStore(':memory:');
    await ingestFiles(warmUp, seeds);
    await warmUp.close();
    console.log(`ingest of the ${seeds.length} seed texts (annotated and resolved); ${passageCount} generated passages stored; ${QUERIES.length} queries × ${rounds}\n`);
    for (const kind of ['sqlite', 'postgres'] as const) {
      const seedStore = await openStore(locations[kind].seeds);
      const ingest = await seconds(() => ingestFiles(seedStore, seeds));
      await seedStore.close();
      const store = await openStore(locations[kind].passages);
      const put = await seconds(async () => {
        for (const source of sources) await store.putSource(source);
      });
      for (const query of QUERIES) await store.search({ text: query });
      const samples: number[] = [];
      for (let round = 0; round < rounds; round++) {
        for (const query of QUERIES) {
          const started = performance.now();
          await store.search({ text: query });
          samples.push(performance.now() - started);
        }
      }
      stores[kind] = store;
      const sorted = samples.sort((a, b) => a - b);
      console.log(
        `${kind.padEnd(9)} ingest of the seeds ${ingest.toFixed(1)} s; storing the passages ${put.toFixed(1)} s; ` +
          `search p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p95 ${percentile(sorted, 0.95).toFixed(1)} ms`,
      );
    }
    let differing = 0;
    for (const query of QUERIES) {
      const [a, b] = [await stores.sqlite!.search({ text: query }), await stores.postgres!.search({ text: query })];
      const hits = (result: typeof a) => JSON.stringify([result.total, result.hits.map((hit) => [hit.sourceId, hit.passage, hit.score])]);
      if (hits(a) !== hits(b)) {
        differing++;
        console.log(`differs: ${query}`);
      }
    }
    console.log(`\nqueries whose total, hits, order or scores differ between the stores: ${differing} of ${QUERIES.length}`);
    await Promise.all(Object.values(stores).map((store) => store.close()));
  } finally {
    rmSync(folder, { recursive: true, force: true });
    for (const database of databases) await onServer(server, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

await main();
