/**
 * The researcher's authority file: the CSV read row by row with errors naming line and column,
 * and the records applied to the seeds: mentions they name become their entity (across scripts
 * when the aliases say so), with name, Wikidata id and coordinates, and every edit still holds.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { anchorEntity, newEdit } from '../../src/curate/index.js';
import { AuthorityFileError, readAuthorityFile } from '../../src/ingest/authority-file.js';
import { editLog, importAuthorities, recordEdit, refreshKnowledge } from '../../src/ingest/knowledge.js';
import type { AuthorityRecord, Entity, Mention } from '../../src/model.js';
import { prepareResolver, resolve } from '../../src/resolve/index.js';
import type { EntitySummary, Store } from '../../src/store/store.js';
import { storeOnSeeds, type StoreFixture } from './api-fixture.js';
import { sourceOf } from './store-fixtures.js';
import { eachStore } from '../store-kinds.js';

describe('reading an authority file', () => {
  it('reads quoted fields, aliases, Wikidata addresses, decimal commas, CRLF and a byte order mark', () => {
    const text = [
      '\uFEFFType,Name,Aliases,Wikidata,Latitude,Longitude,Note',
      'person,Georgy Chicherin,"Чичерин|Г.В. Чичерин; Tchitcherine",https://www.wikidata.org/wiki/Q193364,,,"People\'s Commissar, ""Narkomindel""',
      'from 1918"',
      'place,Kars,Карс,wd:Q83077,"40,6013",43.0975,',
      '',
      'org,Comintern,,q44490,,,',
    ].join('\r\n');
    const { records, problems } = readAuthorityFile(text, 'people.csv');
    assert.deepEqual(problems, []);
    assert.deepEqual(records, [
      { type: 'person', name: 'Georgy Chicherin', aliases: ['Чичерин', 'Г.В. Чичерин', 'Tchitcherine'], wikidata: 'Q193364', note: 'People\'s Commissar, "Narkomindel"\r\nfrom 1918' },
      { type: 'place', name: 'Kars', aliases: ['Карс'], wikidata: 'Q83077', coordinates: { lat: 40.6013, lon: 43.0975 } },
      { type: 'org', name: 'Comintern', aliases: [], wikidata: 'Q44490' },
    ] satisfies AuthorityRecord[]);
  });

  it('leaves out each bad row, naming its line (after a field of several lines) and column, and reads the others', () => {
    const text = [
      'type,name,aliases,wikidata,latitude,longitude,note',
      'person,Lev Karakhan,Карахан,,,,"a note',
      'of two lines"',
      'city,Nowhere,,,,,',
      'person,,Безымянный,,,,',
      'person,Karl Radek,,Q1x,,,',
      'place,Batum,Батум,,95,41.6,',
      'place,Tiflis,,,41.7,,',
      'person,Enver Pasha,,,41.7,44.8,',
      'person,Lev  KARAKHAN,,,,,',
      'person,L. M. Karakhan,Карахан,,,,',
      'place,Sevres,,,48.8,2.2,,extra',
      'place,Angora,Ангора,Q3640,39.93,32.86,',
    ].join('\n');
    const { records, problems } = readAuthorityFile(text, 'people.csv');
    assert.deepEqual(records.map((record) => record.name), ['Lev Karakhan', 'Angora']);
    assert.deepEqual(problems.map(({ line, column }) => [line, column]), [
      [4, 'type'], [5, 'name'], [6, 'wikidata'], [7, 'latitude'], [8, 'longitude'], [9, 'latitude'], [10, 'name'], [11, 'aliases'], [12, undefined],
    ]);
    assert.match(problems[0]!.message, /"city" is not a type: give one of person, place, org/);
    assert.match(problems[3]!.message, /"95" is not a latitude/);
    assert.match(problems[5]!.message, /coordinates are for places/);
    assert.match(problems[6]!.message, /already given on line 2/);
    assert.match(problems[7]!.message, /"Карахан" is also a form of person "Lev Karakhan" \(line 2\)/);
    assert.match(problems[8]!.message, /8 fields where the header has 7 columns/);
  });

  it('refuses a file whose header is wrong or whose quote never closes, naming the file', () => {
    assert.throws(() => readAuthorityFile('', 'a.csv'), (error: unknown) => error instanceof AuthorityFileError && /a\.csv is empty/.test(error.message));
    assert.throws(() => readAuthorityFile('type,name,wikidta\nperson,X,Q1\n', 'a.csv'), /a\.csv line 1: unknown column "wikidta"/);
    assert.throws(() => readAuthorityFile('type,aliases\nperson,X\n', 'a.csv'), /a\.csv line 1: no "name" column/);
    assert.throws(() => readAuthorityFile('type,name,name\n', 'a.csv'), /"name" is given twice/);
    assert.throws(() => readAuthorityFile('type,name\nperson,X\nperson,"Y\n', 'a.csv'), /a\.csv line 3: a quoted field is never closed/);
  });
});

/** The one entity among `entities` with this form among its aliases. */
function withForm(entities: readonly EntitySummary[], form: string): EntitySummary {
  const found = entities.filter((entity) => entity.aliases.some((alias) => alias.text === form));
  assert.equal(found.length, 1, `one entity is written "${form}": ${found.map((entity) => entity.label).join(', ')}`);
  return found[0]!;
}

