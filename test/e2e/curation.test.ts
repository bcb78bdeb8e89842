/**
 * The researcher's corrections through the real CLI, on a copy of the demo corpus: made,
 * kept through re-ingests of the same corpus and of a changed file, orphaned when their text
 * is deleted, taken back by undo.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, runJson, seedsDir, suiteStore, tempDir } from './helpers.js';
import { eachStore } from '../store-kinds.js';

const LETTER = '003_99594d2c9f9c4830.txt';
// Each kind of store gets its own copy of the corpus, since the tests change a file of it.
let corpus: string;
let db: string;

interface EntityJson {
  id: string;
  type: string;
  label: string;
  mentions: number;
  aliases: Array<{ text: string; count: number }>;
  mentionList: Array<{ sourceId: string; start: number; text: string; origin: string }>;
}

interface EditJson {
  id: string;
  kind: string;
  reason?: string;
  status: 'applied' | 'undone' | 'orphaned';
  orphanedBecause?: string;
}

const cli = (...args: string[]) => runCli([...args, '--db', db]);
const json = <T>(...args: string[]) => runJson<T>([...args, '--db', db]);
const entity = (name: string) => json<EntityJson>('entity', name);
const ingest = () => json<{ knowledge: { orphaned: Array<{ edit: { id: string }; reason: string }> } }>('ingest', corpus);
function idOf(label: string): string {
  const found = json<EntityJson[]>('entities', '--limit', '100000').filter((each) => each.label === label);
  assert.equal(found.length, 1, `one entity labelled ${label}`);
  return found[0]!.id;
}

/** What the edits below should leave, checked after each re-ingest. */
const expected = { ordzhonikidze: '', karakhan: '', kamal: '', romaniaMentions: 0 };

