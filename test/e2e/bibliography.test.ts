/** `dossier bibliography` through the real CLI: the seed article's works, linked citations, filters, the empty state; works in `extract`. */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli, runJson, seedsDir, tempDir } from './helpers.js';

const ARTICLE = join(seedsDir, '004_3cf1fd47c83241f0.txt');
const db = join(tempDir(), 'bibliography.db');

interface WorkJson {
  id: string;
  authors: string[];
  year?: number;
  title?: string;
  publisher?: string;
  place?: string;
  entry?: string;
  citations: Array<{ source: string; start: number; end: number; text: string; form: string; pages?: string; path: string }>;
}

before(() => {
  const ingest = runCli(['ingest', ARTICLE, '--db', db]);
  assert.equal(ingest.status, 0, ingest.stderr);
});

test('the seed article: every bibliography entry is a work, and every author–date citation is linked to one', () => {
  const works = runJson<WorkJson[]>(['bibliography', '--db', db]);
  assert.equal(works.filter((work) => work.entry !== undefined).length, 24, 'the 24 entries of its bibliography');
  assert.deepEqual(works.filter((work) => work.entry === undefined).map((work) => work.citations[0]?.text), [], 'no citation left without its entry');
  const gokay = works.find((work) => work.authors[0] === 'Gokay B.');
  assert.ok(gokay, 'Gokay B. is listed');
  assert.equal(gokay.year, 2006);
  assert.match(gokay.title ?? '', /^Soviet Eastern Policy and Turkey/);
  assert.deepEqual([gokay.publisher, gokay.place], ['Routledge', 'London, New York']);
  assert.deepEqual(gokay.citations.map((citation) => [citation.form, citation.text, citation.pages ?? '']), [
    ['entry', gokay.entry, ''],
    ['author-date', 'Gokay 2006: 24', '24'],
    ['author-date', 'Gokay 2006: 24', '24'],
    ['author-date', 'Gokay 2006', ''],
  ]);
  assert.ok(gokay.citations.every((citation) => citation.path === ARTICLE && citation.end - citation.start === citation.text.length));
});

test('--author finds a work by any spelling of its author; the table names author, year, title and where it is cited', () => {
  const found = runJson<WorkJson[]>(['bibliography', '--author', 'Gökay', '--db', db]);
  assert.deepEqual(found.map((work) => work.authors), [['Gokay B.']]);
  const table = runCli(['bibliography', '--limit', '3', '--db', db]);
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stdout, /^author\s+year\s+title\s+cited in/m);
  assert.match(table.stdout, /Akshin A\.\s+1991\s+Atatürk'ün Dış Politika İlkeleri ve Diplomasisi\s+2× in 004_3cf1fd47c83241f0\.txt/);
  assert.match(table.stdout, /3 works \(the first 3: --limit for more\)/);
  assert.equal(runCli(['bibliography', '--limit', '0', '--db', db]).status, 2, 'a limit below one is refused');
});

test('no works: a message that says what would make some; --help shows examples', () => {
  const plain = join(tempDir(), 'plain.db');
  assert.equal(runCli(['ingest', join(seedsDir, '001_761d5c734d833c29.txt'), '--db', plain]).status, 0);
  const empty = runCli(['bibliography', '--db', plain]);
  assert.equal(empty.status, 0, empty.stderr);
  assert.match(empty.stdout, /^No works: ingest sources that cite works/);
  assert.deepEqual(runJson<WorkJson[]>(['bibliography', '--db', plain]), []);
  assert.match(runCli(['bibliography', '--author', 'Nobody', '--db', db]).stdout, /^No works by "Nobody"/);
  const help = runCli(['bibliography', '--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Examples:\n\s+dossier bibliography\n/);
});

test('extract reports works: the four notes of the Russian article citing one memoir are one record', () => {
  const report = runJson<{ works: Array<{ authors: string[]; title?: string; citations: Array<{ form: string; pages?: string }> }> }>([
    'extract', join(seedsDir, '002_9ff9c4e8dcadf0df.txt'),
  ]);
  const memoir = report.works.filter((work) => work.authors[0] === 'Ali Fuat Cebesoy');
  assert.equal(memoir.length, 1);
  assert.equal(memoir[0]!.title, 'Moskova Hatıraları. Milli Mücadele ve Bolşevik Rusya');
  assert.deepEqual(memoir[0]!.citations.map((citation) => `${citation.form} ${citation.pages}`), ['note 258', 'note 257-259', 'note 257, 275-277', 'note 259-260']);
});
