import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { locateInOrder } from '../../src/eval/locate.js';
import { scoreDates, scoreLinking, scoreNames, scoreQuantities } from '../../src/eval/score.js';
import { GoldError, loadGoldDir } from '../../src/eval/gold.js';

const text = 'Договор подписан 16 марта 1921 г. в Москве. В 1921 г.\nдоговор   был ратифицирован; 16 марта 1921 г. — дата подписи.';

test('gold spans are found in document order, across collapsed white space, never inside one found already', () => {
  const [first, year, third] = locateInOrder(text, ['16 марта 1921 г.', '1921 г. договор был', '16 марта 1921 г.']);
  assert.equal(text.slice(first!.start, first!.end), '16 марта 1921 г.');
  assert.equal(text.slice(year!.start, year!.end), '1921 г.\nдоговор   был');
  assert.ok(third!.start > year!.end, 'the second "16 марта 1921 г." is the later occurrence');
  const [date, inside] = locateInOrder(text, ['16 марта 1921 г.', '1921']);
  assert.ok(inside!.start >= date!.end, 'a year listed after a full date is not found inside it');
  assert.deepEqual(locateInOrder(text, ['17 марта']), [undefined]);
});

test('dates: overlapping spans match one to one, and the value is scored apart', () => {
  const at = (needle: string, from = 0) => {
    const start = text.indexOf(needle, from);
    return { start, end: start + needle.length, text: needle };
  };
  const result = scoreDates(
    [{ normalizedText: text, dates: [{ text: '16 марта 1921 г.', edtf: '1921-03-16' }, { text: '1921 г.', edtf: '1921' }, { text: '16 марта 1921 г.', edtf: '1921-03-16' }] }],
    [[
      { ...at('16 марта 1921'), edtf: '1921-03-16' }, // shorter than gold: overlaps, still a match
      { ...at('В 1921 г.'), edtf: '1921-03' }, // overlaps, wrong value
      { ...at('Москве'), edtf: '1921' }, // no gold there
    ]],
  );
  assert.equal(result.tp, 2);
  assert.equal(result.fp, 1);
  assert.equal(result.fn, 1);
  assert.equal(result.valueAccuracy, 0.5);
  assert.deepEqual(result.misses.map((miss) => miss.kind).sort(), ['false-positive', 'missed', 'wrong-value']);
});

test('quantities count only with the right value and item (English unit or lemma)', () => {
  const normalizedText = 'Передано 39 тыс. винтовок и 327 пулеметов, а также 10 млн.';
  const span = (needle: string) => ({ start: normalizedText.indexOf(needle), end: normalizedText.indexOf(needle) + needle.length, text: needle });
  const result = scoreQuantities(
    [{ normalizedText, quantities: [
      { text: '39 тыс. винтовок', value: 39000, item: 'rifle' },
      { text: '327 пулеметов', value: 327, item: 'пулемет' },
      { text: '10 млн', value: 10_000_000 },
    ] }],
    [[
      { ...span('39 тыс. винтовок'), value: 39000, item: 'винтовка', unit: 'rifle' },
      { ...span('327 пулеметов'), value: 327, item: 'пулемет', unit: 'machine gun' },
      { ...span('10 млн'), value: 10 },
    ]],
  );
  assert.equal(result.tp, 3, 'all three spans match');
  assert.equal(result.strict.tp, 2, 'the wrong value does not count');
  assert.equal(result.misses[0]!.kind, 'wrong-value');
});

test('names: distinct forms per text, white space collapsed', () => {
  const result = scoreNames(
    [[{ canonical: 'Georgy Chicherin', forms: ['Г.Чичерину', 'Чичерин'] }], [{ canonical: 'Enver Pasha', forms: ['Enver  Pasha'] }]],
    [['Г.Чичерину', 'Г.Чичерину', 'Москва'], ['Enver Pasha']],
  );
  assert.deepEqual({ tp: result.tp, fp: result.fp, fn: result.fn }, { tp: 2, fp: 1, fn: 1 });
  assert.equal(result.f1, 2 / 3);
});

test('linking: pairs across texts, and pairs joined wrongly', () => {
  const chicherin = { canonical: 'Georgy Chicherin', forms: ['Чичерин', 'Г.Чичерину'] };
  const kemal = { canonical: 'Mustafa Kemal', forms: ['Мустафа Кемаль'] };
  const yusuf = { canonical: 'Yusuf Kemal Bey', forms: ['Юсуф Кемаль-бей'] };
  const result = scoreLinking([
    { gold: [{ type: 'person', entity: chicherin }, { type: 'person', entity: kemal }, { type: 'person', entity: yusuf }],
      systemEntityOfForm: new Map([['Чичерин', 'e1'], ['Г.Чичерину', 'e1'], ['Мустафа Кемаль', 'e2'], ['Юсуф Кемаль-бей', 'e2']]) },
    { gold: [{ type: 'person', entity: { canonical: 'Georgy Chicherin', forms: ['Chicherin'] } }],
      systemEntityOfForm: new Map([['Chicherin', 'e3']]) },
  ]);
  assert.equal(result.goldPairs, 3, 'Чичерин~Г.Чичерину, and each with Chicherin');
  assert.equal(result.tp, 1);
  assert.equal(result.fn, 2);
  assert.equal(result.fp, 1, 'the two Kemals joined');
});

test('gold files are checked field by field, naming the file and the field', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-gold-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(path.join(dir, 'texts'));
  writeFileSync(path.join(dir, 'texts', 'a.txt'), 'Письмо от 18.08.1921.');
  writeFileSync(path.join(dir, 'a.json'), JSON.stringify({ text: 'texts/a.txt', dates: [{ text: '18.08.1921', edtf: 1921 }] }));
  await assert.rejects(loadGoldDir(dir), (error: Error) => error instanceof GoldError && /a\.json: field "dates\[0\]\.edtf" must be a non-empty string/.test(error.message));
  writeFileSync(path.join(dir, 'a.json'), JSON.stringify({ text: 'texts/missing.txt' }));
  await assert.rejects(loadGoldDir(dir), /names texts\/missing\.txt, which does not exist/);
  writeFileSync(path.join(dir, 'a.json'), '{"text": ');
  await assert.rejects(loadGoldDir(dir), /a\.json: not valid JSON/);
  await assert.rejects(loadGoldDir(path.join(dir, 'texts')), /no gold files/);
});

test('a gold file that annotates only some categories leaves the others undefined', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-gold-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, 'a.txt'), 'Письмо от 18.08.1921.');
  writeFileSync(path.join(dir, 'a.json'), JSON.stringify({ text: 'a.txt', lang: 'ru', dates: [{ text: '18.08.1921', edtf: '1921-08-18' }] }));
  const [gold] = await loadGoldDir(dir);
  assert.equal(gold!.textPath, path.join(dir, 'a.txt'));
  assert.equal(gold!.dates!.length, 1);
  assert.equal(gold!.persons, undefined);
  assert.equal(gold!.quantities, undefined);
});
