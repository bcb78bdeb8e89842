/** What is PostgreSQL's own: connecting, recognising its databases, migrating them, and searching exactly as the SQLite store does. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { migrateStore, openStore } from '../../src/store/open.js';
import { SCHEMA_VERSION } from '../../src/store/migrations.js';
import { APPLICATION_ID, MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import type { SearchQuery, Store } from '../../src/store/store.js';
import { POSTGRES, SQLITE, freshFor, queryDirectly } from '../store-kinds.js';
import { seedSources, sourceOf } from './store-fixtures.js';

async function closing<T>(store: Store, use: (store: Store) => Promise<T>): Promise<T> {
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

test('a server that cannot be reached is named by host, port and database, never with the password', async () => {
  await assert.rejects(openStore('postgres://archivist:hunter2@127.0.0.1:1/research'), (error: Error) => {
    assert.match(error.message, /cannot connect to PostgreSQL at postgres:\/\/archivist@127\.0\.0\.1:1\/research: no server listens there/);
    assert.doesNotMatch(error.message, /hunter2/);
    return true;
  });
  await assert.rejects(openStore('postgresql://127.0.0.1:1/research'), /cannot connect to PostgreSQL at postgres:\/\/127\.0\.0\.1:1\/research/);
});

test('an SQLite store of an old schema is migrated, and says from which version', async (t) => {
  const file = await freshFor(t, SQLITE);
  const old = new Database(file);
  old.exec(MIGRATIONS[0]!.sqlite);
  old.pragma('user_version = 1');
  old.pragma(`application_id = ${APPLICATION_ID}`);
  old.close();
  assert.deepEqual(await migrateStore(file), { from: 1, to: SCHEMA_VERSION });
  assert.deepEqual(await migrateStore(file), { from: SCHEMA_VERSION, to: SCHEMA_VERSION });
});

test('every migration has its SQLite form; those from the first PostgreSQL one on have both forms', () => {
  const first = MIGRATIONS.findIndex((migration) => migration.postgres !== undefined);
  assert.ok(first >= 0, 'some migration creates the PostgreSQL schema');
  assert.deepEqual(MIGRATIONS.map((migration) => migration.version), MIGRATIONS.map((_, k) => k + 1), 'numbered from 1 without a gap');
  for (const migration of MIGRATIONS.slice(first)) assert.ok(migration.sqlite && migration.postgres, `step ${migration.version}`);
});

describe('PostgreSQL', { skip: POSTGRES.skip }, () => {
  test('an empty database is given the whole schema and marked as Dossier\'s; another database is refused', async (t) => {
    const url = await freshFor(t, POSTGRES);
    assert.deepEqual(await migrateStore(url), { from: 0, to: SCHEMA_VERSION });
    assert.deepEqual(await migrateStore(url), { from: SCHEMA_VERSION, to: SCHEMA_VERSION });
    assert.deepEqual(await queryDirectly(url, `SELECT version FROM dossier_schema`), [{ version: SCHEMA_VERSION }]);

    const foreign = await freshFor(t, POSTGRES);
    await queryDirectly(foreign, `CREATE TABLE invoices (id integer)`);
    await assert.rejects(openStore(foreign), /is a PostgreSQL database but not a Dossier one/);
    assert.deepEqual(await queryDirectly(foreign, `SELECT to_regclass('sources') IS NULL AS untouched`), [{ untouched: true }]);
  });

  test('a database written by a newer Dossier is refused with a clear error', async (t) => {
    const url = await freshFor(t, POSTGRES);
    await migrateStore(url);
    await queryDirectly(url, `UPDATE dossier_schema SET version = ${SCHEMA_VERSION + 1}`);
    await assert.rejects(openStore(url), new RegExp(`schema version ${SCHEMA_VERSION + 1}, newer than this Dossier understands`));
  });

  test('an index built by another analyzer version is rebuilt on open', async (t) => {
    const url = await freshFor(t, POSTGRES);
    const letter = sourceOf('/archive/letter.txt', ['Энвер-паша прибыл в Батум.', 'Он ждал ответа Москвы в Батуме.']);
    await closing(await openStore(url), (store) => store.putSource(letter));
    await queryDirectly(url, `UPDATE passages SET terms = '{stale}', term_set = 'stale'::tsvector`);
    await queryDirectly(url, `UPDATE settings SET value = '0' WHERE key = 'analyzer_version'`);
    await closing(await openStore(url), async (store) => {
      assert.equal((await store.search({ text: 'Батуме' })).total, 2);
      assert.equal((await store.search({ text: 'stale' })).total, 0);
    });
  });

  test('search gives the SQLite store\'s hits, in its order, with its scores, whatever the query and filters', async (t) => {
    const extra = sourceOf('/notes/odd.txt', [
      "O'Brien's note: the \\ backslash, 'quotes' and Kemal's letters to Lenin.",
      'Энвер Энвер Энвер прибыл в Батум, а не в Москву; Батум Батум.',
      'Treaty treaties treaty of Kars, of Moscow, of Moscow again.',
    ], 'en');
    const sources = [...seedSources(), extra];
    const [sqlite, postgres] = await Promise.all([openStore(await freshFor(t, SQLITE)), openStore(await freshFor(t, POSTGRES))]);
    try {
      for (const store of [sqlite, postgres]) await store.putSources(sources);
      const queries: SearchQuery[] = [
        { text: 'Энвер Батум' },
        { text: 'Москва', limit: 200 },
        { text: 'Москва', limit: 5, offset: 7 },
        { text: 'Москва', limit: 5, offset: 500 },
        { text: '"Mustafa Kemal"' },
        { text: '"прибыл в Батум"' },
        { text: '"энвер энвер"' },
        { text: 'догов*' },
        { text: '"treaty of mos*"' },
        { text: 'Enver OR Кемаль -Батум', limit: 50 },
        { text: 'Энвер -"прибыл в Батум"' },
        { text: '(Kars OR Карс) NOT (Moscow OR Москва)' },
        { text: "O'Brien's" },
        { text: 'backslash \\ quotes' },
        { text: "Kemal's" },
        { text: 'treaties', lang: 'en' },
        { text: 'Батум', source: extra.path },
        { text: 'Москва', lang: 'ru', limit: 3, offset: 2 },
        { text: 'zzzz-nothing' },
      ];
      for (const query of queries) {
        const [expected, actual] = [await sqlite.search(query), await postgres.search(query)];
        const label = JSON.stringify(query);
        assert.equal(actual.total, expected.total, `total of ${label}`);
        assert.deepEqual(
          actual.hits.map((hit) => [hit.path, hit.passage, hit.score, hit.snippet]),
          expected.hits.map((hit) => [hit.path, hit.passage, hit.score, hit.snippet]),
          `hits of ${label}`,
        );
        assert.deepEqual([actual.interpreted, actual.warnings], [expected.interpreted, expected.warnings], label);
      }
      assert.ok((await postgres.search({ text: '"энвер энвер"' })).total > 0, 'a repeated word is a phrase too');
    } finally {
      await Promise.all([sqlite.close(), postgres.close()]);
    }
  });
});
