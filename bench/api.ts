/**
 * Latency of the HTTP API under load: search, entity and reader calls to the real `dossier serve`
 * on a store of 200,000 passages, 50 concurrent connections on loopback from Debian's wrk (when it is
 * installed) or autocannon.
 *
 *   npx tsc -p tsconfig.json && node --import tsx bench/api.ts [--passages 200000] [--annotated 20000] [--seconds 10] [--workers N] [--db FILE] [--endpoints search,entity,reader] [--generator wrk|autocannon]
 *
 * The store is the search benchmark's corpus. Its first `--annotated` passages are annotated and
 * resolved as `dossier ingest` does, so that entities, dates and the search filters are real; the
 * rest is stored as `dossier ingest --no-annotate` stores a large archive (annotating all of it
 * would take most of an hour). Given --db, a store an earlier run left there is used again;
 * without it the store is temporary.
 * Each endpoint gets a mix of several hundred different requests: every query with every filter,
 * entities from the most to the least mentioned, reader windows across every source (the first
 * window, or the window around an offset, as opening a search hit asks for). The connections take
 * them in a shuffled order, one after the other, so requests in flight at the same time differ.
 * The server caches no answers; a warm-up pass over the mix first reads the file into memory.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { annotate, ANNOTATOR_VERSION, prepareRecognizers } from '../src/annotate/index.js';
import type { AnnotatedSource } from '../src/model.js';
import { resolve } from '../src/resolve/index.js';
import { openStore } from '../src/store/open.js';
import type { StorableSource } from '../src/store/store.js';
import { seededRandom } from '../src/util/random.js';
import { buildSources, option, SEARCH_QUERIES } from './corpus.js';
import { percentile } from './timing.js';

const CLI = fileURLToPath(new URL('../bin/dossier.js', import.meta.url));
const CONNECTIONS = 50;
/** At most this many different requests in an endpoint's mix. */
const MIX = 400;
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
    const search = SEARCH_QUERIES.flatMap((query) => filters.map((filter) => `/api/search?q=${encodeURIComponent(query)}${filter}`)).slice(0, MIX);
    const entities = spread(await store.listEntities(), MIX).map((entity) => `/api/entities/${entity.id}`);
    // Every other source from its first passage, the others around a character spread over the text.
    const reader = spread(await store.listSources(), MIX).map((source, k) =>
      k % 2 === 0 ? `/api/sources/${source.id}` : `/api/sources/${source.id}?at=${Math.floor(source.chars * ((k * 0.618) % 1))}`,
    );
    return { search, entity: entities, reader };
  } finally {
    await store.close();
  }
}

/** Starts `dossier serve` on a free loopback port; resolves with its URL and a way to stop it. */
async function startServer(file: string, workers: number | undefined): Promise<{ url: string; pid: number; stop: () => Promise<number | null> }> {
  const workerOption = workers === undefined ? [] : ['--workers', String(workers)];
  const server = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--host', '127.0.0.1', '--db', file, ...workerOption], {
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
  return { url, pid: server.pid!, stop };
}

/** Linux counts process times in ticks of 1/100 s (sysconf CLK_TCK). */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds the server's processes (the primary and its workers) have used so far, from
 * Linux's /proc; undefined elsewhere. Beside latency, which on a shared machine depends on what
 * else runs, this says what each answer costs.
 */
