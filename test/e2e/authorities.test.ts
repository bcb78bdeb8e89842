/** dossier authorities import and list through the real CLI: good rows imported, bad rows named with line and column, exports carrying the records. */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, runJson, seedsDir, tempDir } from './helpers.js';

const folder = tempDir();
const db = join(folder, 'authorities.db');

before(() => {
  const ingest = runCli(['ingest', seedsDir, '--db', db]);
  assert.equal(ingest.status, 0, ingest.stderr);
});

test('imports the good rows, reports each bad one by line and column, and exits 1', () => {
  const file = join(folder, 'people.csv');
  writeFileSync(
    file,
    [
      'type,name,aliases,wikidata,latitude,longitude,note',
      'person,Georgy Chicherin,Чичерин,Q193364,,,',
      'place,Kars,Карс,Q83077,40.6013,43.0975,',
      'place,Batum,Батум,,95,41.6,',
    ].join('\n'),
  );
  const result = runCli(['authorities', 'import', file, '--db', db]);
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stdout, /2 records imported from .*people\.csv \(2 new, 0 replaced\)/);
  assert.match(result.stderr, /people\.csv line 4, column latitude: "95" is not a latitude/);
  const listed = runJson<Array<{ name: string; wikidata?: string }>>(['authorities', 'list', '--db', db]);
  assert.deepEqual(listed.map((record) => [record.name, record.wikidata]), [['Georgy Chicherin', 'Q193364'], ['Kars', 'Q83077']]);

  // What the exports read: the entity by the record's name, with its Wikidata id and coordinates.
  const entity = runJson<{ label: string; attributes: { wikidata?: string } }>(['entity', 'Georgy Chicherin', '--db', db]);
  assert.equal(entity.label, 'Georgy Chicherin');
  assert.equal(entity.attributes.wikidata, 'Q193364');
  const places = JSON.parse(runCli(['export', '--format', 'geojson', '--db', db]).stdout) as { features: Array<{ properties: { name: string; links?: string[] }; geometry: { coordinates: number[] } }> };
  const kars = places.features.find((feature) => feature.properties.name === 'Kars')!;
  assert.deepEqual(kars.geometry.coordinates, [43.0975, 40.6013]);
  assert.ok(kars.properties.links?.includes('http://www.wikidata.org/entity/Q83077'));
});

test('a file with a wrong header is refused whole, naming the file and the column', () => {
  const file = join(folder, 'typo.csv');
  writeFileSync(file, 'type,name,wikidta\nperson,Karl Radek,Q1\n');
  const result = runCli(['authorities', 'import', file, '--db', db]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /typo\.csv line 1: unknown column "wikidta"/);
  const missing = runCli(['authorities', 'import', join(folder, 'nothing.csv'), '--db', db]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read .*nothing\.csv: no such file/);
});
