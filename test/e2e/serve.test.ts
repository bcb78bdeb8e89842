/** The real `dossier serve` in a child process, over a real socket on loopback. */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runCli, seedsDir, startServe, stopServe, suiteStore, tempDir } from './helpers.js';
import { eachStore } from '../store-kinds.js';

eachStore((kind) => {
  const store = suiteStore(kind);
  const folder = tempDir('dossier-serve-e2e-');
  let db: string;
  // Uploads go to a folder of the test's own, wherever the store is.
  const serveArgs = (...args: string[]) => ['--uploads', join(folder, 'uploads'), ...args];

  before(() => {
    db = store();
    const ingest = runCli(['ingest', seedsDir, '--db', db]);
    assert.equal(ingest.status, 0, ingest.stderr);
  });

  after(() => rmSync(folder, { recursive: true, force: true }));

  test('serve prints its URL, answers search and the OpenAPI document, and exits 0 on SIGTERM', async () => {
    const { server, url } = await startServe(db, serveArgs('--workers', '1'));
    try {

      const search = await fetch(new URL(`/api/search?q=${encodeURIComponent('Чичерин')}`, url));
      assert.equal(search.status, 200);
      const result = (await search.json()) as { total: number; hits: Array<{ snippet: string }> };
      assert.ok(result.total > 0 && result.hits.some((hit) => hit.snippet.includes('Чичерин')));

      const docs = await fetch(new URL('/api/docs/json', url));
      assert.equal(docs.status, 200);
      const openapi = (await docs.json()) as { openapi: string; paths: Record<string, unknown> };
      assert.match(openapi.openapi, /^3\./);
      assert.ok('/api/search' in openapi.paths);

      assert.equal(await stopServe(server), 0);
    } finally {
      if (server.exitCode === null) server.kill('SIGKILL');
    }
  });

  test('with several worker processes, what one of them stores every one of them reads, and all stop on SIGTERM', async () => {
    const workers = 3;
    const { server, url } = await startServe(db, serveArgs('--workers', String(workers)));
    try {
      const upload = async (content: string) => {
        const form = new FormData();
        form.append('files', new Blob([content]), 'workers-note.txt');
        const response = await fetch(new URL('/api/ingest', url), { method: 'POST', body: form });
        assert.equal(response.status, 200);
        return ((await response.json()) as { results: Array<{ status: string }> }).results[0]!.status;
      };
      // Connections are handed to the workers in turn: a few times as many requests as workers reach each of them.
      const everyWorker = async (check: () => Promise<void>) => {
        for (let k = 0; k < workers * 4; k++) await check();
      };
      assert.equal(await upload('Zyxwvut wrote to Chicherin from Kars in 1921.'), 'added');
      await everyWorker(async () => {
        const response = await fetch(new URL('/api/search?q=Zyxwvut', url), { headers: { connection: 'close' } });
        assert.equal(((await response.json()) as { total: number }).total, 1);
      });
      assert.equal(await upload('Qwertyuiop replaced the note about Kars.'), 'replaced');
      await everyWorker(async () => {
        const response = await fetch(new URL('/api/sources/workers-note.txt', url), { headers: { connection: 'close' } });
        assert.equal(((await response.json()) as { text: string }).text, 'Qwertyuiop replaced the note about Kars.');
      });
      assert.equal(await stopServe(server), 0);
    } finally {
      if (server.exitCode === null) server.kill('SIGKILL');
    }
  });

  test('serve refuses a non-loopback address without a token', () => {
    const result = runCli(['serve', '--host', '0.0.0.0', '--port', '0', '--db', db], { env: { DOSSIER_TOKEN: '' } });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--token or DOSSIER_TOKEN/);
  });
});
