/** dossier export on the demo corpus, through the real CLI: files that real parsers read back, the calendar's filters, failures. */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DOMParser, onErrorStopParsing } from '@xmldom/xmldom';
import { parse } from 'csv-parse/sync';
import { validateCmif } from '../unit/cmif-validator.js';
import { runCli, runJson, seedsDir, tempDir } from './helpers.js';

const folder = tempDir();
const db = join(folder, 'export.db');

interface CalendarJson {
  id: string;
  type: string;
}

interface Summary {
  format: string;
  documents: number;
  out: string;
  files: string[];
}

before(() => {
  const ingest = runCli(['ingest', seedsDir, '--db', db]);
  assert.equal(ingest.status, 0, ingest.stderr);
});

function calendarIds(filters: readonly string[]): string[] {
  return runJson<CalendarJson[]>(['calendar', ...filters, '--db', db]).map((entry) => entry.id);
}

function letterIds(filters: readonly string[]): string[] {
  return runJson<CalendarJson[]>(['calendar', ...filters, '--db', db]).filter((entry) => entry.type !== 'treaty').map((entry) => entry.id);
}

function csvIds(text: string): string[] {
  return (parse(text, { columns: true }) as Array<{ id: string }>).map((row) => row.id);
}

test('CMIF to a file: valid, one correspDesc per letter of the calendar, parties with URIs', () => {
  const out = join(folder, 'letters.xml');
  const summary = runJson<Summary>(['export', '--format', 'cmif', '--out', out, '--editor', 'A. Historian', '--editor-email', 'a@example.org', '--db', db]);
  const cmif = validateCmif(readFileSync(out, 'utf8'));
  assert.deepEqual(cmif.problems, []);
  assert.deepEqual(cmif.letters.map((letter) => letter.key), letterIds([]));
  assert.deepEqual(summary, { format: 'cmif', documents: cmif.letters.length, out, files: [out] });
  assert.ok(cmif.letters.length >= 30, `${cmif.letters.length} letters`);
  assert.equal(cmif.editor, 'A. Historian');
  const toFrunze = cmif.letters.find((letter) => letter.date?.when === '1921-12-26');
  assert.ok(toFrunze?.sent.some((party) => party.element === 'persName' && /Чичерин/.test(party.text) && party.ref?.startsWith('https://')));
  assert.ok(toFrunze?.received.some((party) => /Frunze/.test(party.text)));
  assert.ok(cmif.letters.some((letter) => letter.received.some((party) => party.element === 'placeName' && party.ref?.startsWith('http://www.geonames.org/'))));
});

test('CSV to a file: every document of the calendar, in its order', () => {
  const out = join(folder, 'calendar.csv');
  const summary = runJson<Summary>(['export', '--format', 'csv', '--out', out, '--db', db]);
  const ids = csvIds(readFileSync(out, 'utf8'));
  assert.deepEqual(ids, calendarIds([]));
  assert.equal(summary.documents, ids.length);
});

test('the calendar filters choose the same documents for export as for dossier calendar', () => {
  const all = calendarIds([]);
  for (const filters of [['--from', '1921-08', '--to', '1921-09'], ['--person', 'Chicherin'], ['--type', 'telegram']]) {
    const expected = calendarIds(filters);
    assert.ok(expected.length > 0 && expected.length < all.length, `${filters.join(' ')}: ${expected.length} of ${all.length}`);
    const csv = runCli(['export', '--format', 'csv', ...filters, '--db', db]);
    assert.equal(csv.status, 0, csv.stderr);
    assert.deepEqual(csvIds(csv.stdout), expected, filters.join(' '));
    const cmif = runCli(['export', '--format', 'cmif', ...filters, '--db', db]);
    assert.equal(cmif.status, 0, cmif.stderr);
    const contents = validateCmif(cmif.stdout);
    assert.deepEqual(contents.problems, []);
    assert.deepEqual(contents.letters.map((letter) => letter.key), letterIds(filters), filters.join(' '));
  }
});

test('an --out that cannot be written is an error naming it, and leaves no file behind', () => {
  const missingFolder = join(folder, 'no-such-folder', 'letters.xml');
  const missing = runCli(['export', '--format', 'cmif', '--out', missingFolder, '--db', db]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cannot write .*no-such-folder\/letters\.xml: its folder does not exist/);
  assert.equal(existsSync(join(folder, 'no-such-folder')), false);

  // A folder in the way: the temporary file is written, the rename fails, and the temporary file goes.
  const blocked = join(folder, 'blocked');
  mkdirSync(join(blocked, 'calendar.csv'), { recursive: true });
  const before = readdirSync(blocked);
  const result = runCli(['export', '--format', 'csv', '--out', join(blocked, 'calendar.csv'), '--db', db]);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /cannot write .*calendar\.csv: it is a folder/);
  assert.deepEqual(readdirSync(blocked), before);
});

test('an unknown format is a usage error listing the formats', () => {
  const result = runCli(['export', '--format', 'xlsx', '--db', db]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /tei, cmif, csv, gexf, geojson, jsonld/);
  assert.equal(result.stdout, '');
});

