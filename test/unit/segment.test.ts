import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { measureLanguageAccuracy, normalizedFromParagraphs, seedParagraphs } from '../../bench/language.js';
import type { NormalizedText, Paragraph, Passage } from '../../src/model.js';
import { OffsetMap } from '../../src/normalize/offset-map.js';
import { documentLanguages, segment } from '../../src/segment/index.js';

function normalized(text: string): NormalizedText {
  const paragraphs: Paragraph[] = [];
  const separator = /\n{2,}/g;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    if (match.index > start) paragraphs.push({ start, end: match.index, kind: 'body' });
    start = match.index + match[0].length;
  }
  if (start < text.length) paragraphs.push({ start, end: text.length, kind: 'body' });
  return { text, paragraphs, map: OffsetMap.identity(text.length) };
}

/** Checks the span invariants and returns the sentences' texts. */
function checkedSentences(text: string, passage: Passage): string[] {
  const paragraph = text.slice(passage.start, passage.end);
  const trimmedStart = passage.start + (paragraph.length - paragraph.trimStart().length);
  const trimmedEnd = passage.end - (paragraph.length - paragraph.trimEnd().length);
  if (trimmedStart >= trimmedEnd) {
    assert.deepEqual(passage.sentences, []);
    return [];
  }
  let position = trimmedStart;
  for (const sentence of passage.sentences) {
    assert.match(text.slice(position, sentence.start), /^\s*$/, 'only spaces between sentences');
    assert.ok(sentence.end > sentence.start, 'no empty sentence');
    const sentenceText = text.slice(sentence.start, sentence.end);
    assert.equal(sentenceText, sentenceText.trim(), 'no surrounding spaces');
    position = sentence.end;
  }
  assert.equal(passage.sentences[0]?.start, trimmedStart);
  assert.equal(position, trimmedEnd);
  return passage.sentences.map((sentence) => text.slice(sentence.start, sentence.end));
}

function sentencesOf(text: string): string[] {
  const passages = segment(normalized(text));
  assert.equal(passages.length, 1);
  return checkedSentences(text, passages[0]!);
}

/** Each case: a label, then the sentences expected from the paragraph made by joining them. */
function assertSplits(cases: Array<[string, ...string[]]>): void {
  for (const [text, ...expected] of cases) {
    assert.deepEqual(sentencesOf(expected.join(' ')), expected, text);
  }
}

