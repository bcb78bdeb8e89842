import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, runJson, seedsDir, tempDir } from './helpers.js';
import { eachStore, freshFor } from '../store-kinds.js';

interface IngestSummary {
  added: number;
  replaced: number;
  unchanged: number;
  failed: number;
  files: Array<{ path: string; outcome: string; error?: string; id?: string }>;
}
interface SourceRow {
  id: string;
  path: string;
  title: string;
  languages: string[];
  passages: number;
  format: string;
}
interface SearchJson {
  total: number;
  interpreted: string;
  warnings: string[];
  hits: Array<{ path: string; lang: string; snippet: string; highlights: Array<{ start: number; end: number }>; start: number; end: number; sourceId: string }>;
}

eachStore((kind) => {
  test('ingest of the demo corpus is complete and idempotent', async (t) => {
    const db = await freshFor(t, kind);
    const first = runJson<IngestSummary>(['ingest', seedsDir, '--db', db]);
    assert.equal(first.added, 5);
    assert.equal(first.failed, 0);
    const again = runJson<IngestSummary>(['ingest', seedsDir, '--db', db]);
    assert.deepEqual([again.added, again.replaced, again.unchanged], [0, 0, 5]);

    const sources = runJson<SourceRow[]>(['sources', '--db', db]);
    assert.equal(sources.length, 5);
    const byFile = (prefix: string) => sources.find((s) => s.path.includes(prefix))!;
    assert.equal(byFile('000_').languages[0], 'ru');
    assert.equal(byFile('003_').languages[0], 'en');
    assert.ok(byFile('004_').languages.includes('pl'), 'the Polish abstract is recognised');
    assert.ok(byFile('002_').passages > 20, 'the PDF-style text is rebuilt into many paragraphs');
    assert.ok(byFile('002_').passages < 200, 'but not one paragraph per wrapped line');
  });

  test('search finds inflected forms in both languages, with highlights and filters', async (t) => {
    const db = await freshFor(t, kind);
    runJson<IngestSummary>(['ingest', seedsDir, '--db', db]);

    const batum = runJson<SearchJson>(['search', 'Батум', '--db', db, '--limit', '50']);
    assert.ok(batum.hits.some((h) => /Батуме/.test(h.snippet)), 'Батум finds Батуме');
    for (const hit of batum.hits) {
      for (const { start, end } of hit.highlights) assert.match(hit.snippet.slice(start, end), /^Батум/i);
    }

    const chicherin = runJson<SearchJson>(['search', 'Чичерин', '--db', db, '--limit', '100']);
    assert.ok(chicherin.hits.some((h) => /Чичерину/.test(h.snippet)), 'Чичерин finds Чичерину');

    const both = runJson<SearchJson>(['search', 'Энвер Батум', '--db', db]);
    assert.ok(both.total > 0);
    assert.ok(both.total <= batum.total, 'two words narrow the result');

    const english = runJson<SearchJson>(['search', 'Enver', '--lang', 'en', '--db', db, '--limit', '50']);
    assert.ok(english.total > 0);
    assert.ok(english.hits.every((h) => h.lang === 'en'));

    const text = runCli(['search', 'Энвер Батум', '--db', db]);
    assert.equal(text.status, 0);
    assert.match(text.stdout, /\*\*Батум/, 'matches are marked in plain-text output');
  });

  test('show prints the normalized text paragraph by paragraph', async (t) => {
    const db = await freshFor(t, kind);
    runJson<IngestSummary>(['ingest', seedsDir, '--db', db]);
    const path = join(seedsDir, '002_9ff9c4e8dcadf0df.txt');
    const shown = runCli(['show', path, '--db', db]);
    assert.equal(shown.status, 0, shown.stderr);
    assert.match(shown.stdout, /¶1 \[ru\]/);
    assert.match(shown.stdout, /Летом 1921 года война за независимость Турции против объединенных сил Антанты вступила/);

    const json = runJson<{ id: string; text: string; passages: Array<{ start: number; end: number; lang: string }> }>(['show', path, '--db', db]);
    const byPrefix = runJson<{ id: string }>(['show', json.id.slice(0, 10), '--db', db]);
    assert.equal(byPrefix.id, json.id);
    assert.equal(runJson<{ id: string }>(['show', '002_9ff9c4e8dcadf0df.txt', '--db', db]).id, json.id, 'a file name finds it');
    const article = runJson<{ title: string }>(['show', '004_3cf1fd47c83241f0.txt', '--db', db]);
    assert.equal(article.title, 'Anti-Western policy of the Soviet-Turkish relations during the Greek-Turkish War');
    for (const p of json.passages) assert.ok(!json.text.slice(p.start, p.end).includes('\n'));
  });

  test('a bad file is reported by name and the rest of the batch is stored', async (t) => {
    const dir = tempDir();
    copyFileSync(join(seedsDir, '000_e0a4a8210e7bd8d3.txt'), join(dir, 'good.txt'));
    writeFileSync(join(dir, 'broken.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 7, 8]));
    writeFileSync(join(dir, 'empty.txt'), '');
    const db = await freshFor(t, kind);
    const result = runCli(['ingest', dir, '--db', db, '--json']);
    assert.equal(result.status, 1, 'the exit code says something failed');
    const summary = JSON.parse(result.stdout) as IngestSummary;
    assert.equal(summary.added, 1);
    assert.equal(summary.failed, 2);
    const failures = summary.files.filter((f) => f.outcome === 'failed');
    assert.ok(failures.some((f) => /broken\.txt/.test(f.error ?? '')));
    assert.ok(failures.some((f) => /empty\.txt/.test(f.error ?? '')));
    assert.equal(runJson<SourceRow[]>(['sources', '--db', db]).length, 1);
  });

  test('a changed file replaces its older version', async (t) => {
    const dir = tempDir();
    const file = join(dir, 'letter.txt');
    copyFileSync(join(seedsDir, '003_99594d2c9f9c4830.txt'), file);
    const db = await freshFor(t, kind);
    runJson<IngestSummary>(['ingest', file, '--db', db]);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n\nA postscript added by the editor in 1925.\n`);
    const second = runJson<IngestSummary>(['ingest', file, '--db', db]);
    assert.equal(second.replaced, 1);
    const sources = runJson<SourceRow[]>(['sources', '--db', db]);
    assert.equal(sources.length, 1);
    assert.equal(runJson<SearchJson>(['search', 'postscript', '--db', db]).total, 1);
  });
});

test('helpful errors and help', () => {
  const dir = tempDir();
  const missingDb = runCli(['search', 'Enver', '--db', join(dir, 'none.db')]);
  assert.equal(missingDb.status, 2);
  assert.match(missingDb.stderr, /no Dossier database/);
  assert.ok(!existsSync(join(dir, 'none.db')), 'reading never creates a database');

  const noFiles = runCli(['ingest', join(dir, 'nothing-here'), '--db', join(dir, 'x.db')]);
  assert.equal(noFiles.status, 2);
  assert.match(noFiles.stderr, /nothing-here: no such file or folder/);

  for (const command of ['ingest', 'search', 'sources', 'show']) {
    const help = runCli([command, '--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--db/);
    assert.match(help.stdout, /--json/);
  }
  const bad = runCli(['serch', 'x']);
  assert.equal(bad.status, 2);

  const env = runCli(['sources'], { env: { DOSSIER_DB: join(dir, 'env.db') } });
  assert.match(env.stderr, /env\.db/, 'DOSSIER_DB names the database');
});

test('a file named twice, in two spellings, is ingested once', () => {
  const dir = tempDir();
  copyFileSync(join(seedsDir, '000_e0a4a8210e7bd8d3.txt'), join(dir, 'a.txt'));
  const db = join(dir, 'twice.db');
  const summary = runJson<IngestSummary>(['ingest', 'a.txt', './a.txt', dir, '--db', db], { cwd: dir });
  assert.equal(summary.files.length, 1);
  assert.equal(summary.added, 1);
});