eachStore((kind) => {
  const store = suiteStore(kind);

  before(() => {
    corpus = join(tempDir(), 'corpus');
    db = store();
    cpSync(seedsDir, corpus, { recursive: true });
    ingest();
  });

  function assertEditsHold(): void {
    const ordzhonikidze = entity(expected.ordzhonikidze);
    assert.equal(ordzhonikidze.label, 'Г. Орджоникидзе');
    const forms = ordzhonikidze.aliases.map((alias) => alias.text);
    for (const form of ['Г.Орджоникидзе', 'Серго Орджоникидзе']) assert.ok(forms.includes(form), `${form} in ${forms.join(', ')}`);

    assert.equal(entity(expected.karakhan).label, 'Лев Карахан');
    assert.equal(entity('Moskova Hatıraları').mentions, 3, 'the rejected mention is not counted');
    assert.deepEqual([...new Set(entity(expected.kamal).aliases.map((alias) => alias.text))].sort(), ['Kamal', 'Mustafa Kamal']);
    assert.ok(!entity('Мустафа Кемаль Ататюрк').aliases.some((alias) => alias.text === 'Kamal'));
    const romania = entity('Romania');
    assert.equal(romania.mentions, expected.romaniaMentions);
    assert.ok(romania.mentionList.some((mention) => mention.origin === 'human'), 'the added mention is listed as the researcher\'s');
  }

  test('merge, rename, split, reject and accept take effect at once, each a logged edit', () => {
    const merged = json<{ edit: { id: string; kind: string; reason: string }; entities: EntityJson[] }>(
      'merge', idOf('Г. Орджоникидзе'), idOf('Серго Орджоникидзе'), '--reason', 'Sergo is G. K. Ordzhonikidze',
    );
    assert.equal(merged.edit.kind, 'merge');
    assert.equal(merged.edit.reason, 'Sergo is G. K. Ordzhonikidze');
    expected.ordzhonikidze = merged.entities[0]!.id;
    assert.equal(entity('Серго Орджоникидзе').id, expected.ordzhonikidze, 'the merged name finds the merged entity');

    expected.karakhan = idOf('Карахан');
    assert.equal(json<{ entities: EntityJson[] }>('rename', 'Карахан', 'Лев Карахан').entities[0]!.label, 'Лев Карахан');

    const kemal = entity('Мустафа Кемаль Ататюрк');
    const split = json<{ entities: EntityJson[] }>('split', kemal.id, '--form', 'Kamal', '--form', 'Mustafa Kamal', '--label', 'Mustafa Kamal');
    expected.kamal = split.entities.find((each) => each.id !== kemal.id)!.id;

    const title = entity('Moskova Hatıraları');
    assert.equal(title.mentions, 4);
    const ambiguous = cli('reject', '--source', '002_9ff9c4e8dcadf0df.txt', '--text', 'Moskova Hatıraları');
    assert.equal(ambiguous.status, 2);
    assert.match(ambiguous.stderr, /occurs \d+ times .* choose one with --at OFFSET/);
    const rejected = cli('reject', '--source', '002_9ff9c4e8dcadf0df.txt', '--text', 'Moskova Hatıraları', '--at', String(title.mentionList[0]!.start), '--reason', 'a book title');
    assert.equal(rejected.status, 0, rejected.stderr);

    // The recognizers miss one "Romania" of the letter; the researcher adds it.
    const text = json<{ id: string; text: string }>('show', join(corpus, LETTER));
    const found = entity('Romania').mentionList.filter((mention) => mention.sourceId === text.id).map((mention) => mention.start);
    const missed = [...text.text.matchAll(/Romania/g)].map((match) => match.index).find((start) => !found.includes(start));
    assert.ok(missed !== undefined, 'a Romania the recognizers missed');
    const accepted = json<{ entities: EntityJson[] }>('accept', '--source', join(corpus, LETTER), '--text', 'Romania', '--at', String(missed), '--kind', 'place');
    assert.equal(accepted.entities[0]!.label, 'Romania', 'joins the entity of that name');
    expected.romaniaMentions = entity('Romania').mentions;
    assert.equal(expected.romaniaMentions, found.length + 1);

    assertEditsHold();
    const log = json<EditJson[]>('edits');
    assert.deepEqual(log.map((edit) => edit.kind), ['merge', 'rename', 'split', 'reject', 'accept']);
    assert.ok(log.every((edit) => edit.status === 'applied'));
  });

  test('an edit is refused whole when it is wrong: an ambiguous name, the same entity twice, a text not in the source', () => {
    const ambiguous = cli('rename', 'паша', 'X');
    assert.equal(ambiguous.status, 2);
    assert.match(ambiguous.stderr, /"паша" names \d+ entities; give one of their ids:\n {2}[a-z]-[0-9a-f]{12} {2}person/);
    assert.equal(cli('merge', expected.ordzhonikidze, 'Серго Орджоникидзе').status, 2);
    const absent = cli('accept', '--source', join(corpus, LETTER), '--text', 'Napoleon', '--kind', 'person');
    assert.equal(absent.status, 2);
    assert.match(absent.stderr, /"Napoleon" is not in /);
    assert.equal(cli('split', expected.karakhan, '--form', 'Trotsky').status, 2, 'a form the entity is not written in');
    const noName = cli('reject', '--source', join(corpus, LETTER), '--text', 'fairy tale');
    assert.equal(noName.status, 2);
    assert.match(noName.stderr, /"fairy tale" at \d+ is no name the recognizers found/);
    assert.equal(json<EditJson[]>('edits').length, 5, 'nothing was logged');
    for (const command of ['merge', 'split', 'rename', 'retype', 'reject', 'accept', 'edits', 'undo']) {
      const help = runCli([command, '--help']);
      assert.equal(help.status, 0);
      assert.match(help.stdout, /Examples?:\n {2}dossier /, `${command} --help has examples`);
    }
  });

  test('re-ingesting the same corpus keeps every edit', () => {
    assert.deepEqual(ingest().knowledge.orphaned, []);
    assertEditsHold();
  });

  test('a changed version of a file keeps the edits anchored in it; deleting their sentence orphans them, listed and reported', () => {
    const original = readFileSync(join(corpus, LETTER), 'utf8');
    assert.ok(original.includes('Download PDF') && original.includes('With communist greetings'));
    writeFileSync(join(corpus, LETTER), original.replace('Download PDF', 'Download the PDF').replace('With communist greetings', 'With warm communist greetings'));
    assert.deepEqual(ingest().knowledge.orphaned, []);
    assertEditsHold();

    const accept = json<EditJson[]>('edits').find((edit) => edit.kind === 'accept')!;
    const sentence = 'She could very well use it much more than she did; after that the question of Romania lost its relevance because the master of Romania, that is, France, made friends with angora.';
    const changed = readFileSync(join(corpus, LETTER), 'utf8');
    assert.ok(changed.includes(sentence));
    writeFileSync(join(corpus, LETTER), changed.replace(sentence, ''));
    const ingested = runCli(['ingest', corpus, '--db', db]);
    assert.equal(ingested.status, 0, ingested.stderr);
    assert.match(ingested.stdout, new RegExp(`1 edit orphaned .*\n {2}${accept.id} accept "Romania" .*: "Romania" .* is no longer in .*003_99594d2c9f9c4830\.txt`));

    const orphaned = json<EditJson[]>('edits', '--orphaned');
    assert.deepEqual(orphaned.map((edit) => [edit.id, edit.status]), [[accept.id, 'orphaned']]);
    assert.equal(json<EditJson[]>('edits').length, 5, 'the orphaned edit is still in the log');
    const listing = cli('edits');
    assert.match(listing.stdout, new RegExp(`${accept.id} .* orphaned: "Romania"`));
    assert.match(listing.stdout, /1 orphaned edit/);
    // The merge, rename, split and reject are untouched by the deletion.
    assert.equal(entity(expected.karakhan).label, 'Лев Карахан');
    assert.equal(entity('Moskova Hatıraları').mentions, 3);
    assert.ok(!entity('Romania').mentionList.some((mention) => mention.origin === 'human'));
  });

  test('undo takes an edit back, and the undo survives re-ingest; undoing it again puts the edit back', () => {
    const rename = json<EditJson[]>('edits').find((edit) => edit.kind === 'rename')!;
    const undo = json<{ edit: { id: string; kind: string } }>('undo', rename.id);
    assert.equal(undo.edit.kind, 'undo');
    assert.equal(entity(expected.karakhan).label, 'Карахан');
    ingest();
    assert.equal(entity(expected.karakhan).label, 'Карахан');
    const log = json<EditJson[]>('edits');
    assert.equal(log.find((edit) => edit.id === rename.id)!.status, 'undone');
    assert.equal(cli('undo', rename.id).status, 2, 'an undone edit cannot be undone twice');

    json('undo', undo.edit.id);
    assert.equal(entity(expected.karakhan).label, 'Лев Карахан');
    assert.equal(cli('undo', 'ffffffff').status, 2);
  });
});