function serverCpuSeconds(pid: number): number | undefined {
  try {
    const workers = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    return [String(pid), ...workers].reduce((sum, each) => {
      // After the command's closing parenthesis: state is field 3, utime 14 and stime 15.
      const fields = readFileSync(`/proc/${each}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return sum + (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
    }, 0);
  } catch {
    return undefined;
  }
}

interface Figures {
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
  errors: number;
}

/** The paths in a shuffled order (the same order for both generators). */
function shuffled(paths: readonly string[]): string[] {
  const random = seededRandom(1921);
  const order = [...paths];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Every response's time is kept (autocannon's own summary has no 95th percentile). */
async function loadWithAutocannon(url: string, paths: readonly string[], seconds: number): Promise<Figures> {
  const times: number[] = [];
  let errors = 0;
  const order = shuffled(paths);
  let next = 0;
  const nextPath = () => order[next++ % order.length]!;
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    // One request whose path changes each time: a list of requests would be walked by every connection from its start, in step.
    requests: [{ method: 'GET' as const, setupRequest: (request) => ({ ...request, path: nextPath() }) }],
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

const WRK_THREADS = 2;

/**
 * wrk's script: each thread walks the shuffled paths from its own starting point (a thread has
 * its own Lua state, so they cannot share one turn), and the summary is printed as JSON.
 */
function wrkScript(paths: readonly string[]): string {
  return `local paths = { ${shuffled(paths).map((each) => JSON.stringify(each)).join(', ')} }
local started = 0
function setup(thread)
  thread:set("first", started * math.floor(#paths / ${WRK_THREADS}))
  started = started + 1
end
local next
function init(args)
  next = first or 0
end
function request()
  next = next + 1
  return wrk.format("GET", paths[(next % #paths) + 1])
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"p50":%f,"p95":%f,"p99":%f,"requests":%d,"microseconds":%d,"errors":%d}\\n',
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.duration, e.connect + e.read + e.write + e.status + e.timeout))
end
`;
}

/** wrk runs as a process of its own, in C: its latency histogram gives the percentiles. */
function loadWithWrk(url: string, paths: readonly string[], seconds: number): Figures {
  const folder = mkdtempSync(path.join(tmpdir(), 'dossier-bench-wrk-'));
  try {
    const script = path.join(folder, 'mix.lua');
    writeFileSync(script, wrkScript(paths));
    const run = spawnSync('wrk', ['-t', String(WRK_THREADS), '-c', String(CONNECTIONS), '-d', `${seconds}s`, '--timeout', '10s', '-s', script, url], {
      encoding: 'utf8',
    });
    const summary = /\{"p50".*\}/.exec(run.stdout ?? '');
    if (run.status !== 0 || !summary) throw new Error(`wrk failed (${run.status}): ${run.stderr || run.stdout}`);
    const figures = JSON.parse(summary[0]) as { p50: number; p95: number; p99: number; requests: number; microseconds: number; errors: number };
    return { ...figures, requestsPerSecond: figures.requests / (figures.microseconds / 1e6) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * CPU seconds used by this process's children that have ended (cutime + cstime in /proc): wrk's
 * share, once it has exited. The server, still running, is not counted.
 */
function endedChildrenCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}

type Generator = 'wrk' | 'autocannon';

/** wrk when it is installed: it takes far less of the shared cores than autocannon does. */
function chosenGenerator(): Generator {
  const asked = textOption('generator');
  if (asked !== undefined && asked !== 'wrk' && asked !== 'autocannon') throw new Error(`--generator must be wrk or autocannon, not ${asked}`);
  if (asked === 'autocannon') return 'autocannon';
  const installed = spawnSync('wrk', ['--version']).error === undefined;
  if (asked === 'wrk' && !installed) throw new Error('wrk is not installed (Debian: apt-get install wrk)');
  return installed ? 'wrk' : 'autocannon';
}

/** The figures of one endpoint's run, and the CPU seconds the load generator took. */
async function load(generator: Generator, url: string, paths: readonly string[], seconds: number): Promise<{ figures: Figures; generatorSeconds: number }> {
  if (generator === 'wrk') {
    const before = endedChildrenCpuSeconds();
    const figures = loadWithWrk(url, paths, seconds);
    return { figures, generatorSeconds: endedChildrenCpuSeconds() - before };
  }
  const before = process.cpuUsage();
  const figures = await loadWithAutocannon(url, paths, seconds);
  const used = process.cpuUsage(before);
  return { figures, generatorSeconds: (used.user + used.system) / 1e6 };
}

async function main(): Promise<void> {
  const passages = option('passages', 200_000);
  const seconds = option('seconds', 10);
  const given = textOption('db');
  const folder = given ? undefined : mkdtempSync(path.join(tmpdir(), 'dossier-bench-api-'));
  const file = given ?? path.join(folder!, 'bench.db');
  try {
    if (!existsSync(file)) await buildStore(file, passages, option('annotated', 20_000));
    const chosen = textOption('endpoints')?.split(',');
    const mixes = Object.fromEntries(Object.entries(await requestMixes(file)).filter(([endpoint]) => chosen === undefined || chosen.includes(endpoint)));
    const given = process.argv.includes('--workers') ? option('workers', 1) : undefined;
    const generator = chosenGenerator();
    const server = await startServer(file, given);
    try {
      const sizes = Object.entries(mixes).map(([endpoint, paths]) => `${paths.length} ${endpoint}`).join(', ');
      console.log(`\n${CONNECTIONS} connections, ${seconds} s per endpoint, ${given ?? 'default'} server workers, ${generator} as the load generator, different requests: ${sizes}; after one warm-up pass\n`);
      console.log(
        ['endpoint', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s', 'errors', 'load avg', 'CPU ms/req', 'generator'].map((cell, k) => (k === 0 ? cell.padEnd(10) : cell.padStart(k >= 7 ? 12 : 9))).join(''),
      );
      let worstP95 = 0;
      for (const [endpoint, paths] of Object.entries(mixes)) {
        for (const requestPath of paths) await fetch(new URL(requestPath, server.url)).then((response) => response.arrayBuffer());
        const cpuBefore = serverCpuSeconds(server.pid);
        const { figures, generatorSeconds } = await load(generator, server.url, paths, seconds);
        const cpuAfter = serverCpuSeconds(server.pid);
        const answers = figures.requestsPerSecond * seconds;
        const cpuPerRequest = cpuBefore === undefined || cpuAfter === undefined ? '-' : (((cpuAfter - cpuBefore) * 1000) / answers).toFixed(1);
        // The load generator shares the machine's cores with the server: what it takes, the server cannot have.
        const generatorPerRequest = ((generatorSeconds * 1000) / answers).toFixed(2);
        worstP95 = Math.max(worstP95, figures.p95);
        const cells = [figures.p50, figures.p95, figures.p99].map((ms) => ms.toFixed(1));
        // The load average of the last minute, taken as the run ends: the machine's other work shows in it.
        const row = [endpoint.padEnd(10), ...cells, figures.requestsPerSecond.toFixed(0), String(figures.errors), loadavg()[0]!.toFixed(1), cpuPerRequest, generatorPerRequest];
        console.log(row.map((cell, k) => (k === 0 ? cell : cell.padStart(k >= 7 ? 12 : 9))).join(''));
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