describe('sentences', () => {
  it('keeps Russian initials with their surnames', () => {
    assertSplits([
      ['joined initial', 'Из переписки ясно, что Энвер-паша прибыл по "плану" Г.Чичерина.', 'Об этом знало только руководство.'],
      ['spaced initial', 'Он отправил письмо Г. Чичерину в тот же день.', 'Ответа не было.'],
      ['two initials', '1 июля он направил М.Д.Гусейнову телеграмму.', 'Ее доставил Мемдух Шевкет-бей.'],
      ['list of initials', 'В телеграмме В.Ленину, И.Сталину и Г.Чичерину Серго Орджоникидзе признавал значение Энвера.', 'Он писал об этом.'],
      ['initial after a dotted surname', 'Записка И.Сталина Г.Чичерину сохранилась.', 'Ее опубликовали.'],
    ]);
  });

  it('keeps Russian abbreviations inside the sentence', () => {
    assertSplits([
      ['year before a name', 'В марте 1921 г. Энвер через Москву проехал на Кавказ.', 'Там он остался.'],
      ['т.е. and т.к.', 'Кемаль, т.е. глава правительства, протестовал.', 'Москва, т.к. нуждалась в союзнике, промолчала.'],
      ['thousand', 'Он получил 200 тыс. царских рублей.', 'Деньги ушли быстро.'],
      ['river', 'Битва на р. Сакарья завершилась победой турок.', 'Греки отступили.'],
      ['see', 'См.: Документы внешней политики СССР, Т. IV, М., 1960, С.176-177.', 'Там опубликована нота.'],
    ]);
  });

  it('ends a sentence after a terminal abbreviation before a sentence opener', () => {
    assertSplits([
      ['years', 'Это произошло в 1920–1922 гг.', 'Он уехал в Батум.'],
      ['и т.д.', 'Поставлялись винтовки, пулеметы, снаряды и т.д.', 'Затем поставки прекратились.'],
      ['и др.', 'Там были Энвер, Халил и др.', 'Все они ждали приглашения.'],
      ['etc.', 'They supplied rifles, guns etc.', 'The deliveries stopped in 1922.'],
    ]);
  });

  it('keeps archival citations in one piece with their sentence', () => {
    assertSplits([
      [
        'letter citation',
        'Г.Чичерин писал, что греки бегут (Письмо Г.Чичерина И.Сталину. 14.09.1921// РГАСПИ).',
        'Дальше шли переговоры.',
      ],
      [
        'published collection',
        'Этот договор должен дополнить договор, заключенный в Москве 16 марта 1921 г. (Нота НКИД РСФСР Послу Турции в Москве Али Фуат-бею. 13.06.1921 // Документы внешней политики СССР. Т. IV, М., 1960, С.176-177).',
        'Еще во время переговоров турки добились согласия.',
      ],
      [
        'Turkish memoir',
        'Халил-паша вспоминал об этом (Halil Paşa. Bitmeyen Savaş. İstanbul, 1972, S.358).',
        'Присутствие Халил-паши усиливало подозрения.',
      ],
    ]);
    assert.deepEqual(sentencesOf('(Шифрованная телеграмма Г.Орджоникидзе И.Сталину. 18.08.1921 // Коллекция документов РГАСПИ).'), [
      '(Шифрованная телеграмма Г.Орджоникидзе И.Сталину. 18.08.1921 // Коллекция документов РГАСПИ).',
    ]);
  });

  it('finds real sentence ends: quotes, ellipses, brackets, a date after a period', () => {
    assertSplits([
      ['question in guillemets', 'Он спросил: «Кто это?»', 'Ответа не было.'],
      ['exclamation in quotes', 'Он крикнул: "Вперед!"', 'Все побежали.'],
      ['ellipsis inside a quote', 'Сталин написал: "Что ж... пусть орудует".', 'Так решилась судьба Энвера.'],
      ['closing bracket', 'Договор был подписан в Карсе (13 октября).', 'Он действовал долго.'],
      ['date starts the sentence', 'Турки ответили не сразу.', '29 августа Юсуф Кемаль-бей разослал ноты.'],
      ['ellipsis at the end', 'Но не тут-то было...', 'Уже в 1923 году компартию запретили.'],
    ]);
  });

  it('handles English initials and abbreviations', () => {
    assertSplits([
      ['initials', 'The letter was sent to M.V. Frunze.', 'He replied in January.'],
      ['titles', 'Mr. Smith met Dr. Jones and prof. Brown in Ankara.', 'They talked for hours.'],
      ['e.g. and i.e.', 'Some sources, e.g. Soviet archives, i.e. RGASPI files, agree.', 'Others do not.'],
      ['volume and number', 'See "International Journal of Middle East Studies", Vol. 10, No. 4, p. 5.', 'The article is long.'],
      ['editors', 'Davison wrote in The Diplomats, vol.1, eds. C.A. Gordon, F. Gilbert, Princeton.', 'It was printed in 1953.'],
      ['year', 'Enver arrived in Batumi in 1921.', 'Kemal did not invite him.'],
    ]);
  });

  it('handles Turkish and Polish abbreviations', () => {
    assertSplits([
      ['tr titles', 'Prof. Dr. Ahmet Yılmaz bu konuyu inceledi.', 'Kitabı 2010 yılında çıktı.'],
      ['tr century', '19. yy. Osmanlı Devleti için zor bir dönemdi.', 'Savaşlar uzun sürdü.'],
      ['tr vb.', 'Ankara silah, cephane, para vb.', 'Bunlar Moskova üzerinden geldi.'],
      ['pl tzw.', 'Była to tzw. polityka wschodnia Moskwy.', 'Autor ją opisał.'],
      ['pl ok.', 'Na konferencji było ok. 200 delegatów.', 'Obrady trwały tydzień.'],
      ['pl year', 'Traktat podpisano w 1921 r.', 'W Moskwie świętowano.'],
    ]);
  });

  it('joins a piece without words to the next sentence', () => {
    assert.deepEqual(sentencesOf('Турция ближе к России. […] Турция не отступит.'), ['Турция ближе к России.', '[…] Турция не отступит.']);
  });

  it('copes with a very long paragraph without punctuation, and with many sentences', () => {
    const unpunctuated = 'слово '.repeat(20000).trim();
    assert.deepEqual(sentencesOf(unpunctuated), [unpunctuated]);
    const many = Array.from({ length: 1500 }, (_, index) => `Он пришел ${index + 1} раз.`).join(' ');
    assert.equal(sentencesOf(many).length, 1500);
  });

  it('asks ICU only where a sentence may end, with the same results', () => {
    assert.deepEqual(sentencesOf('Глава 3 — «Батум», 1921–1922'), ['Глава 3 — «Батум», 1921–1922']);
    assert.deepEqual(sentencesOf('Первая строка\nвторая строка'), ['Первая строка', 'вторая строка']);
    assertSplits([
      ['date after an ellipsis', 'Так закончился год…', '29 августа Энвер уехал.'],
      ['terminator of another script', '这是第一句。', '这是第二句。'],
      ['Greek question mark', 'Τι είναι αυτό;', 'Δεν ξέρω τίποτα για αυτό το θέμα.'],
      ['numbered list', 'Список: 1.', '2.', '3.', 'Конец.'],
    ]);
    // The same stretch (`г. О`, `г. Э`) again, in other sentences: its proposals are remembered.
    for (let round = 0; round < 2; round++) {
      assertSplits([
        ['stretch seen before', 'Он пришел в 1921 г.', 'Он уехал.'],
        ['stretch seen before, other context', 'Мир подписали в 1920 г.', 'Он был недолгим.'],
      ]);
      assert.deepEqual(sentencesOf('Он пришел в 1921 г. Энвер уехал.'), ['Он пришел в 1921 г. Энвер уехал.']);
    }
  });

  it('returns nothing for empty input and no sentences for a blank paragraph', () => {
    assert.deepEqual(segment(normalized('')), []);
    const blank: NormalizedText = { text: '   ', paragraphs: [{ start: 0, end: 3, kind: 'body' }], map: OffsetMap.identity(3) };
    const [passage] = segment(blank);
    assert.deepEqual(passage?.sentences, []);
    assert.equal(passage?.lang, 'und');
  });
});

