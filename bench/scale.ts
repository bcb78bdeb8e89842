/**
 * Ingest at scale: a corpus of `--mb` megabytes (default 1024) ingested into a fresh store with
 * one extraction thread and with two (`--jobs 1`, `--jobs 2`), on SQLite and, given a server,
 * on PostgreSQL; for each, MB/s, peak memory, store size per MB of text and search latency
 * afterwards.
 *
 *   node --import tsx bench/scale.ts [--mb 1024] [--annotate | --no-annotate] [--postgres postgres://server/]
 *
 * The corpus: files of 32–512 KB, each a numbered heading and the seed texts' paragraphs drawn
 * at random, every paragraph varied — the names of the period's actors swapped for others of
 * the same script (`Чичерину` → `Карахану`), years moved within 1917–1925, day numbers and
 * other figures redrawn — so texts differ in their words, dates and figures as well as their
 * order, and no two files share a text (no deduplication shortcut). The same seed gives the
 * same corpus. Each configuration runs in its own process, so its peak RSS (worker threads
 * included: they share the process) is its own. With --postgres, each run gets a new database
 * on that server. Search: the queries of bench/corpus.ts, 5 rounds, after the ingest.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ingestFiles } from '../src/ingest/batch.js';
import { openStore } from '../src/store/open.js';
import { seededRandom } from '../src/util/random.js';
import { option, SEARCH_QUERIES, seedParagraphs } from './corpus.js';
import { percentile } from './timing.js';

interface Run {
  store: 'sqlite' | 'postgres';
  jobs: number;
  /** A file path, or a PostgreSQL URL. */
  db: string;
  corpus: string;
  annotate: boolean;
}

interface Measured {
  seconds: number;
  /** CPU time of the whole process, every thread's. */
  cpuSeconds: number;
  /** Of `seconds`, the work after the files: annotating older sources again, resolving entities (one thread). */
  afterFilesSeconds: number;
  files: number;
  failed: number;
  peakRssMb: number;
  storeBytes: number;
  searchP50: number;
  searchP95: number;
}

const SEARCH_ROUNDS = 5;

