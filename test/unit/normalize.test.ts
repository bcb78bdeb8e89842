import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import type { Markup, NormalizedText, RawDocument } from '../../src/model.js';
import { normalize } from '../../src/normalize/index.js';

const seedsDir = new URL('../../examples/seeds/texts/', import.meta.url);
const SEEDS = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort();

function rawDocument(text: string, markup: Markup = 'plain', path = 'test.txt'): RawDocument {
  return { path, format: 'txt', markup, text, encoding: 'UTF-8', bytes: Buffer.byteLength(text) };
}

/** Seed 004 is markdown in a .txt file (the reader tells so from its content). */
function seedDocument(name: string): RawDocument {
  const text = readFileSync(new URL(name, seedsDir), 'utf8');
  return rawDocument(text, name.startsWith('004_') ? 'markdown' : 'plain', name);
}

const paragraphTexts = (result: NormalizedText) => result.paragraphs.map((p) => result.text.slice(p.start, p.end));

function assertWellFormed(result: NormalizedText): void {
  assert.equal(result.text, result.text.trim());
  assert.ok(!/\n\n\n/.test(result.text));
  let expectedStart = 0;
  for (const paragraph of result.paragraphs) {
    assert.equal(paragraph.start, expectedStart);
    const text = result.text.slice(paragraph.start, paragraph.end);
    assert.ok(text.length > 0 && !text.includes('\n'), `paragraph at ${paragraph.start} is one non-empty line`);
    assert.equal(text, text.trim());
    expectedStart = paragraph.end + 2;
  }
  assert.equal(expectedStart - 2, result.text.length);
}

for (const name of SEEDS) {
  test(`seed ${name}: every kept character maps to the same character of the file; paragraphs are single lines`, async () => {
    const raw = seedDocument(name);
    const result = await normalize(raw);
    assertWellFormed(result);
    assert.equal(result.map.length, result.text.length);
    for (let i = 0; i < result.text.length; i++) {
      const char = result.text[i]!;
      if (char === ' ' || char === '\n') continue;
      assert.equal(raw.text[result.map.toOriginal(i)], char, `offset ${i} (${JSON.stringify(result.text.slice(i, i + 20))})`);
    }
  });
}

test('seed 002: a title paragraph, then body paragraphs rebuilt from blank-interleaved lines', async () => {
  const result = await normalize(seedDocument('002_9ff9c4e8dcadf0df.txt'));
  const paragraphs = paragraphTexts(result);
  assert.equal(paragraphs[0], 'Джамиль Гасанлы: Фактор Энвер-паши в осложнении российско-турецких отношений накануне Карсской конференции');
  assert.equal(result.paragraphs[0]!.kind, 'heading');
  const summer = paragraphs.find((p) => p.startsWith('Летом 1921 года война за независимость'))!;
  assert.ok(summer.includes('Энвер-пашой'));
  assert.ok(summer.includes('в случае провала Мустафы Кемаль-паши, рассматривался Москвой'));
  assert.ok(paragraphs.includes('Джамиль Гасанлы: Почему Армянская ССР не была приглашена на Карсскую конференцию 1921 г.?'));
  assert.ok(result.paragraphs.slice(1).some((p) => p.kind === 'body'));
  assert.ok(!/\p{L}- \p{Ll}/u.test(result.text), 'no word broken by "- " is left');
  for (const compound of ['Кемаль-паши', 'военно-технической', 'Кемаль-бея', 'турецко-французского', 'Кемаль-паше', 'Закавказско-турецкой']) {
    assert.ok(result.text.includes(compound), compound);
  }
  assert.ok(result.text.includes('Афьонкарахисар-Кютахья-Эскишехир'));
  assert.ok(!/Кемальпаш|Энверпаш|военнотех/.test(result.text));
});