test('TEI into a folder: one file per source, each well-formed with its text whole; one source to standard output', () => {
  const out = join(folder, 'tei');
  const summary = runJson<{ sources: number; mentions: number; files: string[] }>(['export', '--format', 'tei', '--out', out, '--db', db]);
  const sources = runJson<Array<{ id: string; path: string }>>(['sources', '--db', db]);
  assert.equal(summary.sources, sources.length);
  assert.deepEqual(readdirSync(out).sort(), sources.map((source) => `${basename(source.path, '.txt')}.tei.xml`).sort());
  assert.ok(summary.mentions > 1000);
  const one = runCli(['export', '--format', 'tei', '--source', basename(sources[0]!.path), '--db', db]);
  assert.equal(one.status, 0, one.stderr);
  // The same file but for the day of the export, which the header gives.
  const undated = (text: string) => text.replace(/Exported by Dossier on \d{4}-\d{2}-\d{2}/, '');
  assert.equal(undated(one.stdout), undated(readFileSync(join(out, `${basename(sources[0]!.path, '.txt')}.tei.xml`), 'utf8')));
  const root = new DOMParser({ onError: onErrorStopParsing }).parseFromString(one.stdout, 'text/xml').documentElement!;
  assert.equal(root.getElementsByTagName('body')[0]!.textContent, runJson<{ text: string }>(['show', sources[0]!.id, '--db', db]).text);
});

test('TEI without --out or --source says what to give; an unknown source is named', () => {
  const neither = runCli(['export', '--format', 'tei', '--db', db]);
  assert.equal(neither.status, 2);
  assert.match(neither.stderr, /--out DIR .* --source/);
  assert.equal(neither.stdout, '');
  const unknown = runCli(['export', '--format', 'tei', '--source', 'no-such-file.txt', '--db', db]);
  assert.notEqual(unknown.status, 0);
  assert.match(unknown.stderr, /no source "no-such-file\.txt"/);
});

test('JSON-LD, GeoJSON and GEXF to standard output and to files, with their summaries', () => {
  type Collection = { total: number; first: { items: Array<{ id: string }> } };
  const one = JSON.parse(runCli(['export', '--format', 'jsonld', '--source', '000_e0a4a8210e7bd8d3.txt', '--base-uri', 'https://example.org/d', '--db', db]).stdout) as Collection;
  assert.equal(one.first.items.length, one.total);
  assert.ok(one.total > 10 && one.first.items.every((item) => item.id.startsWith('https://example.org/d/annotation/')));
  const names = join(folder, 'names.jsonld');
  const nameSummary = runJson<{ sources: number; annotations: number }>(['export', '--format', 'jsonld', '--out', names, '--db', db]);
  const all = JSON.parse(readFileSync(names, 'utf8')) as Collection;
  assert.deepEqual([nameSummary.sources, nameSummary.annotations], [5, all.total]);
  assert.ok(all.total > one.total);

  const places = join(folder, 'places.geojson');
  const placeSummary = runJson<{ places: number; unlocated: number }>(['export', '--format', 'geojson', '--from', '1921', '--to', '1921', '--out', places, '--db', db]);
  const features = (JSON.parse(readFileSync(places, 'utf8')) as { features: unknown[] }).features;
  assert.equal(features.length, placeSummary.places);
  assert.ok(placeSummary.places > 10);

  const network = join(folder, 'letters.gexf');
  const networkSummary = runJson<{ nodes: number; edges: number }>(['export', '--format', 'gexf', '--network', 'letters', '--spells', '--out', network, '--db', db]);
  const graph = new DOMParser({ onError: onErrorStopParsing }).parseFromString(readFileSync(network, 'utf8'), 'text/xml').documentElement!;
  assert.equal(graph.getElementsByTagName('node').length, networkSummary.nodes);
  assert.equal(graph.getElementsByTagName('edge').length, networkSummary.edges);
  assert.ok(graph.getElementsByTagName('spell').length > 0);
});

test('an option for another format is refused, naming the formats it is for', () => {
  const result = runCli(['export', '--format', 'gexf', '--person', 'Chicherin', '--db', db]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /--person is for cmif, csv, not gexf/);
  assert.equal(result.stdout, '');
});

test('the network and the map count whole months: a day for --from is refused, naming it', () => {
  const result = runCli(['export', '--format', 'geojson', '--from', '1921-08-18', '--db', db]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /--from 1921-08-18: geojson counts whole months/);
});

test('TEI: a source that cannot be written is reported, and the others are written', () => {
  const out = join(folder, 'tei-blocked');
  const sources = runJson<Array<{ path: string }>>(['sources', '--db', db]);
  const blocked = `${basename(sources[0]!.path, '.txt')}.tei.xml`;
  mkdirSync(join(out, blocked), { recursive: true });
  const result = runCli(['export', '--format', 'tei', '--out', out, '--db', db]);
  assert.equal(result.status, 1);
  assert.match(result.stderr, new RegExp(`${sources[0]!.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot write .*${blocked}: it is a folder`));
  assert.match(result.stdout, new RegExp(`${sources.length - 1} sources, \\d+ mentions written to ${sources.length - 1} files`));
  assert.equal(readdirSync(out).filter((name) => name.endsWith('.tei.xml')).length, sources.length);
  assert.ok(readdirSync(out).every((name) => !name.endsWith('.tmp')), 'no temporary file left');
});
