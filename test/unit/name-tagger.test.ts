import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadNameTagger, tagNames, type TaggedName } from '../../src/annotate/names/tagger.js';
import { shapeOf } from '../../src/annotate/names/tagger/features.js';
import { TagScheme } from '../../src/annotate/names/tagger/sequence.js';
import { tokenize } from '../../src/annotate/names/tagger/tokens.js';

/** The names of a text as `type:text` strings, in order. */
function found(text: string, start = 0, end = text.length): string[] {
  return tagNames(text, start, end).map((name) => `${name.type}:${text.slice(name.start, name.end)}`);
}

function assertWellFormed(text: string, names: readonly TaggedName[], start: number, end: number): void {
  let previousEnd = start;
  for (const name of names) {
    assert.ok(name.start >= previousEnd, 'names are sorted and do not overlap');
    assert.ok(name.start < name.end && name.end <= end, 'names lie inside the passage');
    const span = text.slice(name.start, name.end);
    assert.equal(span, span.trim(), 'no space at either end');
    assert.ok(name.confidence > 0 && name.confidence <= 1, `confidence ${name.confidence} within (0, 1]`);
    previousEnd = name.end;
  }
}

describe('name tagger', () => {
  before(() => loadNameTagger());

  test('finds a minister, his country and his destination', () => {
    assert.deepEqual(found('Министр иностранных дел Франции Жан Дюпон прибыл в Варшаву.'), [
      'place:Франции',
      'person:Жан Дюпон',
      'place:Варшаву',
    ]);
  });

  test('reads full names and places in oblique cases', () => {
    const names = found('В письме Ивану Петровичу Смирнову говорилось о переговорах в Каире.');
    assert.ok(names.includes('person:Ивану Петровичу Смирнову'), names.join(', '));
    assert.ok(names.includes('place:Каире'), names.join(', '));
    const more = found('Сотрудники ООН обсудили положение в Афганистане с генералом Михаилом Кутузовым.');
    assert.ok(more.includes('org:ООН'), more.join(', '));
    assert.ok(more.includes('place:Афганистане'), more.join(', '));
    assert.ok(more.includes('person:Михаилом Кутузовым'), more.join(', '));
  });

  test('takes a body named after a country as an organisation, and keeps quotes closed', () => {
    const names = found('Правительство Германии и компания «Северсталь» подписали соглашение в Новосибирске.');
    assert.ok(names.includes('org:Правительство Германии'), names.join(', '));
    assert.ok(names.some((name) => name.startsWith('org:') && name.endsWith('«Северсталь»')), names.join(', '));
    assert.ok(names.includes('place:Новосибирске'), names.join(', '));
  });

  test('answers for one passage of a longer text, in offsets of the whole text', () => {
    const text = 'Вступление без имён.\n\nВчера Анна Петрова приехала в Казань.\n\nЗаключение.';
    const start = text.indexOf('Вчера');
    const end = text.indexOf('\n\nЗаключение');
    const names = tagNames(text, start, end);
    assertWellFormed(text, names, start, end);
    assert.deepEqual(found(text, start, end), ['person:Анна Петрова', 'place:Казань']);
    assert.deepEqual(found(text, 0, text.indexOf('\n')), []);
  });

  test('a name read in one passage is read alike in another', () => {
    const text = 'Писатель Игорь Вельтман выступил в Томске.\n\nВельтман рассказал о новой книге.';
    const second = text.indexOf('Вельтман рассказал');
    assert.deepEqual(found(text, second, text.length), ['person:Вельтман']);
  });

  test('gives nothing, quickly, for empty, blank or odd input', () => {
    assert.deepEqual(tagNames('', 0, 0), []);
    assert.deepEqual(tagNames('Москва', 3, 3), []);
    assert.deepEqual(tagNames('Москва', 5, 2), []);
    assert.deepEqual(tagNames('   \n\n  ', 0, 7), []);
    assert.deepEqual(tagNames('…—«»()!?', 0, 8), []);
    assert.deepEqual(tagNames('1921 1922 1923', 0, 14), []);
    const text = 'Поезд прибыл в Москву.';
    assertWellFormed(text, tagNames(text, -5, 1000), 0, text.length);
  });

  test('keeps its offsets valid on long and mixed-script text', () => {
    const paragraph = 'Делегация во главе с Мустафой Кемалем выехала из Анкары в Москву, где её встретил Г.В. Чичерин (НКИД РСФСР). ';
    const text = paragraph.repeat(50) + 'Lenta.ru и «Коммерсантъ» сообщили об этом 5 мая.';
    const names = tagNames(text, 0, text.length);
    assertWellFormed(text, names, 0, text.length);
    assert.ok(names.length >= 100, `found ${names.length}`);
  });
});

describe('name tagger parts', () => {
  test('tokens: words with inner hyphens and web names, punctuation apart, sentence starts and quotes marked', () => {
    const text = 'Вчера в Ростове-на-Дону. Сайт Lenta.ru сообщил: «Газпром» растёт.';
    const tokens = tokenize(text);
    const words = tokens.starts.map((start, i) => text.slice(start, tokens.ends[i]));
    assert.deepEqual(words, ['Вчера', 'в', 'Ростове-на-Дону', '.', 'Сайт', 'Lenta.ru', 'сообщил', ':', '«', 'Газпром', '»', 'растёт', '.']);
    assert.deepEqual(
      words.filter((_, i) => tokens.sentenceStarts[i]),
      ['Вчера', 'Сайт'],
    );
    assert.deepEqual(
      words.filter((_, i) => tokens.quoted[i]),
      ['Газпром'],
    );
  });

  test('tokens: an initial or a short abbreviation does not end a sentence', () => {
    const text = 'Письмо Г. Чичерину из г. Москвы.';
    const tokens = tokenize(text);
    const starts = tokens.starts.filter((_, i) => tokens.sentenceStarts[i]).map((start) => text.slice(start, text.indexOf(' ', start)));
    assert.deepEqual(starts, ['Письмо']);
  });

  test('word shapes', () => {
    assert.equal(shapeOf('Москва'), 'Xxx');
    assert.equal(shapeOf('СССР'), 'XX');
    assert.equal(shapeOf('Г'), 'X');
    assert.equal(shapeOf('т.е'), 'x.x');
    assert.equal(shapeOf('1921'), 'dd');
    assert.equal(shapeOf('McDonald'), 'XxXxx');
  });

  test('tag scheme: BILOU round trip and forbidden transitions', () => {
    const scheme = TagScheme.forLabels(['PER', 'LOC', 'ORG'], true);
    const names = [
      { start: 0, end: 2, label: 'PER' as const },
      { start: 3, end: 4, label: 'LOC' as const },
      { start: 4, end: 7, label: 'ORG' as const },
    ];
    const tags = scheme.encode(8, names);
    assert.deepEqual(
      tags.map((tag) => scheme.tags[tag]),
      ['B-PER', 'L-PER', 'O', 'U-LOC', 'B-ORG', 'I-ORG', 'L-ORG', 'O'],
    );
    assert.deepEqual(scheme.decode(tags), names);
    const index = (tag: string) => scheme.tags.indexOf(tag);
    assert.equal(scheme.allowed[index('B-PER') * scheme.size + index('O')], 0);
    assert.equal(scheme.allowed[index('B-PER') * scheme.size + index('L-LOC')], 0);
    assert.equal(scheme.allowed[index('U-PER') * scheme.size + index('B-LOC')], 1);
    assert.equal(scheme.allowedFirst[index('I-ORG')], 0);
    assert.equal(scheme.allowedLast[index('B-ORG')], 0);
  });
});
