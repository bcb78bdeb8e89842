/** The knowledge commands on the demo corpus, through the real CLI: entities, entity, timeline, extract, eval. */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, runCli, runJson, seedsDir, tempDir } from './helpers.js';

const db = join(tempDir(), 'knowledge.db');

before(() => {
  const ingest = runCli(['ingest', seedsDir, '--db', db]);
  assert.equal(ingest.status, 0, ingest.stderr);
});

interface EntityJson {
  id: string;
  type: string;
  label: string;
  aliases: Array<{ text: string; lang: string; count: number }>;
  attributes: { coordinates?: { lat: number; lon: number } };
  mentionList: Array<{ text: string; sentence: string; sentenceStart: number }>;
}

test('one person across scripts and cases: found by a Latin name, with Russian forms and their sentences', () => {
  const chicherin = runJson<EntityJson>(['entity', 'Chicherin', '--db', db]);
  assert.equal(chicherin.type, 'person');
  const forms = chicherin.aliases.map((alias) => alias.text);
  for (const form of ['Chicherin', 'Г.Чичерину', 'Г.Чичерина']) assert.ok(forms.includes(form), `${form} in ${forms.join(', ')}`);
  for (const mention of chicherin.mentionList) {
    assert.equal(mention.sentence.slice(mention.sentenceStart, mention.sentenceStart + mention.text.length), mention.text);
  }
  assert.equal(runJson<EntityJson>(['entity', 'Чичерину', '--db', db]).id, chicherin.id, 'any inflected form finds the same entity');
});

test('places carry coordinates; historical names join the modern place', () => {
  const places = runJson<EntityJson[]>(['entities', '--type', 'place', '--db', db]);
  const ankara = places.find((place) => place.label === 'Ankara');
  assert.ok(ankara?.attributes.coordinates, 'Ankara has coordinates');
  assert.ok(Math.abs(ankara.attributes.coordinates.lat - 39.9) < 0.5);
  assert.ok(places.every((place) => place.type === 'place'));
  const batumi = runJson<EntityJson>(['entity', 'Батум', '--db', db]);
  assert.equal(batumi.label, 'Batumi');
});

test('entity ids are stable: the corpus ingested again, one file at a time in another order, gives the same ids', () => {
  const again = join(tempDir(), 'again.db');
  for (const file of [...readdirSync(seedsDir)].sort().reverse()) {
    const ingest = runCli(['ingest', join(seedsDir, file), '--db', again]);
    assert.equal(ingest.status, 0, ingest.stderr);
  }
  const idsOf = (database: string) =>
    new Map(runJson<EntityJson[]>(['entities', '--limit', '100000', '--db', database]).map((entity) => [`${entity.type} ${entity.label}`, entity.id]));
  const first = idsOf(db);
  const second = idsOf(again);
  assert.ok(first.size > 100, `${first.size} entities`);
  assert.deepEqual([...second].sort(), [...first].sort());
});

test('an unknown name is a usage error that says where to look', () => {
  const result = runCli(['entity', 'Наполеон', '--db', db]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /no entity is named "Наполеон"/);
});

test('the timeline lists dates inside the window, in order, with their sentences', () => {
  const entries = runJson<Array<{ edtf: string; min: string; max: string; sentence: string }>>(['timeline', '--from', '1921-08', '--to', '1921-09', '--db', db]);
  assert.ok(entries.length >= 10, `${entries.length} dates in August–September 1921`);
  for (const entry of entries) assert.ok(entry.min >= '1921-08-01' && entry.max <= '1921-09-30', entry.edtf);
  const mins = entries.map((entry) => entry.min);
  assert.deepEqual(mins, [...mins].sort());
  assert.ok(entries.some((entry) => entry.edtf === '1921-09-16/1921-09-17'), 'the night of 16 to 17 September');
  assert.equal(runCli(['timeline', '--from', '21-08', '--db', db]).status, 2, 'a malformed date is refused');
});

interface CalendarJson {
  id: string;
  type: string;
  date?: { edtf: string };
  senders: Array<{ id: string; label: string }>;
  recipients: Array<{ id: string; label: string }>;
  holdings: Array<{ archive?: string; collection?: string }>;
  citations: Array<{ path: string; text: string }>;
}

