import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli, runJson, seedsDir, tempDir } from './helpers.js';

interface Summary {
  added: number;
  failed: number;
  files: Array<{ path: string; outcome: string }>;
}

/** What two stores must share: their sources (without the time of ingest) and their entities. */
function contents(db: string) {
  const sources = runJson<Array<Record<string, unknown>>>(['sources', '--db', db]).map(({ ingestedAt: _when, ...rest }) => rest);
  const entities = runJson<unknown[]>(['entities', '--limit', '100000', '--db', db]);
  return { sources, entities };
}

test('the built command extracts in worker threads (--jobs 2) and stores what one thread stores', () => {
  const folder = tempDir();
  const threaded = runJson<Summary>(['ingest', seedsDir, '--jobs', '2', '--db', join(folder, 'two.db')]);
  const single = runJson<Summary>(['ingest', seedsDir, '--jobs', '1', '--db', join(folder, 'one.db')]);
  assert.equal(threaded.added, 5);
  assert.equal(threaded.failed, 0);
  assert.deepEqual(threaded.files.map((file) => [file.path, file.outcome]), single.files.map((file) => [file.path, file.outcome]));

  const one = contents(join(folder, 'one.db'));
  assert.ok(one.entities.length > 100, `the seeds give entities: ${one.entities.length}`);
  assert.deepEqual(contents(join(folder, 'two.db')), one);
});

test('--jobs refuses what is not a whole number of threads, naming the option', () => {
  const result = runCli(['ingest', seedsDir, '--jobs', 'many', '--db', join(tempDir(), 'x.db')]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /--jobs/);
  assert.match(result.stderr, /whole number/);
});
