import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestFiles, type BatchSummary } from '../../src/ingest/batch.js';
import { openStore } from '../../src/store/open.js';
import { storeSnapshot } from './store-snapshot.js';

const seeds = fileURLToPath(new URL('../../examples/seeds/texts/', import.meta.url));

/**
 * The seeds, a copy of one under another name (the same text: only one of the two paths may be
 * kept), and files that cannot be ingested, placed between the good ones.
 */
function corpus(): { folder: string; files: string[] } {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-jobs-'));
  const names = readdirSync(seeds).sort();
  for (const name of names) copyFileSync(join(seeds, name), join(folder, name));
  copyFileSync(join(seeds, names[1]!), join(folder, '009-copy-of-001.txt'));
  writeFileSync(join(folder, '001a-empty.txt'), '');
  writeFileSync(join(folder, '002a-binary.txt'), Buffer.from([0x00, 0xff, 0x00, 0x13, 0x37, 0x00, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
  writeFileSync(join(folder, '003a-markup-only.html'), '<html><body><script>var x = 1;</script></body></html>');
  return { folder, files: readdirSync(folder).sort().map((name) => join(folder, name)) };
}

async function ingestWith(files: string[], jobs: number): Promise<{ summary: BatchSummary; snapshot: Awaited<ReturnType<typeof storeSnapshot>>; progress: number[] }> {
  const store = await openStore(':memory:');
  try {
    const progress: number[] = [];
    // Small groups, so that several groups are stored while threads still extract.
    const summary = await ingestFiles(store, files, { jobs, groupFiles: 2, onFile: (_result, done) => progress.push(done) });
    return { summary, snapshot: await storeSnapshot(store), progress };
  } finally {
    await store.close();
  }
}

test('ingest with two threads stores exactly what one thread stores, and reports the files that fail', async () => {
  const { folder, files } = corpus();
  try {
    const one = await ingestWith(files, 1);
    const two = await ingestWith(files, 2);

    assert.deepEqual(two.snapshot, one.snapshot);
    // What the comparison covers is real: the seeds, with their names and dates.
    assert.equal(one.snapshot.sources.length, 5);
    assert.ok(one.snapshot.sources.every((source) => (source.mentions?.length ?? 0) > 10));
    assert.ok(one.snapshot.entities.some((entity) => entity.label.includes('Чичерин')));

    const outcomes = (summary: BatchSummary) => summary.files.map(({ path, outcome, error }) => ({ path, outcome, error }));
    assert.deepEqual(outcomes(two.summary), outcomes(one.summary));
    assert.equal(two.summary.failed, 3);
    const failed = two.summary.files.filter((file) => file.outcome === 'failed');
    assert.deepEqual(failed.map((file) => file.path.split('/').pop()).sort(), ['001a-empty.txt', '002a-binary.txt', '003a-markup-only.html']);
    for (const file of failed) assert.ok(file.error?.includes(file.path), `the error names the file: ${file.error}`);
    // Of the two files with the same text, the first in order is stored either way.
    assert.equal(two.summary.unchanged, 1);
    assert.match(two.summary.files.find((file) => file.outcome === 'unchanged')!.path, /009-copy-of-001\.txt$/);

    assert.deepEqual(two.progress, files.map((_file, k) => k + 1));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('threads read a file changed between two ingests again, and replace its older version', async () => {
  const { folder, files } = corpus();
  const store = await openStore(':memory:');
  try {
    await ingestFiles(store, files, { jobs: 2, annotate: false });
    const changed = files.find((file) => file.endsWith('003_99594d2c9f9c4830.txt'))!;
    writeFileSync(changed, `${readFileSync(changed, 'utf8')}\n\nA paragraph added in 1922 by Chicherin.\n`);
    const again = await ingestFiles(store, files, { jobs: 2, annotate: false });
    assert.deepEqual(
      again.files.filter((file) => file.outcome === 'replaced').map((file) => file.path),
      [changed],
    );
    assert.equal(again.added, 0);
    assert.equal((await store.stats()).sources, 5);
  } finally {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
