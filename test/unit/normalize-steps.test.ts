import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { MappedText } from '../../src/normalize/offset-map.js';
import { normalizeUnicode } from '../../src/normalize/unicode.js';
import { stripMarkdown } from '../../src/normalize/markup-markdown.js';
import { stripHtml } from '../../src/normalize/markup-html.js';
import { removeFurniture } from '../../src/normalize/furniture.js';
import { loadDehyphenator } from '../../src/normalize/dehyphenate.js';
import { markFootnotes } from '../../src/normalize/footnotes.js';
import { planParagraphs, renderParagraphs } from '../../src/normalize/reflow.js';
import type { BlockText } from '../../src/normalize/blocks.js';

const seedsDir = new URL('../../examples/seeds/texts/', import.meta.url);
const seed = (name: string) => readFileSync(new URL(name, seedsDir), 'utf8');
const seedLines = (name: string) => seed(name).split('\n');
const SEED_002 = '002_9ff9c4e8dcadf0df.txt';
const SEED_003 = '003_99594d2c9f9c4830.txt';
const SEED_004 = '004_3cf1fd47c83241f0.txt';

/** Every character of the output that is not whitespace maps to the same character of the source. */
function assertMapsBack(source: string, { text, map }: MappedText, allowed = /\s/): void {
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const original = source[map.toOriginal(i)];
    if (original !== char && !allowed.test(char)) assert.fail(`offset ${i} ${JSON.stringify(char)} maps to ${JSON.stringify(original)}`);
  }
}

/** Runs reflow on its own: plain text, or blocks from a markup step. */
async function reflow(text: string, blocks?: BlockText) {
  const plan = planParagraphs(text, blocks);
  const result = renderParagraphs(text, plan, await loadDehyphenator(plan.breaks, text));
  return { ...result, paragraphs: result.text.split('\n\n') };
}

// ---- unicode ------------------------------------------------------------------------

test('unicode: odd spaces become spaces, invisible characters go, CRLF and CR become LF', () => {
  const source = 'a\u00A0b\u2009c\u2007d\u3000e\u00ADf\u200Bg\uFEFFh\r\ni\rj';
  const result = normalizeUnicode(source);
  assert.equal(result.text, 'a b c d efgh\ni\nj');
  assertMapsBack(source, result);
});

test('unicode: typographic quotes and dashes are kept, NFC composes', () => {
  const source = '«Союз» “quoted” 1920–1922 — е\u0308ще';
  const result = normalizeUnicode(source);
  assert.equal(result.text, '«Союз» “quoted” 1920–1922 — ёще');
  assert.equal(result.text.normalize('NFC'), result.text);
  assertMapsBack(source, result, /[\sё]/);
  assert.equal(result.map.toOriginal(result.text.indexOf('щ')), source.indexOf('щ'));
});

test('unicode: a no-break space from seed 003 becomes a plain space', () => {
  const line = seedLines(SEED_003)[2]!;
  assert.ok(line.includes('\u00A0'));
  const result = normalizeUnicode(line);
  assert.ok(!result.text.includes('\u00A0'));
  assert.ok(result.text.startsWith('Marx-Engels | '));
});

// ---- markdown -----------------------------------------------------------------------

test('markdown: headings, emphasis, rules and footnote markers on lines from seed 004', () => {
  const lines = seedLines(SEED_004);
  const source = [lines[4], '', lines[26], '', lines[12], '', lines[20], '', lines[22]].join('\n');
  const result = stripMarkdown(source);
  const blocks = result.text.split('\n\n');
  assert.deepEqual(blocks.slice(0, 3), [
    'Islam Xoshgedem',
    '2. The change of political line',
    'Key words: Mustafa Kamal, Lenin, antiwestern, socialism, bolsheviks, convergence',
  ]);
  assert.ok(blocks[3]!.startsWith('PhD. Islam Xoshgedem, Baku State University'));
  assert.deepEqual(result.kinds, [null, 'heading', null, 'footnote']);
  assertMapsBack(source, result);
});