test('the calendar lists each cited document once, in date order, with parties, holdings and citations', () => {
  const all = runJson<CalendarJson[]>(['calendar', '--db', db]);
  assert.ok(all.length >= 50, `${all.length} documents`);
  const dated = all.filter((entry) => entry.date).map((entry) => entry.date!.edtf.slice(0, 10));
  assert.deepEqual(dated, [...dated].sort(), 'dated documents in order, undated last');
  assert.ok(all.findIndex((entry) => !entry.date) === -1 || all.slice(all.findIndex((entry) => !entry.date)).every((entry) => !entry.date));
  const telegram = all.find((entry) => entry.type === 'cipher_telegram' && entry.date?.edtf === '1921-08-18');
  assert.ok(telegram, 'the cipher telegram of 18 August 1921');
  assert.ok(telegram.citations.length >= 2, 'cited in running text and by its formula');
  assert.ok(telegram.holdings.some((holding) => holding.archive === 'РГАСПИ'));
  const kars = all.filter((entry) => entry.type === 'treaty' && entry.date?.edtf === '1921-10-13');
  assert.equal(kars.length, 1, 'the Kars treaty once');
  assert.ok(new Set(kars[0]!.citations.map((citation) => citation.path)).size >= 2, 'cited in two texts');

  const august = runJson<CalendarJson[]>(['calendar', '--from', '1921-08', '--to', '1921-08', '--db', db]);
  assert.ok(august.length > 0 && august.every((entry) => entry.date!.edtf.startsWith('1921-08')));
  const chicherin = runJson<CalendarJson[]>(['calendar', '--person', 'Chicherin', '--type', 'letter', '--db', db]);
  assert.ok(chicherin.length > 0);
  for (const entry of chicherin) {
    assert.equal(entry.type, 'letter');
    assert.ok([...entry.senders, ...entry.recipients].some((party) => party.label.includes('Чичерин') || party.label.includes('Chicherin')), entry.id);
  }
  assert.equal(runCli(['calendar', '--from', '21-08', '--db', db]).status, 2, 'a malformed date is refused');
  assert.equal(runCli(['calendar', '--type', 'fax', '--db', db]).status, 2, 'an unknown type is refused');
  assert.equal(runCli(['calendar', '--person', 'Наполеон', '--db', db]).status, 2, 'an unknown person is named');
  assert.match(runCli(['calendar', '--limit', '3', '--db', db]).stdout, /3 documents/);
});

test('extract prints the contract shape, offsets into the normalized text', () => {
  const report = runJson<{
    sources: Array<{ id: string; text: string }>;
    dates: Array<{ source: string; start: number; end: number; text: string; edtf: string }>;
    quantities: Array<{ source: string; start: number; end: number; text: string; value: number }>;
    entities: Array<{ id: string; mentions: Array<{ source: string; start: number; end: number; text: string }> }>;
    documents: Array<{ type: string; senders: string[]; recipients: string[]; citations: Array<{ source: string; start: number; end: number; text: string }> }>;
  }>(['extract', join(seedsDir, '001_761d5c734d833c29.txt')]);
  const text = report.sources[0]!.text;
  for (const span of [...report.dates, ...report.quantities, ...report.entities.flatMap((entity) => entity.mentions)]) {
    assert.equal(text.slice(span.start, span.end), span.text);
  }
  assert.ok(report.quantities.some((quantity) => quantity.value === 39_000));
  assert.ok(report.dates.some((date) => date.edtf === '1920/1922'));
  for (const citation of report.documents.flatMap((document) => document.citations)) assert.equal(text.slice(citation.start, citation.end), citation.text);
  const entityOf = new Map(report.entities.flatMap((entity) => entity.mentions.map((mention) => [mention.text, entity] as const)));
  const kemal = entityOf.get('Кемаль')?.id;
  const lenin = entityOf.get('Ленину')?.id;
  assert.ok(kemal && lenin, 'Kemal and Lenin are entities');
  assert.ok(
    report.documents.some((document) => document.type === 'letter' && document.senders.includes(kemal) && document.recipients.includes(lenin)),
    'Kemal\'s letter to Lenin',
  );
});

test('eval scores every category the gold annotates', () => {
  const report = runJson<{ categories: Array<{ category: string; status: string; score?: { f1: number } }> }>(['eval', join(repoRoot, 'test', 'gold')]);
  const status = new Map(report.categories.map((result) => [result.category, result]));
  for (const category of ['persons', 'places', 'orgs', 'linking', 'dates', 'quantities', 'documents']) {
    assert.equal(status.get(category)?.status, 'scored', category);
    assert.ok(status.get(category)!.score!.f1 > 0.5, `${category} F1 ${status.get(category)!.score!.f1}`);
  }
  // The bar for the calendar of documents: type, date, senders and recipients all right.
  assert.ok(status.get('documents')!.score!.f1 >= 0.85, `documents F1 ${status.get('documents')!.score!.f1}`);
});

test('--no-annotate stores and indexes only; the next ingest annotates what is pending', () => {
  const quick = join(tempDir(), 'quick.db');
  const first = runJson<{ added: number; knowledge?: unknown }>(['ingest', join(seedsDir, '003_99594d2c9f9c4830.txt'), '--no-annotate', '--db', quick]);
  assert.equal(first.added, 1);
  assert.equal(first.knowledge, undefined);
  assert.deepEqual(runJson<unknown[]>(['entities', '--db', quick]), []);
  assert.ok(runJson<{ total: number }>(['search', 'Chicherin', '--db', quick]).total > 0, 'searchable at once');
  const second = runJson<{ unchanged: number; knowledge: { reannotated: number; entities: number } }>(['ingest', join(seedsDir, '003_99594d2c9f9c4830.txt'), '--db', quick]);
  assert.equal(second.unchanged, 1);
  assert.equal(second.knowledge.reannotated, 1);
  assert.ok(second.knowledge.entities > 0);
  assert.ok(runJson<unknown[]>(['timeline', '--db', quick]).length > 0);
});
