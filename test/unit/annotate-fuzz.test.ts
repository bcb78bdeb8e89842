/**
 * Every registered recognizer against random and hostile text: it must never throw, every
 * mention must be a true span of the text, and time must grow linearly with the text.
 */
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { before, describe, it } from 'node:test';
import edtf from 'edtf';
import { prepareRecognizers, recognizers } from '../../src/annotate/index.js';
import { analyzeDocument } from '../../src/ingest/analyze.js';
import type { Doc, Lang, Mention, Recognizer } from '../../src/model.js';
import { seededRandom as random } from '../../src/util/random.js';


const PIECES = [
  ...'0123456789', '1921', '1920', '16', '31', '00', '2140', '.', ',', '-', '–', '—', '/', ':', '(', ')', '[', ']', '"', '«', '»', '“', '”',
  "'", '№', '%', ' ', ' ', ' ', '\n', '\n\n', '\t', '\u00a0', 'г.', 'гг.', 'года', 'году', 'в', 'с', 'по', 'на', 'в ночь', 'в начале',
  'в конце', 'в 20-х числах', 'того же года', 'через', 'неделю', 'на следующий день', 'марта', 'сентябре', 'Август', 'летом', 'весной',
  'January', 'May', 'March', 'the', 'of', 'mid-', 'early', 'from', 'to', 'between', 'and', 'later', 'the next day', 'two weeks',
  'Mart', 'Nisan', 'Kânunusani', 'Ramazan', 'H.', 'R.', 'h.', 'marca', 'latem', 'r.', 'ст. ст.', 'O.S.', 'XX', 'XIX', 'IV', 'век', 'в.',
  'century', 's', 'х', 'С.', 'Т.', 'Vol.', 'No.', 'Ф.', 'Оп.', 'Д.', 'S.', 'http://x.org/2015-10-11', 'тыс.', 'винтовок', 'rifles',
  'Энвер-паша', 'Г.Чичерин', 'Ту-154', 'İstanbul', 'ıİşŞ', 'ё', 'Ё', '\u0301', '\u200b', '😀', '\ud800', '\udc00', '\udfff\ud800',
  'а', 'б', 'x', 'Z', 'ß', 'ﬁ', '١٩٢١', '½', '²',
];