test('markdown: list items, links, autolinks, inline HTML, code, escapes and entities', () => {
  const source = [
    '- Giritli I., 1970, *Turkish-Soviet Relations*, Available from: <https://doi.org/10.1177/0974>',
    '* [The treaty](https://example.org/t "title") of _Kars_',
    '1. <b>bold</b> `code` \\*not em\\* &amp; &laquo;x&raquo;',
    'continued item line',
    '',
    'Title',
    '=====',
    '',
    '***',
    '',
    'text[^2] with a reference',
    '',
    '[^2]: The note.',
  ].join('\n');
  const result = stripMarkdown(source);
  assert.deepEqual(result.text.split('\n\n'), [
    'Giritli I., 1970, Turkish-Soviet Relations, Available from: https://doi.org/10.1177/0974',
    'The treaty of Kars',
    'bold code *not em* & «x»\ncontinued item line',
    'Title',
    'text with a reference',
    'The note.',
  ]);
  assert.deepEqual(result.kinds, ['list-item', 'list-item', 'list-item', 'heading', null, 'footnote']);
  assertMapsBack(source, result, /[\s&«»]/);
});

test('markdown: runs of spaces, tabs and CR collapse to one space; a lone space is copied', () => {
  const source = 'One  two\tthree \r\nfour *five*  six \nseven ';
  const result = stripMarkdown(source);
  assert.equal(result.text, 'One two three\nfour five six\nseven');
  assertMapsBack(source, result);
  assert.equal(result.map.toOriginal(result.text.indexOf(' six')), source.indexOf('  six'));
});

test('markdown: the bibliography of seed 004 gives one list item per entry', () => {
  const lines = seedLines(SEED_004);
  const source = lines.slice(72, 77).join('\n');
  const result = stripMarkdown(source);
  assert.equal(result.kinds.length, 4);
  assert.ok(result.kinds.every((kind) => kind === 'list-item'));
  assert.ok(!/[<>*]/.test(result.text));
});

// ---- html ---------------------------------------------------------------------------

test('html: blocks, headings, list items, dropped chrome, entities, footnote markers; offsets point into the HTML', () => {
  const html = [
    '<html><head><title>T</title><style>p{}</style></head><body>',
    '<nav>Home | About</nav>',
    '<h2>The Kars   conference</h2>',
    '<p>Signed on 13&nbsp;October 1921<sup>1</sup> by &laquo;all&raquo;<br>three republics.</p>',
    '<script>var x = "<p>no</p>";</script>',
    '<ul><li>Armenia</li><li>Georgia</li></ul>',
    '<div><sup>1</sup> See the treaty text.</div>',
    '</body></html>',
  ].join('\n');
  const result = stripHtml(html);
  assert.deepEqual(result.text.split('\n\n'), [
    'The Kars conference',
    'Signed on 13 October 1921 by «all»\nthree republics.',
    'Armenia',
    'Georgia',
    'See the treaty text.',
  ]);
  assert.deepEqual(result.kinds, ['heading', null, 'list-item', 'list-item', 'footnote']);
  assertMapsBack(html, result, /[\s«»]/);
  assert.equal(html.slice(result.map.toOriginal(result.text.indexOf('Kars'))).slice(0, 4), 'Kars');
});

// ---- furniture ----------------------------------------------------------------------

test('furniture: running heads and page numbers at page edges go, page breaks stay', () => {
  const page = (n: number, body: string) => `JOURNAL OF EURASIAN STUDIES\n\n${body}\n\n${n}`;
  const source = [
    page(11, 'The delegation arrived in Kars on 26 September.'),
    page(12, 'Talks opened in 1921 with 200 delegates.'),
    page(13, 'The treaty was signed on 13 October.'),
  ].join('\f');
  const result = removeFurniture(source);
  assert.ok(!result.text.includes('JOURNAL'));
  assert.ok(!/^\d+$/m.test(result.text));
  assert.equal(result.text.split('\f').length, 3);
  assert.ok(result.text.includes('Talks opened in 1921 with 200 delegates.'));
  assertMapsBack(source, result);
});

test('furniture: a standalone line recurring many times goes; recurring sentence ends and lone data numbers stay', () => {
  const body = (n: number) =>
    Array.from({ length: 12 }, (_, k) => `Line ${k} of page ${n} tells of the ${k % 2 ? 'northern' : 'eastern'} front`).join('\n');
  const chunk = (n: number) => `${body(n)}\nthat goes on here.\n\nHistory of the Caucasus, page ${n}\n\n`;
  const source = [1, 2, 3, 4, 5].map(chunk).join('') + 'РГАСПИ).\nРГАСПИ).\nРГАСПИ).\nРГАСПИ).\n1921\n';
  const result = removeFurniture(source);
  assert.ok(!result.text.includes('History of the Caucasus'));
  assert.equal(result.text.match(/РГАСПИ\)\./g)?.length, 4);
  assert.ok(result.text.includes('1921'));
});

