/** dossier claims through the real CLI: the demo corpus, then the demo corpus with two sources that disagree. */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, runJson, seedsDir, tempDir } from './helpers.js';

interface ClaimJson {
  id: string;
  kind: 'quantity' | 'date';
  item: string;
  status: 'agree' | 'conflict' | 'single';
  sources: number;
  readings: Array<{ value: number | string; sources: string[] }>;
  statements: Array<{ source: string; path: string; text: string; passage: string; value: number | string }>;
  difference?: string;
}

const seedsDb = join(tempDir(), 'claims.db');
const disputedDb = join(tempDir(), 'disputed.db');

before(() => {
  const seeds = runCli(['ingest', seedsDir, '--db', seedsDb]);
  assert.equal(seeds.status, 0, seeds.stderr);
  const disputes = tempDir();
  writeFileSync(
    join(disputes, 'memoir.txt'),
    'The Soviet government supported the Turkish nationalists with weapons throughout the war. In 1921 Soviet Russia sent Ankara 52,000 rifles and 240 machine guns. They came by sea.\n',
  );
  writeFileSync(
    join(disputes, 'report.txt'),
    'Советское правительство поддерживало турецких националистов оружием на протяжении всей войны. В 1921 г. Советская Россия передала Анкаре 45 тыс. винтовок и 240 пулеметов. Оружие шло морем.\n',
  );
  const ingest = runCli(['ingest', seedsDir, disputes, '--db', disputedDb]);
  assert.equal(ingest.status, 0, ingest.stderr);
});

test('the demo corpus: the rifles of two sources agree, each statement with its source and passage', () => {
  const groups = runJson<ClaimJson[]>(['claims', '--db', seedsDb]);
  const rifles = groups.find((group) => group.item === 'rifle' && group.readings.some((reading) => reading.value === 39000));
  assert.ok(rifles, 'a group of 39,000 rifles');
  assert.equal(rifles.status, 'agree');
  assert.ok(rifles.sources >= 2);
  for (const statement of rifles.statements) {
    assert.ok(statement.path.endsWith('.txt'), statement.path);
    assert.ok(statement.passage.includes(statement.text));
  }
  assert.ok(groups.some((group) => group.status === 'single'));
});

test('--conflicts returns only conflicts, first the ones found', () => {
  for (const db of [seedsDb, disputedDb]) {
    const conflicts = runJson<ClaimJson[]>(['claims', '--conflicts', '--db', db]);
    assert.ok(conflicts.every((group) => group.status === 'conflict'), db);
  }
  const conflicts = runJson<ClaimJson[]>(['claims', '--conflicts', '--db', disputedDb]);
  const rifles = conflicts.find((group) => group.item === 'rifle');
  assert.ok(rifles, 'the rifles are in conflict');
  assert.deepEqual(rifles.readings.map((reading) => reading.value).sort(), [45000, 52000]);
  assert.equal(runJson<ClaimJson[]>(['claims', '--db', disputedDb])[0]!.status, 'conflict');
});

test('--item takes the English kind or the word as the text writes it; the table names status, item and sources', () => {
  const english = runJson<ClaimJson[]>(['claims', '--item', 'rifle', '--db', seedsDb]);
  const russian = runJson<ClaimJson[]>(['claims', '--item', 'Винтовка', '--db', seedsDb]);
  assert.ok(english.length > 0 && english.every((group) => group.item === 'rifle'));
  assert.ok(russian.length > 0 && russian.every((group) => english.some((each) => each.id === group.id)));

  const table = runCli(['claims', '--conflicts', '--db', disputedDb]);
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stdout, /CONFLICT rifle/);
  assert.match(table.stdout, /52,000 \(1 source\) vs 45,000 \(1 source\)|45,000 \(1 source\) vs 52,000 \(1 source\)/);
  assert.match(table.stdout, /memoir\.txt/);
  assert.match(table.stdout, /report\.txt/);
  assert.match(runCli(['claims', '--limit', '2', '--db', seedsDb]).stdout, /the first 2: --limit for more/);
});

test('empty states say what to do, and --help gives examples', () => {
  const quiet = tempDir();
  writeFileSync(join(quiet, 'note.txt'), 'A short note with no figures at all, about nothing in particular.\n');
  const db = join(tempDir(), 'quiet.db');
  assert.equal(runCli(['ingest', quiet, '--db', db]).status, 0);
  assert.match(runCli(['claims', '--db', db]).stdout, /No claims yet: ingest sources/);
  assert.deepEqual(runJson<ClaimJson[]>(['claims', '--db', db]), []);
  assert.match(runCli(['claims', '--item', 'zeppelin', '--db', seedsDb]).stdout, /No claims about "zeppelin"/);
  const help = runCli(['claims', '--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--conflicts/);
  assert.match(help.stdout, /dossier claims --item rifle/);
});