async function main(): Promise<void> {
  const megabytes = option('mb', 1024);
  const annotate = !process.argv.includes('--no-annotate');
  const postgresAt = process.argv.indexOf('--postgres');
  const postgres = postgresAt >= 0 ? process.argv[postgresAt + 1] : undefined;

  const work = mkdtempSync(join(tmpdir(), 'dossier-bench-scale-'));
  try {
    const corpus = join(work, 'corpus');
    const generated = performance.now();
    const { files, bytes } = generateCorpus(corpus, megabytes * 1024 * 1024);
    const mb = bytes / 1024 / 1024;
    console.log(`corpus: ${files} files, ${mb.toFixed(1)} MB, made in ${((performance.now() - generated) / 1000).toFixed(0)} s`);
    console.log(`ingest ${annotate ? 'with dates, quantities, names and entities' : 'without annotation (--no-annotate)'}, ${SEARCH_QUERIES.length} queries × ${SEARCH_ROUNDS} after it\n`);
    console.log('store     jobs  seconds (resolving)    MB/s  MB/CPU s  peak RSS  store/MB text  search p50  search p95  failed');

    const stores: Array<Run['store']> = postgres ? ['sqlite', 'postgres'] : ['sqlite'];
    for (const store of stores) {
      for (const jobs of [1, 2]) {
        const db = store === 'sqlite' ? join(work, `jobs-${jobs}.db`) : await freshDatabase(postgres!, `dossier_bench_scale_${jobs}`);
        const result = runChild({ store, jobs, db, corpus, annotate });
        if ('error' in result) {
          console.log(`${store.padEnd(9)} ${String(jobs).padStart(4)}  failed: ${result.error}`);
        } else {
          console.log(
            `${store.padEnd(9)} ${String(jobs).padStart(4)} ${result.seconds.toFixed(1).padStart(8)} ${`(${result.afterFilesSeconds.toFixed(1)})`.padStart(11)} ${(mb / result.seconds).toFixed(2).padStart(7)} ` +
              `${(mb / result.cpuSeconds).toFixed(2).padStart(9)} ` +
              `${`${result.peakRssMb.toFixed(0)} MB`.padStart(9)} ${(result.storeBytes / bytes).toFixed(2).padStart(14)} ` +
              `${`${result.searchP50.toFixed(1)} ms`.padStart(11)} ${`${result.searchP95.toFixed(1)} ms`.padStart(11)} ${String(result.failed).padStart(7)}`,
          );
        }
        if (store === 'sqlite') for (const file of [db, `${db}-wal`, `${db}-shm`]) rmSync(file, { force: true });
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** One configuration in a process of its own (with this process's loader), so that its peak memory is its own. */
function runChild(run: Run): Measured | { error: string } {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [...process.execArgv, script, '--child', JSON.stringify(run)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) return { error: (child.stderr || `exit ${child.status}`).trim().split('\n').slice(-3).join(' ') };
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as Measured;
}

async function measure(run: Run): Promise<Measured> {
  const store = await openStore(run.db);
  let measured: Omit<Measured, 'storeBytes'>;
  try {
    const files = listCorpus(run.corpus);
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
    const cpu = process.cpuUsage();
    let filesDone: number | undefined;
    const summary = await ingestFiles(store, files, { jobs: run.jobs, annotate: run.annotate, onStep: () => (filesDone ??= performance.now()) });
    const ended = performance.now();
    const { user, system } = process.cpuUsage(cpu);
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);

    const latencies: number[] = [];
    for (let round = 0; round < SEARCH_ROUNDS; round++) {
      for (const text of SEARCH_QUERIES) {
        const started = performance.now();
        await store.search({ text, limit: 20 });
        latencies.push(performance.now() - started);
      }
    }
    latencies.sort((a, b) => a - b);
    measured = {
      seconds: summary.seconds,
      cpuSeconds: (user + system) / 1e6,
      afterFilesSeconds: filesDone === undefined ? 0 : (ended - filesDone) / 1000,
      files: summary.files.length,
      failed: summary.failed,
      peakRssMb: peakRss / 1024 / 1024,
      searchP50: percentile(latencies, 0.5),
      searchP95: percentile(latencies, 0.95),
    };
  } finally {
    await store.close();
  }
  // Measured closed, when SQLite has folded its write-ahead log into the file.
  return { ...measured, storeBytes: await storeSize(run) };
}

async function storeSize(run: Run): Promise<number> {
  if (run.store === 'sqlite') return [run.db, `${run.db}-wal`].reduce((sum, file) => sum + (statSync(file, { throwIfNoEntry: false })?.size ?? 0), 0);
  const client = new pg.Client({ connectionString: run.db });
  await client.connect();
  try {
    const { rows } = await client.query<{ size: string }>('SELECT pg_database_size(current_database()) AS size');
    return Number(rows[0]!.size);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the server, replacing one of the same name left by an earlier run. */
async function freshDatabase(server: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.href;
}

function listCorpus(folder: string): string[] {
  return readdirSync(folder).sort().map((name) => join(folder, name));
}

// ── the corpus ────────────────────────────────────────────────────────────────

/** Names of the period's actors as the seeds write them, by script: each may stand for another of its list. */
const ACTORS = {
  cyrillic: ['Чичерин', 'Карахан', 'Ганецкий', 'Фрунзе', 'Орджоникидзе', 'Литвинов', 'Красин', 'Аралов', 'Нариманов', 'Энвер', 'Кемаль', 'Джемаль'],
  latin: ['Chicherin', 'Karakhan', 'Frunze', 'Litvinov', 'Krasin', 'Aralov', 'Enver', 'Kemal', 'Cemal', 'Talat', 'Lenin', 'Stalin'],
};
const ACTOR_PATTERN = new RegExp([...ACTORS.cyrillic, ...ACTORS.latin].join('|'), 'g');

function generateCorpus(folder: string, targetBytes: number): { files: number; bytes: number } {
  mkdirSync(folder, { recursive: true });
  const paragraphs = seedParagraphs();
  const random = seededRandom(1921);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const vary = (paragraph: string) =>
    paragraph
      .replace(ACTOR_PATTERN, (name) => pick(/\p{Script=Cyrillic}/u.test(name) ? ACTORS.cyrillic : ACTORS.latin))
      .replace(/\d+/g, (digits) => {
        const value = Number(digits);
        if (value >= 1800 && value <= 1999) return String(1917 + Math.floor(random() * 9));
        if (digits.length <= 2) return String(1 + Math.floor(random() * 28));
        return String(10 ** (digits.length - 1) + Math.floor(random() * 9 * 10 ** (digits.length - 1)));
      });

  let bytes = 0;
  let files = 0;
  while (bytes < targetBytes) {
    const size = 32 * 1024 + Math.floor(random() * 480 * 1024);
    const parts = [`Document ${files + 1}`];
    let length = 0;
    while (length < size) {
      const paragraph = vary(pick(paragraphs));
      parts.push(paragraph);
      length += Buffer.byteLength(paragraph) + 2;
    }
    const text = `${parts.join('\n\n')}\n`;
    writeFileSync(join(folder, `${String(files).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
    files++;
  }
  return { files, bytes };
}

// Last, once every constant above is defined.
const childAt = process.argv.indexOf('--child');
if (childAt >= 0) {
  const run = JSON.parse(process.argv[childAt + 1]!) as Run;
  process.stdout.write(`${JSON.stringify(await measure(run))}\n`);
} else {
  await main();
}
