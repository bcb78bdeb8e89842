import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/open.js';
import { APPLICATION_ID, SCHEMA_VERSION } from '../../src/store/sqlite/migrations.js';
import type { Store } from '../../src/store/store.js';
import { seedParagraphs, sha256, sourceOf } from './store-fixtures.js';
import { eachStore, freshFor, tableCounts } from '../store-kinds.js';

function tempFolder(t: { after: (fn: () => void) => void }): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'dossier-store-'));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

async function withStore<T>(spec: string, use: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(spec);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

const letter = sourceOf('/archive/letter.txt', [
  'Телеграмма Ганецкого Г. Чичерину о положении в Батуме.',
  'Энвер-паша прибыл в Батум. Он ждал ответа Москвы.',
]);

test('a new file is migrated to the current schema, in WAL mode, and marked as Dossier\'s', async (t) => {
  const file = path.join(tempFolder(t), 'new.db');
  await withStore(file, async () => {});
  const db = new Database(file, { readonly: true });
  try {
    assert.equal(db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(db.pragma('application_id', { simple: true }), APPLICATION_ID);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all();
    for (const table of ['sources', 'passages', 'passage_index']) assert.ok(tables.includes(table), table);
  } finally {
    db.close();
  }
});

test('an index built by another analyzer version is rebuilt on open', async (t) => {
  const file = path.join(tempFolder(t), 'reindex.db');
  await withStore(file, (store) => store.putSource(letter));
  const db = new Database(file);
  try {
    // Simulate an index from an older analyzer: wrong terms and an old version number.
    db.exec(`INSERT INTO passage_index (passage_index) VALUES ('delete-all')`);
    db.prepare(`INSERT INTO passage_index (rowid, stems) VALUES ((SELECT min(id) FROM passages), 'stale')`).run();
    db.prepare(`UPDATE settings SET value = '0' WHERE key = 'analyzer_version'`).run();
  } finally {
    db.close();
  }
  await withStore(file, async (store) => {
    assert.equal((await store.search({ text: 'Батуме' })).total, 2);
    assert.equal((await store.search({ text: 'stale' })).total, 0);
  });
});

test('a database written by a newer Dossier is refused with a clear error', async (t) => {
  const file = path.join(tempFolder(t), 'newer.db');
  await withStore(file, async () => {});
  const db = new Database(file);
  db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
  db.close();
  await assert.rejects(openStore(file), (error: Error) => error.message.includes(file) && /newer/.test(error.message));
});

test('opening fails clearly for a missing folder, a file that is not a database, and another SQLite database', async (t) => {
  const folder = tempFolder(t);
  const missing = path.join(folder, 'no-such-folder', 'x.db');
  await assert.rejects(openStore(missing), (error: Error) => error.message.includes(missing) && /does not exist/.test(error.message));

  const text = path.join(folder, 'notes.txt');
  writeFileSync(text, 'not a database at all, just some notes '.repeat(100));
  await assert.rejects(openStore(text), (error: Error) => error.message.includes(text) && /not a Dossier database/.test(error.message));

  const foreign = path.join(folder, 'foreign.db');
  const db = new Database(foreign);
  db.exec('CREATE TABLE things (x)');
  db.close();
  await assert.rejects(openStore(foreign), /not a Dossier one/);
});

eachStore((kind) => {
  test('a reopened store keeps its sources, passages, sentences, map and index', async (t) => {
    const file = await freshFor(t, kind);
    await withStore(file, (store) => store.putSource(letter));
    await withStore(file, async (store) => {
      const stored = await store.getSource(letter.id);
      assert.ok(stored);
      assert.equal(stored.text, letter.text);
      assert.deepEqual(stored.passageList, letter.passages);
      assert.deepEqual(stored.map.toJSON(), letter.map.toJSON());
      assert.equal((await store.search({ text: 'Батум' })).total, 2);
      assert.equal(await store.putSource(letter), 'unchanged');
    });
  });

  test('putting the same source twice stores it once', async (t) => {
    await withStore(await freshFor(t, kind), async (store) => {
      assert.equal(await store.putSource(letter), 'added');
      assert.equal(await store.putSource(letter), 'unchanged');
      assert.equal(await store.hasSource(letter.id), true);
      const sources = await store.listSources();
      assert.equal(sources.length, 1);
      assert.equal(sources[0]!.passages, 2);
      assert.equal((await store.search({ text: 'Энвер' })).total, 1);
    });
  });

  test('a new version at the same path replaces the old one with all its passages and index rows', async (t) => {
    await withStore(await freshFor(t, kind), async (store) => {
      await store.putSource(letter);
      const revised = sourceOf(letter.path, ['Письмо Карахана о переговорах в Москве.']);
      assert.equal(await store.putSource(revised), 'replaced');
      assert.equal(await store.hasSource(letter.id), false);
      const sources = await store.listSources();
      assert.deepEqual(sources.map((source) => [source.id, source.passages]), [[revised.id, 1]]);
      assert.equal((await store.search({ text: 'Энвер' })).total, 0);
      assert.equal((await store.search({ text: 'Карахан' })).total, 1);
    });
  });

  test('a source that fails midway leaves nothing behind, and an old version survives a failed replacement', async (t) => {
    const file = await freshFor(t, kind);
    const paragraphs = seedParagraphs('002').slice(0, 30);
    const broken = sourceOf('/archive/broken.txt', paragraphs);
    // The 20th passage has its ends swapped: the database refuses it after 19 passages were written.
    broken.passages[19] = { ...broken.passages[19]!, start: broken.passages[19]!.end, end: broken.passages[19]!.start };
    await withStore(file, async (store) => {
      await assert.rejects(store.putSource(broken));
      assert.equal(await store.hasSource(broken.id), false);
      assert.deepEqual(await store.listSources(), []);
      assert.equal((await store.search({ text: 'Энвер' })).total, 0);

      await store.putSource(letter);
      const beyondText = sourceOf(letter.path, ['Новый текст о Карсе.']);
      beyondText.passages.push({ start: 0, end: beyondText.text.length + 10, kind: 'body', lang: 'ru', sentences: [] });
      await assert.rejects(store.putSource(beyondText), /beyond the text/);
      assert.equal((await store.getSource(letter.path))?.id, letter.id);
      assert.equal((await store.search({ text: 'Карс' })).total, 0);
    });
    const counts = await tableCounts(file, ['sources', 'passages']);
    assert.deepEqual(counts, { sources: 1, passages: letter.passages.length });
    await withStore(file, async (store) => {
      assert.deepEqual((await store.getSource(letter.id))?.passageList, letter.passages);
    });
  });

  test('getSource finds a source by id, unique id prefix, or path; an ambiguous prefix is an error', async (t) => {
    await withStore(await freshFor(t, kind), async (store) => {
      await store.putSource(letter);
      for (const ref of [letter.id, letter.id.slice(0, 6), letter.id.slice(0, 20), letter.path]) {
        assert.equal((await store.getSource(ref))?.id, letter.id, ref);
      }
      assert.equal(await store.getSource(letter.id.slice(0, 5)), undefined);
      assert.equal(await store.getSource('/no/such/file.txt'), undefined);

      const relative = sourceOf(path.resolve('relative-note.txt'), ['Заметка.']);
      await store.putSource(relative);
      assert.equal((await store.getSource('relative-note.txt'))?.id, relative.id);

      const twinA = { ...sourceOf('/twins/a.txt', ['A.']), id: `abcdef${'0'.repeat(57)}1` };
      const twinB = { ...sourceOf('/twins/b.txt', ['B.']), id: `abcdef${'0'.repeat(57)}2` };
      await store.putSource(twinA);
      await store.putSource(twinB);
      await assert.rejects(store.getSource('abcdef'), /matches several sources/);
      assert.equal((await store.getSource(twinB.id))?.path, '/twins/b.txt');
    });
  });

  test('listSources returns summaries ordered by path', async (t) => {
    await withStore(await freshFor(t, kind), async (store) => {
      const english = sourceOf('/b/english.txt', ['Letter from Chicherin to Frunze.'], 'en');
      await store.putSource(letter);
      await store.putSource(english);
      const sources = await store.listSources();
      assert.deepEqual(sources.map((source) => source.path), ['/archive/letter.txt', '/b/english.txt']);
      const summary = sources[1]!;
      assert.equal(summary.id, sha256(english.text));
      assert.deepEqual(summary.languages, ['en']);
      assert.equal(summary.chars, english.text.length);
      assert.equal(summary.bytes, english.bytes);
      assert.ok(!Number.isNaN(Date.parse(summary.ingestedAt)));
    });
  });
});