describe('passages', () => {
  it('gives one passage per paragraph with the same span and kind', () => {
    const text = 'Заголовок\n\nПервый абзац. Второе предложение.\n\nSecond paragraph in English, which is here.';
    const input = normalized(text);
    input.paragraphs[0]!.kind = 'heading';
    const passages = segment(input);
    assert.deepEqual(
      passages.map(({ start, end, kind }) => ({ start, end, kind })),
      input.paragraphs,
    );
    for (const passage of passages) checkedSentences(text, passage);
  });

  it('lists document languages by characters, und only when nothing else', () => {
    const passage = (lang: string, length: number, start = 0): Passage => ({ start, end: start + length, kind: 'body', lang, sentences: [] });
    assert.deepEqual(documentLanguages([passage('en', 10), passage('ru', 40), passage('und', 100), passage('en', 25)]), ['ru', 'en']);
    assert.deepEqual(documentLanguages([passage('und', 5)]), ['und']);
    assert.deepEqual(documentLanguages([]), []);
  });
});

describe('language', () => {
  const languagesOf = (paragraphs: string[]) => segment(normalizedFromParagraphs(paragraphs)).map((passage) => passage.lang);

  it('tells the clear cases in the seeds', () => {
    const seed004 = seedParagraphs('004_3cf1fd47c83241f0.txt');
    const languages004 = languagesOf(seed004);
    const abstract = seed004.findIndex((paragraph) => paragraph.startsWith('Kilka ostatnio opublikowanych'));
    assert.equal(languages004[abstract], 'pl');
    for (const start of ['A number of recent comparative works', 'This article addresses', 'Soviet-Turkish relations in the first half']) {
      assert.equal(languages004[seed004.findIndex((paragraph) => paragraph.startsWith(start))], 'en', start);
    }
    assert.ok(languagesOf(seedParagraphs('000_e0a4a8210e7bd8d3.txt')).every((lang) => lang === 'ru'));
  });

  it('tells Turkish, Polish, Ukrainian and English paragraphs', () => {
    assert.deepEqual(
      languagesOf([
        'Mustafa Kemal Paşa, Sovyet Rusya ile dostluk antlaşmasının imzalanmasından sonra doğu sınırının güvence altına alındığını düşünüyordu.',
        'Wyraźny konflikt ideologiczny między nacjonalistycznymi Turkami a internacjonalistycznymi bolszewikami skłaniał wielu historyków.',
        'Історія українсько-турецьких відносин у двадцятих роках минулого століття ще чекає на своїх дослідників.',
        'The treaty squared its endorsement of self-determination with its rapid rearrangement of borders.',
      ]),
      ['tr', 'pl', 'uk', 'en'],
    );
  });

  it('decides short and mixed paragraphs by script majority and context', () => {
    const languages = languagesOf([
      'Dear comrade,',
      'Both from London and from Rome news is being sent that angora allegedly took the side of the entente.',
      'Kireev N.G., 2007, *История Турции: XX век.*, Москва.',
      'Akshin A., 1991, *Atatürk\'ün Dış Politika İlkeleri ve Diplomasisi*, Türk Tarih Kurumu Yayınları, Ankara.',
      'Giritli I., 1970, *Turkish-Soviet Relations*, Available from: <https://doi.org/10.1177/097492847002600101>',
    ]);
    assert.deepEqual(languages, ['en', 'en', 'ru', 'tr', 'en']);
  });

  it('reaches 95% accuracy on the seed paragraphs judged by reading', () => {
    const { accuracy, confusions } = measureLanguageAccuracy();
    assert.ok(accuracy >= 0.95, `accuracy ${accuracy}: ${JSON.stringify(confusions)}`);
  });
});