test('furniture: repeated passages and a salutation opening letter after letter are text, not furniture', () => {
  const passage = seed(SEED_002).split('\n').slice(0, 60).join('\n');
  const repeated = Array.from({ length: 6 }, () => passage).join('\n\n');
  assert.equal(removeFurniture(repeated).text, repeated);
  const letters = [3, 15, 4, 22, 5, 2]
    .map((length, n) => `Dear comrade,\n${Array.from({ length }, (_, k) => `Point ${k} of letter ${n} about the supplies`).join('\n')}\nWith communist greetings`)
    .join('\n\n');
  assert.equal(removeFurniture(letters).text, letters);
});

test('furniture: page numbers framed by dashes or spaces climb like bare ones, without pages marked', () => {
  const page = (n: number) => `${Array.from({ length: 10 }, (_, k) => `Body line ${k} of page ${n} goes on`).join('\n')}\n\n— ${n} — \n\n`;
  const source = [7, 8, 9, 10].map(page).join('');
  const result = removeFurniture(source);
  assert.ok(!/—/.test(result.text));
  assert.ok(result.text.includes('Body line 9 of page 10 goes on'));
  assertMapsBack(source, result);
});

test('furniture: the seeds have none', () => {
  for (const name of [SEED_002, SEED_003, SEED_004]) assert.equal(removeFurniture(seed(name)).text, seed(name));
});

// ---- dehyphenation ------------------------------------------------------------------

test('dehyphenate: dictionaries keep compounds and join broken words', async () => {
  const cases: [string, string, boolean][] = [
    ['Энвер', 'паши', true],
    ['военно', 'технической', true],
    ['Кемаль', 'бея', true],
    ['турецко', 'советских', true],
    ['пред', 'ставитель', false],
    ['Austria', 'Hungary', true],
    ['anti', 'Western', true],
    ['Alli', 'ance', false],
    ['So', 'viet', false],
    ['infan', 'try', false],
    ['Афьонкарахисар', 'Кютахья', true],
    ['Орджони', 'кидзе', false],
  ];
  const dehyphenator = await loadDehyphenator(cases.map(([left, right]) => ({ left, right })), '');
  for (const [left, right, keeps] of cases) assert.equal(dehyphenator.keepsHyphen(left, right), keeps, `${left}-${right}`);
});

test('dehyphenate: a spelling the text uses elsewhere decides what the dictionary does not know', async () => {
  const dehyphenator = await loadDehyphenator([{ left: 'Кемаль', right: 'паше' }], 'письмо Мустафе Кемаль-паше.');
  assert.equal(dehyphenator.keepsHyphen('Кемаль', 'паше'), true);
});

// ---- reflow -------------------------------------------------------------------------

test('reflow: blank-interleaved PDF text from seed 002 (title lines, then body lines)', async () => {
  const source = seedLines(SEED_002).slice(0, 33).join('\n');
  const { paragraphs, kinds } = await reflow(source);
  assert.equal(paragraphs[0], 'Джамиль Гасанлы: Фактор Энвер-паши в осложнении российско-турецких отношений накануне Карсской конференции');
  assert.equal(kinds[0], 'heading');
  assert.ok(paragraphs[1]!.startsWith('Летом 1921 года война за независимость Турции против объединенных сил Антанты вступила'));
  assert.ok(paragraphs[1]!.includes('Энвер-пашой'));
  assert.ok(paragraphs[1]!.endsWith('S.358).'));
  assert.equal(kinds[1], 'body');
});

test('reflow: hard-wrapped text, paragraphs ending short after a sentence, hyphens at line ends', async () => {
  const source = [
    'The conference opened in Kars on 26 September 1921. Советский пред-',
    'ставитель Ганецкий and the Turkish delegation met for the first time,',
    'and the Armenian delegates, invited late, arrived in the second week',
    'of the talks. Nobody expected a quick result there.',
    'The second paragraph begins here and it also runs over more than one',
    'line, because it is long enough to need a second line of its own to',
    'end. It also mentions Austria-',
    'Hungary.',
  ].join('\n');
  const { paragraphs } = await reflow(source);
  assert.equal(paragraphs.length, 2);
  assert.ok(paragraphs[0]!.includes('Советский представитель Ганецкий'));
  assert.ok(paragraphs[0]!.endsWith('quick result there.'));
  assert.ok(paragraphs[1]!.endsWith('Austria-Hungary.'));
});

