/**
 * End-to-end ingest throughput (read → normalize → segment → store → index) on the demo
 * corpus repeated to a given size, and memory along the way, which must stay flat as the
 * corpus grows because files are streamed one at a time.
 *
 *   node --import tsx bench/ingest.ts [--mb 50] [--annotate]
 *
 * Without --annotate it measures the core path (as `dossier ingest --no-annotate`); with it,
 * the recognizers and the resolution of entities too (as `dossier ingest`).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { openStore } from '../src/store/open.js';
import { ingestFiles } from '../src/ingest/batch.js';

const seedsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'seeds', 'texts');
const targetMb = Number(process.argv[process.argv.indexOf('--mb') + 1] || 50) || 50;
const annotate = process.argv.includes('--annotate');

const work = mkdtempSync(join(tmpdir(), 'dossier-bench-ingest-'));
const corpus = join(work, 'corpus');
mkdirSync(corpus);
const seeds = readdirSync(seedsDir).sort().map((name) => ({ name, text: readFileSync(join(seedsDir, name), 'utf8') }));

// Each copy gets a distinct first line, so every file is a distinct source (no dedup shortcut).
const files: string[] = [];
let bytes = 0;
for (let copy = 0; bytes < targetMb * 1024 * 1024; copy++) {
  for (const seed of seeds) {
    const file = join(corpus, `${String(copy).padStart(5, '0')}-${seed.name}`);
    writeFileSync(file, `Copy ${copy} of ${seed.name}\n\n${seed.text}`);
    files.push(file);
    bytes += statSync(file).size;
  }
}

// Memory is sampled after a full collection, or the figures would say when V8 last collected, not what is held.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const store = await openStore(join(work, 'bench.db'));
const rssSamples: Array<{ done: number; rssMb: number; heapMb: number }> = [];
const checkpoints = new Set([0.1, 0.25, 0.5, 0.75, 1].map((f) => Math.max(1, Math.round(files.length * f))));
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

// CPU time of the whole process (all its threads), beside the wall clock: the fairer figure on a busy machine.
const cpuBefore = process.cpuUsage();
let sampledCpuMicros = 0;
let sampledMs = 0;
const summary = await ingestFiles(store, files, {
  annotate,
  onFile(_result, done) {
    if (checkpoints.has(done)) {
      const sampleStart = process.cpuUsage();
      const sampleStarted = performance.now();
      collectGarbage();
      const memory = process.memoryUsage();
      rssSamples.push({ done, rssMb: memory.rss / 1024 / 1024, heapMb: memory.heapUsed / 1024 / 1024 });
      const spent = process.cpuUsage(sampleStart);
      sampledCpuMicros += spent.user + spent.system;
      sampledMs += performance.now() - sampleStarted;
    }
  },
});
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system - sampledCpuMicros) / 1e6;
const seconds = summary.seconds - sampledMs / 1000;
clearInterval(sampler);
await store.close();
const dbBytes = statSync(join(work, 'bench.db')).size;

const mb = bytes / 1024 / 1024;
console.log(`corpus: ${files.length} files, ${mb.toFixed(1)} MB (the ${seeds.length} demo texts repeated)`);
console.log(
  `ingest${annotate ? ' with dates, quantities, names and entities' : ', read → normalize → segment → store → index'}: ` +
    `${seconds.toFixed(1)} s, ${(mb / seconds).toFixed(2)} MB/s on one core${annotate ? '' : ' (target ≥ 5 MB/s)'}`,
);
console.log(`CPU time: ${cpuSeconds.toFixed(1)} s, ${(mb / cpuSeconds).toFixed(2)} MB per CPU second (the memory samples' collections excluded from both)`);
console.log(`outcomes: ${summary.added} added, ${summary.failed} failed`);
console.log(`store: ${(dbBytes / 1024 / 1024).toFixed(1)} MB on disk, ${(dbBytes / bytes).toFixed(2)} bytes per byte of text`);
console.log(`peak RSS: ${(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1024 / 1024).toFixed(0)} MB`);
console.log('RSS as the corpus grows (flat = streamed):');
for (const { done, rssMb, heapMb } of rssSamples) {
  const share = ((done / files.length) * 100).toFixed(0).padStart(3);
  console.log(`  after ${String(done).padStart(6)} files (${share}%): RSS ${rssMb.toFixed(0)} MB, JS heap ${heapMb.toFixed(0)} MB`);
}
rmSync(work, { recursive: true, force: true });