describe('authority records in resolution', () => {
  before(() => prepareResolver());

  it('keeps a treaty named by an adjective (`Карсский договор`) at its place when a record claims the place', () => {
    const base = sourceOf('/archive/kars.txt', ['Карсский договор подписан 13 октября 1921 года. Делегаты прибыли в Карс.'], 'ru');
    const treaty = base.text.indexOf('Карсский договор');
    const town = base.text.lastIndexOf('Карс');
    const mentions: Mention[] = [
      { kind: 'document', start: treaty, end: treaty + 16, text: 'Карсский договор', confidence: 1, value: { type: 'treaty', senders: [], recipients: [], signedAt: { start: treaty, end: treaty + 8, text: 'Карсский' }, form: 'narrative' } },
      { kind: 'place', start: town, end: town + 4, text: 'Карс', confidence: 1, value: { lemma: 'Карс' } },
    ];
    const source = { ...base, mentions };
    const withoutRecords = resolve([source]);
    const withRecord = resolve([source], [{ type: 'place', name: 'Kars (city)', aliases: ['Карс'], coordinates: { lat: 40.6, lon: 43.1 } }]);
    const placeId = (resolution: typeof withRecord) => resolution.entities.find((entity) => entity.type === 'place')!.id;
    assert.equal(withoutRecords.documents[0]!.signedAt?.entity, placeId(withoutRecords));
    assert.notEqual(placeId(withRecord), placeId(withoutRecords), 'the record gives the place an id of its own');
    assert.equal(withRecord.documents[0]!.signedAt?.entity, placeId(withRecord));
    assert.equal(withRecord.entities.find((entity) => entity.type === 'place')!.label, 'Kars (city)');
  });
});