test('reflow: unwrapped text keeps a paragraph per line (seed 001)', async () => {
  const source = seed('001_761d5c734d833c29.txt');
  const { paragraphs } = await reflow(source);
  assert.equal(paragraphs.length, source.split('\n').filter((line) => line.trim()).length);
});

test('reflow: page chunks of seed 004 are joined across footnotes, rules and capitals; headings stay', async () => {
  const lines = seedLines(SEED_004);
  const source = lines.slice(16, 38).join('\n');
  const blocks = stripMarkdown(source);
  const { paragraphs, kinds } = await reflow(blocks.text, blocks);
  const joined = paragraphs.find((p) => p.startsWith('In 1914'))!;
  assert.ok(joined.includes('the Triple Alliance, which members were Germany'));
  assert.ok(paragraphs.some((p) => p.includes('In a surreal twist, tsarist officers found themselves')));
  assert.ok(paragraphs.some((p) => p.includes('the National Struggle movement was struggling')));
  const footnote = paragraphs.findIndex((p) => p.startsWith('PhD. Islam Xoshgedem'));
  assert.equal(kinds[footnote], 'footnote');
  assert.equal(paragraphs[footnote - 1], joined);
  assert.equal(kinds[paragraphs.indexOf('The meaning of Soviet and Turkish solidarity')], 'heading');
});

test('reflow: a mid-sentence break is joined over a running head only when the sentence visibly goes on', async () => {
  const long = 'The talks went on for weeks and the delegates argued about every line of the draft. '.repeat(4);
  const source = [`${long}In the end the`, 'Journal of Caucasus Studies', 'delegates agreed.', '', 'Short line without end', 'Next Paragraph.'].join('\n\n');
  const { paragraphs, kinds } = await reflow(source);
  assert.ok(paragraphs[0]!.endsWith('In the end the delegates agreed.'));
  assert.equal(paragraphs[1], 'Journal of Caucasus Studies');
  assert.equal(kinds[1], 'heading');
  assert.ok(paragraphs.includes('Short line without end'));
});

test('reflow: "So- viet" left inside a line by a PDF join is closed up; real compounds are not', async () => {
  const source = 'Both the Kamalist and So- viet elites, and the Soviet- Turkish talks, pre- and post-war.';
  const { paragraphs } = await reflow(source);
  assert.equal(paragraphs[0], 'Both the Kamalist and Soviet elites, and the Soviet- Turkish talks, pre- and post-war.');
});

// ---- footnotes ----------------------------------------------------------------------

test('footnotes: a marker after a word (seed 003 and own shapes) is dropped and the note marked', () => {
  const lines = seedLines(SEED_003);
  const marked = lines.find((line) => line.startsWith('Our imaginary help'))!;
  const note = lines.find((line) => line.startsWith('1 Enver pasha'))!;
  const text = [marked, 'And Talaat² too.', 'In 1915 there were 200 тыс. men (S.358).', note, '² Talaat pasha.'].join('\n\n');
  const result = markFootnotes(text, ['body', 'body', 'body', 'body', 'body']);
  const paragraphs = result.text.split('\n\n');
  assert.ok(paragraphs[0]!.startsWith('Our imaginary help to Enver is a fairy tale.'));
  assert.equal(paragraphs[1], 'And Talaat too.');
  assert.equal(paragraphs[2], 'In 1915 there were 200 тыс. men (S.358).');
  assert.ok(paragraphs[3]!.startsWith('Enver pasha is a former war minister'));
  assert.equal(paragraphs[4], 'Talaat pasha.');
  assert.deepEqual(result.kinds, ['body', 'body', 'body', 'footnote', 'footnote']);
  assertMapsBack(text, result);
});

test('footnotes: a marker glued to its word', () => {
  const result = markFootnotes('Enver1 is here.\n\n1 Enver pasha, a former minister.', ['body', 'body']);
  assert.equal(result.text, 'Enver is here.\n\nEnver pasha, a former minister.');
  assert.deepEqual(result.kinds, ['body', 'footnote']);
});

test('footnotes: numbers that open a paragraph as data are left alone', () => {
  const text = 'Чичерин прибыл 14 сентября.\n\n14 сентября Г.Чичерин информировал И.Сталина.';
  const result = markFootnotes(text, ['body', 'body']);
  assert.equal(result.text, text);
  assert.deepEqual(result.kinds, ['body', 'body']);
});
