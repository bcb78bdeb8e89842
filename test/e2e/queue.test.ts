import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { cliPath, repoRoot, runCli, runJson, seedsDir, tempDir } from './helpers.js';
import { testPostgres } from './postgres.js';

const postgres = await testPostgres();
after(() => ('stop' in postgres ? postgres.stop() : undefined));

interface WorkerRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** `dossier worker` in its own process, with its output gathered as it comes. */
function startWorker(args: string[]): { child: ChildProcess; output: { stdout: string; stderr: string }; exited: Promise<WorkerRun> } {
  const child = spawn(process.execPath, [cliPath, 'worker', ...args], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' } });
  const output = { stdout: '', stderr: '' };
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output.stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output.stderr += chunk));
  const exited = once(child, 'exit').then(([code, signal]) => ({ code, signal, ...output }) as WorkerRun);
  return { child, output, exited };
}

/**
 * The seeds, 34 documents made of their paragraphs (each with its own opening, date and
 * mixture, so no two share a text), one long document (several seconds of work) and an empty file.
 */
function corpus(folder: string): { big: string; empty: string; good: number } {
  const seedTexts = readdirSync(seedsDir).sort().map((name) => readFileSync(join(seedsDir, name), 'utf8'));
  seedTexts.forEach((text, k) => writeFileSync(join(folder, `seed-${k}.txt`), text));
  const paragraphs = seedTexts.flatMap((text) => text.split(/\n\s*\n/)).filter((paragraph) => paragraph.trim().length > 80);
  for (let k = 0; k < 34; k++) {
    const chosen = [0, 1, 2, 3].map((j) => paragraphs[(k * 7 + j * 13) % paragraphs.length]!);
    writeFileSync(join(folder, `made-${String(k).padStart(2, '0')}.txt`), `Note ${k}, written on ${(k % 28) + 1} March 1921 in Batum.\n\n${chosen.join('\n\n')}\n`);
  }
  const big = join(folder, 'long.txt');
  writeFileSync(big, Array.from({ length: 6 }, (_, k) => `Part ${k + 1}\n\n${seedTexts.join('\n\n')}`).join('\n\n'));
  const empty = join(folder, 'empty.txt');
  writeFileSync(empty, '');
  return { big, empty, good: seedTexts.length + 34 + 1 };
}

/** The sources and entities of a store, as two stores holding the same must give them. */
function contents(db: string) {
  const sources = runJson<Array<Record<string, unknown>>>(['sources', '--db', db]).map(({ ingestedAt: _when, ...rest }) => rest);
  return { sources, entities: runJson<unknown[]>(['entities', '--limit', '100000', '--db', db]) };
}