eachStore((kind) => {
  describe('authority records applied to the seeds', () => {
    let fixture: StoreFixture;
    let store: Store;
    const all = () => store.listEntities({ limit: 100_000 });
    before(async () => {
      fixture = await storeOnSeeds('dossier-authorities-', {}, kind);
      store = fixture.store;
    });
    after(() => fixture.close());

    const RECORDS: AuthorityRecord[] = [
      { type: 'person', name: 'Sergo Ordzhonikidze', aliases: ['Г.К. Орджоникидзе'], wikidata: 'Q193368' },
      { type: 'person', name: 'Georgy Chicherin', aliases: ['Чичерин'], wikidata: 'Q193364' },
      { type: 'person', name: 'Enver Pasha', aliases: ['Энвер-паша'], wikidata: 'Q192149' },
      { type: 'place', name: 'Kars', aliases: ['Карс'], wikidata: 'Q83077', coordinates: { lat: 40.6013, lon: 43.0975 } },
    ];

    it('joins two entities the records say are one, across scripts, with the record’s name, Wikidata id and coordinates; edits still hold', async () => {
      const before = await all();
      const initialed = withForm(before, 'Г.Орджоникидзе');
      const named = withForm(before, 'Серго Орджоникидзе');
      assert.notEqual(initialed.id, named.id, 'apart before the import');
      // The surname alone, which resolution left apart for want of knowing whose it is.
      const surname = withForm(before, 'Орджоникидзе');
      assert.equal(new Set([initialed.id, named.id, surname.id]).size, 3);
      const enverNuri = withForm(before, 'Энвера Нури');

      // The researcher's corrections, made before the import: a rename of an entity a record claims, and a merge elsewhere.
      const chicherin = withForm(before, 'Г.Чичерин');
      await recordEdit(store, newEdit('rename', { entity: anchorEntity(chicherin), label: 'Георгий Васильевич Чичерин' }, 'full name'));
      const legrand = withForm(before, 'Легран');
      const natsarenus = withForm(before, 'С.Нацаренус');
      await recordEdit(store, newEdit('merge', { into: anchorEntity(legrand), from: anchorEntity(natsarenus) }));

      const summary = await importAuthorities(store, RECORDS);
      assert.deepEqual([summary.added, summary.replaced, summary.matched, summary.orphaned], [4, 0, 4, []]);

      const afterImport = await all();
      const ordzhonikidze = withForm(afterImport, 'Г.Орджоникидзе');
      assert.equal(withForm(afterImport, 'Серго Орджоникидзе').id, ordzhonikidze.id, 'one entity now');
      assert.equal(withForm(afterImport, 'Орджоникидзе').id, ordzhonikidze.id, 'the surname fits no other record');
      assert.equal(ordzhonikidze.label, 'Sergo Ordzhonikidze');
      assert.equal(ordzhonikidze.mentions, initialed.mentions + named.mentions + surname.mentions);
      assert.equal(ordzhonikidze.attributes.wikidata, 'Q193368');

      const kars = withForm(afterImport, 'Карсе');
      assert.deepEqual(kars.attributes.coordinates, { lat: 40.6013, lon: 43.0975 });
      assert.equal(kars.attributes.gazetteer, 'geonames:743952', 'what the gazetteer knew stays');
      // The treaty signed there still points to the place, under its new id.
      const treaties = (await store.calendar({ type: 'treaty' })).filter((entry) => entry.signedAt?.label === 'Kars');
      assert.ok(treaties.length > 0 && treaties.every((entry) => entry.signedAt!.entity === kars.id));

      // The researcher has the last word: the record gives its Wikidata id, the rename its label.
      const renamed = withForm(afterImport, 'Г.Чичерин');
      assert.equal(renamed.label, 'Георгий Васильевич Чичерин');
      assert.equal(renamed.attributes.wikidata, 'Q193364');
      assert.equal(withForm(afterImport, 'С.Нацаренус').id, withForm(afterImport, 'Легран').id, 'the merge holds');
      assert.ok((await editLog(store)).every((edit) => edit.status === 'applied'));

      // A record takes only names it fits: Enver Pasha is not Enver Nuri.
      const nuri = withForm(afterImport, 'Энвера Нури');
      assert.equal(nuri.attributes.authority, undefined);
      assert.equal(nuri.mentions, enverNuri.mentions);
      assert.equal(withForm(afterImport, 'Энвер-паша').label, 'Enver Pasha');
    });

    it('keeps the records through a new resolution, and replaces a record imported again', async () => {
      await refreshKnowledge(store);
      const kars = () => all().then((entities) => withForm(entities, 'Карсе') as Entity);
      assert.equal((await kars()).attributes.wikidata, 'Q83077');
      const summary = await importAuthorities(store, [{ ...RECORDS[3]!, name: 'KARS', coordinates: { lat: 40.61, lon: 43.1 } }]);
      assert.deepEqual([summary.added, summary.replaced], [0, 1]);
      const records = await store.listAuthorities();
      assert.deepEqual(records.map((record) => record.name), ['Sergo Ordzhonikidze', 'Georgy Chicherin', 'Enver Pasha', 'KARS']);
      assert.deepEqual((await kars()).attributes.coordinates, { lat: 40.61, lon: 43.1 });
      assert.equal((await kars()).label, 'KARS');
    });
  });
});
