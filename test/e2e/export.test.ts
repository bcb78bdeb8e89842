/** dossier export on the demo corpus, through the real CLI: files that real parsers read back, the calendar's filters, failures. */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
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
  assert.deepEqual(summary, { format: 'cmif', documents: cmif.letters.length, out });
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
  assert.match(result.stderr, /cmif, csv/);
  assert.equal(result.stdout, '');
});