test(
  'three workers share a queue; one killed mid-document loses nothing: its job is retried and every file stored once',
  { skip: 'skip' in postgres ? postgres.skip : false, timeout: 600_000 },
  async () => {
    const { url } = postgres as { url: string };
    const folder = tempDir();
    const files = join(folder, 'files');
    mkdirSync(files);
    const { big, empty, good } = corpus(files);

    // What a plain ingest of the same files stores, to compare with.
    const reference = join(folder, 'reference.db');
    runCli(['ingest', files, '--jobs', '1', '--db', reference]);

    // Long enough for a worker to do the long document, short enough for the test not to wait long.
    const queued = runJson<{ queued: Array<{ path: string; job: string }>; failed: unknown[] }>(['ingest', '--queue', url, files, '--job-timeout', '20']);
    assert.equal(queued.queued.length, good + 1);
    // The jobs carry the files' bytes: a file gone after it was queued is ingested all the same.
    rmSync(big);

    const db = join(folder, 'store.db');
    const workerArgs = ['--db', db, '--queue', url, '--exit-when-empty', '--poll', '1', '--json'];
    const workers = [startWorker(workerArgs), startWorker(workerArgs), startWorker(workerArgs)];

    // The worker that takes the long document is killed while it works on it.
    const victim = await new Promise<(typeof workers)[number]>((resolve, reject) => {
      const timer = setInterval(() => {
        const taker = workers.find((worker) => worker.output.stderr.includes(`taken     ${big}`));
        if (taker) resolve(taker);
        else if (workers.every((worker) => worker.child.exitCode !== null)) reject(new Error(`no worker took ${big}:\n${workers.map((w) => w.output.stderr).join('\n')}`));
        else return;
        clearInterval(timer);
      }, 20);
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    victim.child.kill('SIGKILL');
    const killed = await victim.exited;
    assert.equal(killed.signal, 'SIGKILL');
    assert.doesNotMatch(killed.stderr, new RegExp(`(added|unchanged) +${big}`), 'killed before it stored the long document');

    const survivors = await Promise.all(workers.filter((worker) => worker !== victim).map((worker) => worker.exited));
    for (const run of survivors) assert.ok(run.stdout.trim(), `a worker ended without its summary (exit ${run.code}): ${run.stderr}`);
    const summaries = survivors.map((run) => JSON.parse(run.stdout) as { jobs: number; added: number; failed: number; resolutions: number });
    // The empty file fails in whichever worker takes it; everything else is stored.
    assert.deepEqual(survivors.map((run) => run.code).sort(), summaries.map((s) => (s.failed > 0 ? 1 : 0)).sort());
    const failures = [killed, ...survivors].flatMap((run) => run.stderr.split('\n').filter((line) => line.startsWith('failed')));
    assert.equal(failures.length, 1, 'the empty file failed once (in the killed worker or another)');
    assert.match(failures[0]!, /empty\.txt: is empty/);
    assert.ok(survivors.some((run) => run.stderr.includes(`taken     ${big} (attempt 2)`)), 'a survivor took the long document again');
    assert.equal(summaries.reduce((sum, s) => sum + s.resolutions, 0), 1, 'the store is resolved once, when the queue has drained');

    const stored = runJson<Array<{ path: string }>>(['sources', '--db', db]);
    assert.equal(stored.length, good);
    assert.equal(new Set(stored.map((source) => source.path)).size, good, 'no document stored twice');
    assert.ok(stored.some((source) => source.path === big));
    assert.deepEqual(contents(db), contents(reference));

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const jobs = await client.query<{ path: string; state: string; retry_count: number; output: { outcome?: string } }>(
        `SELECT data->>'path' AS path, state, retry_count, output FROM pgboss.job WHERE name = 'dossier-ingest'`,
      );
      const job = (path: string) => jobs.rows.find((row) => row.path === path)!;
      assert.equal(job(big).state, 'completed');
      assert.ok(job(big).retry_count >= 1, `the long document's job was retried (${job(big).retry_count})`);
      assert.equal(job(big).output.outcome, 'added');
      // A bad document is done, failed, at once: trying it again would fail again.
      assert.equal(job(empty).retry_count, 0);
      assert.equal(job(empty).output.outcome, 'failed');
      assert.ok(jobs.rows.every((row) => row.state === 'completed'));
    } finally {
      await client.end();
    }
  },
);

test('a worker asked to stop (SIGTERM) finishes the file in hand, stores it and leaves the rest queued', { skip: 'skip' in postgres ? postgres.skip : false, timeout: 300_000 }, async () => {
  const { url } = postgres as { url: string };
  const folder = tempDir();
  const files = join(folder, 'files');
  mkdirSync(files);
  corpus(files);
  const queued = runJson<{ queued: Array<{ path: string }> }>(['ingest', '--queue', url, files, '--no-annotate']);
  const db = join(folder, 'store.db');
  const worker = startWorker(['--db', db, '--queue', url, '--json']);
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      if (!worker.output.stderr.includes('taken')) return;
      clearInterval(timer);
      resolve();
    }, 10);
  });
  worker.child.kill('SIGTERM');
  const run = await worker.exited;
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /SIGTERM: finishing the files in hand/);
  const summary = JSON.parse(run.stdout) as { jobs: number; added: number; failed: number };
  assert.ok(summary.jobs >= 1 && summary.jobs < queued.queued.length, `it stopped early: ${summary.jobs} of ${queued.queued.length}`);
  // Every file it took is stored (or failed, the empty one), none half done.
  assert.equal(summary.added + summary.failed, summary.jobs);
  assert.equal(runJson<unknown[]>(['sources', '--db', db]).length, summary.added);

  // The rest waits in the queue for the next worker, which stores them all.
  const next = startWorker(['--db', db, '--queue', url, '--exit-when-empty', '--poll', '1', '--json']);
  const rest = await next.exited;
  const restSummary = JSON.parse(rest.stdout) as { jobs: number; resolutions: number };
  assert.equal(summary.jobs + restSummary.jobs, queued.queued.length);
  assert.equal(restSummary.resolutions, 0, 'files queued without annotation ask for no resolution');
  assert.equal(runJson<unknown[]>(['sources', '--db', db]).length, queued.queued.length - 1);
});

test('without a PostgreSQL database for the queue, ingest --queue and worker say what to give', () => {
  const env = { DOSSIER_QUEUE: '' };
  const db = join(tempDir(), 'store.db');
  const queued = runCli(['ingest', '--queue', seedsDir, '--db', db], { env });
  assert.equal(queued.status, 2);
  assert.match(queued.stderr, /--queue needs the PostgreSQL database of the queue/);
  const worker = runCli(['worker', '--db', db], { env });
  assert.equal(worker.status, 2);
  assert.match(worker.stderr, /no queue: name its PostgreSQL database with --queue/);
  const both = runCli(['ingest', '--queue', 'postgres://127.0.0.1:1/none', seedsDir, '--jobs', '2', '--db', db], { env });
  assert.equal(both.status, 2);
  assert.match(both.stderr, /--jobs is for ingesting here; with --queue, give each worker --concurrency/);
  // Nothing listens on port 1: the message names the queue, but not its password.
  const unreachable = runCli(['ingest', '--queue', 'postgres://someone:secret@127.0.0.1:1/none', seedsDir, '--db', db], { env });
  assert.equal(unreachable.status, 1);
  assert.match(unreachable.stderr, /cannot open the queue at postgres:\/\/someone@127\.0\.0\.1:1\/none/);
  assert.doesNotMatch(unreachable.stderr, /secret/);
});

test('one worker with --concurrency 2 extracts in threads and stores what a plain ingest stores, the store and the queue in one PostgreSQL database', { skip: 'skip' in postgres ? postgres.skip : false, timeout: 300_000 }, async () => {
  const { url } = postgres as { url: string };
  const folder = tempDir();
  const reference = join(folder, 'reference.db');
  runCli(['ingest', seedsDir, '--jobs', '1', '--db', reference]);
  runJson(['ingest', '--queue', url, seedsDir]);
  // The queue is where --db is when --db is a PostgreSQL database.
  const db = url;
  const run = await startWorker(['--db', db, '--concurrency', '2', '--exit-when-empty', '--poll', '1', '--json']).exited;
  assert.equal(run.code, 0, run.stderr);
  const summary = JSON.parse(run.stdout) as { jobs: number; added: number; resolutions: number };
  assert.deepEqual([summary.jobs, summary.added, summary.resolutions], [5, 5, 1]);
  assert.deepEqual(contents(db), contents(reference));
});