function randomText(next: () => number, pieces: number): string {
  let text = '';
  for (let i = 0; i < pieces; i++) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

/** A document of one passage and one sentence: the shape a recognizer gets from `segment`. */
function docOf(text: string, lang: Lang): Doc {
  const sentences = text.length ? [{ start: 0, end: text.length }] : [];
  return { id: 'fuzz', text, passages: [{ start: 0, end: text.length, kind: 'body', lang, sentences }], languages: [lang], mentions: [] };
}

/** EDTF values already parsed: the parser is slow, and hostile texts repeat a few values thousands of times. */
const validEdtf = new Set<string>();

function checkMentions(recognizer: Recognizer, text: string, mentions: readonly Mention[]): void {
  for (const mention of mentions) {
    const where = `${recognizer.name} on ${JSON.stringify(text.slice(0, 120))}: ${JSON.stringify(mention)}`;
    assert.ok(Number.isInteger(mention.start) && Number.isInteger(mention.end), where);
    assert.ok(mention.start >= 0 && mention.start < mention.end && mention.end <= text.length, where);
    assert.equal(mention.text, text.slice(mention.start, mention.end), where);
    assert.ok(recognizer.kinds.includes(mention.kind), where);
    if (mention.kind === 'date' && !validEdtf.has(mention.value.edtf)) {
      assert.doesNotThrow(() => edtf(mention.value.edtf), where);
      validEdtf.add(mention.value.edtf);
    }
  }
}

/** Runs one recognizer the way `annotate` does: later ones see the mentions of earlier ones. */
function runAll(doc: Doc): Array<[Recognizer, Mention[]]> {
  const results: Array<[Recognizer, Mention[]]> = [];
  let mentions: Mention[] = [];
  for (const recognizer of recognizers) {
    const found = recognizer.recognize({ ...doc, mentions });
    results.push([recognizer, found]);
    mentions = [...mentions, ...found].sort((a, b) => a.start - b.start || b.end - a.end);
  }
  return results;
}

/** Hostile texts of about `size` characters. */
const HOSTILE: ReadonlyArray<readonly [name: string, make: (size: number) => string]> = [
  ['a run of digits', (size) => '7'.repeat(size)],
  ['a run of dots', (size) => '.'.repeat(size)],
  ['digits joined by dots', (size) => '1.'.repeat(size / 2)],
  ['month names', (size) => 'марта '.repeat(size / 6)],
  ['English month names', (size) => 'March '.repeat(size / 6)],
  ['с 16 на 17', (size) => 'с 16 на 17 '.repeat(size / 11)],
  ['dense dates', (size) => '16 марта 1921 г., 18.08.1921; '.repeat(size / 30)],
  ['parts and ranges', (size) => 'в начале с 1920 по в ночь с 16 на '.repeat(size / 34)],
  ['open parentheses and quotes', (size) => '(«"'.repeat(size / 3)],
  ['mixed scripts', (size) => 'Aя1İ.ş-Ж2'.repeat(size / 10)],
  ['lone surrogates', (size) => '\ud800 \udc00'.repeat(size / 3)],
  ['one long word', (size) => 'ж'.repeat(size)],
];

before(async () => {
  await prepareRecognizers();
});

describe('every recognizer on random and hostile text', () => {
  it('never throws, and every mention is a span of the text', async () => {
    const next = random(20240601);
    for (let round = 0; round < 300; round++) {
      const text = randomText(next, 1 + Math.floor(next() * 120));
      for (const lang of ['ru', 'en', 'tr', 'pl']) {
        for (const [recognizer, mentions] of runAll(docOf(text, lang))) checkMentions(recognizer, text, mentions);
      }
    }
  });

  it('through the real pipeline too (normalize and segment first)', async () => {
    const next = random(7);
    for (let round = 0; round < 40; round++) {
      const text = randomText(next, 20 + Math.floor(next() * 400));
      const source = await analyzeDocument({ path: 'fuzz.txt', format: 'txt', markup: 'plain', text, encoding: 'UTF-8', bytes: text.length }).catch(() => undefined);
      if (!source) continue; // nothing left once normalized: the reader refuses it
      for (const [recognizer, mentions] of runAll({ ...source, mentions: [] })) checkMentions(recognizer, source.text, mentions);
    }
  });

  it('hostile texts of 100,000 characters pass', () => {
    for (const [name, make] of HOSTILE) {
      const text = make(100_000);
      for (const [recognizer, mentions] of runAll(docOf(text, 'ru'))) checkMentions(recognizer, text, mentions);
      assert.ok(text.length >= 90_000, name);
    }
    const repeated = 'с 16 на 17 '.repeat(10_000);
    for (const [recognizer, mentions] of runAll(docOf(repeated, 'ru'))) checkMentions(recognizer, repeated, mentions);
  });

  it('time grows linearly: four times the text takes well under sixteen times as long', () => {
    /** Milliseconds for one recognizer given what those before it found, the best of `runs`. */
    const time = (recognizer: Recognizer, doc: Doc, runs: number) => {
      let best = Infinity;
      for (let run = 0; run < runs; run++) {
        const start = performance.now();
        recognizer.recognize(doc);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    /** Each recognizer's document with the mentions of the recognizers before it, as `annotate` gives it. */
    const inputs = (doc: Doc) => {
      const results = runAll(doc);
      return recognizers.map((_, index) => ({
        ...doc,
        mentions: results.slice(0, index).flatMap(([, found]) => found).sort((a, b) => a.start - b.start || b.end - a.end),
      }));
    };
    const slow: string[] = [];
    for (const [name, make] of HOSTILE) {
      const small = inputs(docOf(make(20_000), 'ru'));
      const large = inputs(docOf(make(80_000), 'ru'));
      for (const [index, recognizer] of recognizers.entries()) {
        // Below some twenty milliseconds, timer, compiler and collector noise on a busy machine outweigh the text.
        const base = Math.max(time(recognizer, small[index]!, 3), 20);
        // Linear is 4×, quadratic 16×; 10× leaves room for noise and caches. A slow run is run twice more before it counts.
        let grown = time(recognizer, large[index]!, 1);
        if (grown >= 10 * base) grown = Math.min(grown, time(recognizer, large[index]!, 2));
        if (grown >= 10 * base) slow.push(`${recognizer.name} on ${name}: ${base.toFixed(1)} ms for 20k, ${grown.toFixed(1)} ms for 80k`);
      }
    }
    assert.deepEqual(slow, []);
  });
});
