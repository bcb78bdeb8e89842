import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.js';
import { analyzeFile } from '../../src/ingest/analyze.js';
import { cliPath, runCli, seedsDir, tempDir } from './helpers.js';

const FILES = 48;
const marker = (n: number) => `crashmarker${n}x`;

/** Starts an ingest, waits until `completedBeforeKill` files are reported done (stored now or before), then kills it with SIGKILL. */
function ingestAndKill(dir: string, db: string, completedBeforeKill: number, extraDelayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // Storage only: what a kill may break is the store's transactions, and the recognizers would make the run minutes long.
    const child = spawn(process.execPath, [cliPath, 'ingest', dir, '--db', db, '--no-annotate'], { env: { ...process.env, NO_COLOR: '1' } });
    let log = '';
    let killed = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      log += chunk;
      const reported = log.split('\n').filter((line) => /^(added|unchanged) /.test(line)).length;
      if (!killed && reported >= completedBeforeKill) {
        killed = true;
        setTimeout(() => child.kill('SIGKILL'), extraDelayMs);
      }
    });
    child.on('error', reject);
    child.on('exit', () => resolve());
  });
}

test('a batch killed with SIGKILL leaves whole sources only, and re-running it completes it exactly', { timeout: 300_000 }, async () => {
  const dir = tempDir('dossier-crash-');
  const corpus = join(dir, 'corpus');
  const db = join(dir, 'crash.db');
  // Large files make each store transaction long, and several groups of files make the
  // batch commit more than once, so kills land between commits and inside them.
  const body = readFileSync(join(seedsDir, '002_9ff9c4e8dcadf0df.txt'), 'utf8').repeat(6);
  mkdirSync(corpus);
  for (let n = 0; n < FILES; n++) {
    writeFileSync(join(corpus, `doc-${String(n).padStart(2, '0')}.txt`), `${body}\n\nКонтрольная отметка ${marker(n)} в конце документа.\n`);
  }
  const expectedPassages = (await analyzeFile(join(corpus, 'doc-00.txt'))).passages.length;

  for (const [completed, delay] of [[1, 0], [1, 120], [20, 60]] as const) {
    await ingestAndKill(corpus, db, completed, delay);
    const store = await openStore(db);
    try {
      const stored = await store.listSources();
      assert.ok(stored.length >= completed, `at least the ${completed} reported sources survive`);
      assert.ok(stored.length < FILES, `the kill interrupted the batch (${stored.length} of ${FILES} stored)`);
      for (const source of stored) {
        assert.equal(source.passages, expectedPassages, `${source.path} is stored whole`);
        const n = Number(/doc-(\d+)/.exec(source.path)![1]);
        const found = await store.search({ text: marker(n) });
        assert.equal(found.total, 1, `${source.path} is indexed whole`);
      }
    } finally {
      await store.close();
    }
  }

  const rerun = runCli(['ingest', corpus, '--db', db, '--json', '--no-annotate']);
  assert.equal(rerun.status, 0, rerun.stderr);
  const store = await openStore(db);
  try {
    const stored = await store.listSources();
    assert.equal(stored.length, FILES);
    assert.equal(new Set(stored.map((s) => s.path)).size, FILES, 'no duplicates');
    for (let n = 0; n < FILES; n++) assert.equal((await store.search({ text: marker(n) })).total, 1);
  } finally {
    await store.close();
  }
});