test('seed 004: page chunks joined, footnote apart, markdown gone', async () => {
  const result = await normalize(seedDocument('004_3cf1fd47c83241f0.txt'));
  const paragraphs = paragraphTexts(result);
  const triple = paragraphs.findIndex((p) => p.includes('Triple Alliance, which members were Germany'));
  assert.ok(triple >= 0);
  assert.ok(result.text.includes('the Kamalist and Soviet elites came to share'));
  assert.ok(result.text.includes('an infantry regiment'));
  const footnote = paragraphs.findIndex((p) => p.startsWith('PhD. Islam Xoshgedem'));
  assert.equal(result.paragraphs[footnote]!.kind, 'footnote');
  assert.equal(footnote, triple + 1);
  assert.equal(result.paragraphs[paragraphs.indexOf('The meaning of Soviet and Turkish solidarity')]!.kind, 'heading');
  assert.equal(result.paragraphs[paragraphs.indexOf('2. The change of political line')]!.kind, 'heading');
  assert.ok(result.paragraphs.filter((p) => p.kind === 'list-item').length >= 20);
  for (const syntax of ['##', '**', '<sup>', '</sup>', '---']) assert.ok(!result.text.includes(syntax), syntax);
});

test('seed 003: the footnote marker after "Enver" is dropped and the note is a footnote', async () => {
  const result = await normalize(seedDocument('003_99594d2c9f9c4830.txt'));
  assert.ok(result.text.includes('Our imaginary help to Enver is a fairy tale.'));
  const note = result.paragraphs.find((p) => result.text.startsWith('Enver pasha is a former war minister', p.start))!;
  assert.equal(note.kind, 'footnote');
  assert.ok(result.text.includes('December 26, 1921'));
});

test('seeds 000 and 001: one paragraph per line, text kept as it is', async () => {
  for (const name of ['000_e0a4a8210e7bd8d3.txt', '001_761d5c734d833c29.txt']) {
    const raw = seedDocument(name);
    const result = await normalize(raw);
    const lines = raw.text.split('\n').map((line) => line.trim()).filter(Boolean);
    assert.deepEqual(paragraphTexts(result), lines);
  }
});

test('html documents go through the same pipeline, offsets into the HTML source', async () => {
  const html = '<html><head><title>x</title></head><body><h1>Kars</h1><p>The treaty of Kars was signed in\n   October 1921.</p></body></html>';
  const result = await normalize({ ...rawDocument(html, 'html'), format: 'html' });
  assert.equal(result.text, 'Kars\n\nThe treaty of Kars was signed in October 1921.');
  assert.deepEqual(result.paragraphs.map((p) => p.kind), ['heading', 'body']);
  const at = result.text.indexOf('October');
  assert.equal(html.slice(result.map.toOriginal(at), result.map.toOriginal(at) + 7), 'October');
});

test('PDF text with pages: furniture removed, a sentence cut by a page break joined, broken word mended', async () => {
  const body = (words: string) => `${words} `.repeat(3).trim();
  const pages = [
    `Caucasus Review 3\n\n${body('The delegates met in Kars and talked for a long time about the border.')} They signed the Alli-\n\n1`,
    `Caucasus Review 4\n\nance treaty in October. ${body('Then they went home and the talks were over for that year.')}\n\n2`,
    `Caucasus Review 5\n\n${body('Nothing else happened in Kars that autumn, as the archives show.')}\n\n3`,
  ];
  const result = await normalize({ ...rawDocument(pages.join('\f')), format: 'pdf' });
  assert.ok(!result.text.includes('Caucasus Review'));
  assert.ok(result.text.includes('They signed the Alliance treaty in October.'));
  assert.ok(!/^\d$/m.test(result.text));
  assertWellFormed(result);
});

test('an empty or blank document normalizes to empty text', async () => {
  for (const text of ['', '  \n\n\f  \n']) {
    const result = await normalize(rawDocument(text));
    assert.equal(result.text, '');
    assert.deepEqual(result.paragraphs, []);
  }
});
