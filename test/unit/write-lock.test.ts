/**
 * Two connections to one store file (as two server workers, or the server and the CLI, have)
 * recording edits at the same moment: each edit is made on what the other stored, none is lost.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ingestFiles } from '../../src/ingest/batch.js';
import { editFromRequest } from '../../src/ingest/edit-requests.js';
import { recordEdit } from '../../src/ingest/knowledge.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';

const SEED = fileURLToPath(new URL('../../examples/seeds/texts/003_99594d2c9f9c4830.txt', import.meta.url));

let folder: string;
let db: string;
let first: Store;
let second: Store;

before(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'dossier-write-lock-'));
  db = path.join(folder, 'shared.db');
  first = await openStore(db);
  await ingestFiles(first, [SEED]);
  second = await openStore(db);
});

after(async () => {
  await first.close();
  await second.close();
  rmSync(folder, { recursive: true, force: true });
});

test('edits recorded at once through two connections both hold, and the lock is gone after', async () => {
  const [a, b, c] = await first.listEntities({ limit: 3 });
  const renames = [
    { store: first, entity: a!, label: `${a!.label} (first connection)` },
    { store: second, entity: b!, label: `${b!.label} (second connection)` },
    { store: first, entity: c!, label: `${c!.label} (first again)` },
  ];
  const edits = await Promise.all(renames.map(({ store, entity, label }) => editFromRequest(store, { kind: 'rename', entity: entity.id, label })));
  await Promise.all(renames.map(({ store }, k) => recordEdit(store, edits[k]!)));

  assert.equal((await second.listEdits()).length, 3);
  for (const { entity, label } of renames) {
    for (const store of [first, second]) assert.equal((await store.getEntity(entity.id))?.label, label, `${entity.id} is labelled ${label}`);
  }
  assert.equal(existsSync(`${db}.lock`), false, 'the lock is released');
});

test('work that fails releases the lock: the next write goes ahead', async () => {
  await assert.rejects(first.exclusively(async () => Promise.reject(new Error('a failing write'))), /a failing write/);
  assert.equal(await second.exclusively(async () => 'written'), 'written');
  assert.equal(existsSync(`${db}.lock`), false);
});
