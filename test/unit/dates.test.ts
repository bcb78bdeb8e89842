import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import edtf from 'edtf';
import { dates } from '../../src/annotate/dates.js';
import { toGregorian } from '../../src/annotate/dates/calendars.js';
import { analyzeDocument, analyzeFile } from '../../src/ingest/analyze.js';
import type { AnalyzedSource, DateMention } from '../../src/model.js';
import { edtfBounds } from '../../src/util/edtf-bounds.js';

interface Found {
  text: string;
  edtf: string;
  inferred: boolean;
  calendar?: string;
}

function recognize(source: AnalyzedSource): DateMention[] {
  return dates.recognize({ id: source.id, text: source.text, passages: source.passages, languages: source.languages, mentions: [] }) as DateMention[];
}

function simplify(mention: DateMention): Found {
  const { edtf: value, inferred, calendar } = mention.value;
  return calendar ? { text: mention.text, edtf: value, inferred, calendar } : { text: mention.text, edtf: value, inferred };
}

/** The dates of a text that goes through the real pipeline (normalize, segment) first; paragraphs are split by blank lines. */
async function datesOf(text: string): Promise<Found[]> {
  const source = await analyzeDocument({ path: 'probe.txt', format: 'txt', markup: 'plain', text, encoding: 'UTF-8', bytes: Buffer.byteLength(text) });
  return recognize(source).map(simplify);
}

/** The one date of a text, span and value. */
async function onlyDate(text: string): Promise<Found> {
  const found = await datesOf(text);
  assert.equal(found.length, 1, `one date in ${JSON.stringify(text)}, found ${JSON.stringify(found)}`);
  return found[0]!;
}

async function expectDate(text: string, span: string, value: string, inferred = false): Promise<void> {
  const found = await onlyDate(text);
  assert.deepEqual([found.text, found.edtf, found.inferred], [span, value, inferred], text);
}

async function expectNone(text: string): Promise<void> {
  assert.deepEqual(await datesOf(text), [], text);
}

const seeds = new URL('../../examples/seeds/texts/', import.meta.url);
const seedDates = new Map<string, Found[]>();

async function seed(name: string): Promise<Found[]> {
  if (!seedDates.has(name)) seedDates.set(name, recognize(await analyzeFile(new URL(name, seeds).pathname)).map(simplify));
  return seedDates.get(name)!;
}

function has(found: Found[], text: string, value: string, inferred?: boolean): void {
  const match = found.find((date) => date.text === text && date.edtf === value && (inferred === undefined || date.inferred === inferred));
  assert.ok(match, `${text} → ${value} among ${JSON.stringify(found.filter((date) => date.text.includes(text) || text.includes(date.text)))}`);
}

before(async () => {
  await dates.prepare!();
});

describe('full dates, in every case and style', () => {
  it('Russian day, month and year, with г./года', async () => {
    await expectDate('Договор был подписан 16 марта 1921 года в Москве.', '16 марта 1921 года', '1921-03-16');
    await expectDate('Договор был подписан 16 марта 1921 г. в Москве.', '16 марта 1921 г.', '1921-03-16');
    await expectDate('Это случилось 1 января 1920 г.', '1 января 1920 г.', '1920-01-01');
    await expectDate('К 30 сентября 1921 года всё кончилось.', '30 сентября 1921 года', '1921-09-30');
    await expectDate('Доклад от 3 окт. 1921 г.', '3 окт. 1921 г.', '1921-10-03');
  });

  it('numeric dates, also glued to what follows', async () => {
    await expectDate('(Шифрованная телеграмма Г.Орджоникидзе И.Сталину. 18.08.1921 // РГАСПИ)', '18.08.1921', '1921-08-18');
    await expectDate('On 3.05.1922 the money was paid.', '3.05.1922', '1922-05-03');
    await expectDate('On 16.03.1921 the treaty was signed.', '16.03.1921', '1921-03-16');
    await expectDate('(Письмо Г.Чичерина И.Сталину. 14.09.1921// РГАСПИ)', '14.09.1921', '1921-09-14');
    await expectDate('Записка от 14.IX.1921 г.', '14.IX.1921 г.', '1921-09-14');
    await expectDate('ISO: 1921-08-18.', '1921-08-18', '1921-08-18');
  });

  it('English styles; a leading preposition is left out', async () => {
    await expectDate('On March 16, 1921 the two countries signed a treaty.', 'March 16, 1921', '1921-03-16');
    await expectDate('It was signed on 16 March 1921 in Moscow.', '16 March 1921', '1921-03-16');
    await expectDate('On January 5, 1921, Aralov was appointed.', 'January 5, 1921', '1921-01-05');
    await expectDate('It happened on the 16th of March 1921.', '16th of March 1921', '1921-03-16');
    await expectDate('The army moved in Sept. 1921.', 'Sept. 1921', '1921-09');
  });

  it('Turkish and Polish month names', async () => {
    await expectDate('Antlaşma 16 Mart 1921 tarihinde imzalandı.', '16 Mart 1921', '1921-03-16');
    await expectDate('Traktat podpisano 16 marca 1921 r. w Moskwie.', '16 marca 1921 r.', '1921-03-16');
    await expectDate('Wojska weszły w marcu 1921 r.', 'marcu 1921 r.', '1921-03');
  });

  it('impossible days are no dates', async () => {
    await expectNone('Отчёт за 31 июня 1921 г. не найден.');
    await expectNone('Cited as 31.02.1921 in the file.');
    await expectDate('Но 29 февраля 1920 г. был.', '29 февраля 1920 г.', '1920-02-29');
    await expectNone('А 29 февраля 1921 г. не было.');
  });
});

describe('months, years, seasons, parts and ranges', () => {
  it('months and years', async () => {
    await expectDate('Энвер прибыл в марте 1921 г. на Кавказ.', 'марте 1921 г.', '1921-03');
    await expectDate('Энвер прибыл в 1921 г. на Кавказ.', '1921 г.', '1921');
    await expectDate('Энвер прибыл в 1921 году на Кавказ.', '1921 году', '1921');
    await expectDate('(Письмо Юсуф Кемаль бея Г.Чичерину. Сентябрь,1921// Коллекция документов АВП РФ)', 'Сентябрь,1921', '1921-09');
    await expectDate('Атака была в феврале-марте 1918 году.', 'феврале-марте 1918 году', '1918-02/1918-03');
    await expectDate('Knowing this, in 1921 Enver arrived.', '1921', '1921');
  });

  it('seasons (EDTF 21–24)', async () => {
    await expectDate('Летом 1921 года война вступила в решающую стадию.', 'Летом 1921 года', '1921-22');
    await expectDate('Начиная с лета 1921 года статьи выходили.', 'лета 1921 года', '1921-22');
    await expectDate('В летние месяцы 1921 года шла подготовка.', 'летние месяцы 1921 года', '1921-22');
    await expectDate('Ещё осенью 1920 г. всё изменилось.', 'осенью 1920 г.', '1920-23');
    await expectDate('In the spring of 1921 talks began.', 'spring of 1921', '1921-21');
    await expectDate('Zimą 1920 r. było zimno.', 'Zimą 1920 r.', '1920-24');
    const [year, spring] = await datesOf('В 1921 г. всё началось. Весной посол приехал.');
    assert.deepEqual(spring, { text: 'Весной', edtf: '1921-21', inferred: true });
    assert.equal(year!.edtf, '1921');
  });

  it('parts of months, years, decades and centuries keep their construction', async () => {
    const found = await datesOf('В 1921 г. всё решилось. В начале августа Энвер прибыл. В середине августа он уехал. В конце сентября 1921 года он вернулся.');
    assert.deepEqual(found.slice(1), [
      { text: 'В начале августа', edtf: '1921-08-01/1921-08-10', inferred: true },
      { text: 'В середине августа', edtf: '1921-08-11/1921-08-20', inferred: true },
      { text: 'В конце сентября 1921 года', edtf: '1921-09-21/1921-09-30', inferred: false },
    ]);
    await expectDate('Это было в начале 1921 г. в Москве.', 'в начале 1921 г.', '1921-01/1921-04');
    await expectDate('Это было в конце 1921 в Москве.', 'в конце 1921', '1921-09/1921-12');
    await expectDate('Это было в середине 1920-х в Москве.', 'в середине 1920-х', '1924/1926');
    await expectDate('In the mid-1920s, tension arose.', 'mid-1920s', '1924/1926');
    await expectDate('At the end of 1921, Enver left.', 'At the end of 1921', '1921-09/1921-12');
    await expectDate('In early May 1919, the three agreed.', 'early May 1919', '1919-05-01/1919-05-10');
    await expectDate('Это было во второй половине 1921 г.', 'во второй половине 1921 г.', '1921-07/1921-12');
    await expectDate('Это было в начале XX века.', 'в начале XX века', '1901/1933');
    const [, half] = await datesOf('In 1921 it began. Relations in the first half of the century were close.');
    assert.deepEqual(half, { text: 'the first half of the century', edtf: '1901/1950', inferred: true });
  });

  it('days of a month by tens: в 20-х числах', async () => {
    const [, days] = await datesOf('В 1921 г. всё решилось. В 20-х числах марта в Париже прошли консультации.');
    assert.deepEqual(days, { text: 'В 20-х числах марта', edtf: '1921-03-20/1921-03-29', inferred: true });
    const [, first] = await datesOf('В 1921 г. всё решилось. Так, в первые дни сентября пленум принял решение.');
    assert.deepEqual(first, { text: 'в первые дни сентября', edtf: '1921-09-01/1921-09-10', inferred: true });
  });

  it('ranges keep their prepositions; a year range with гг.', async () => {
    await expectDate('Всего с 1920 по 1922 год Россия поставила оружие.', 'с 1920 по 1922 год', '1920/1922');
    await expectDate('Война 1920–1922 годов закончилась.', '1920–1922 годов', '1920/1922');
    await expectDate('Война 1914–1918 гг. закончилась.', '1914–1918 гг.', '1914/1918');
    await expectDate('The Greco-Turkish War, 1919-22, was long.', '1919-22', '1919/1922');
    await expectDate('After the Sivas Congress on September 4-11, 1919, it was decided.', 'September 4-11, 1919', '1919-09-04/1919-09-11');
    await expectDate('Конференция шла 4–11 сентября 1919 г. в Сивасе.', '4–11 сентября 1919 г.', '1919-09-04/1919-09-11');
    await expectDate('Переговоры шли с 16 марта по 20 апреля 1921 г. в Москве.', 'с 16 марта по 20 апреля 1921 г.', '1921-03-16/1921-04-20');
    await expectDate('Переговоры шли 16 марта – 20 апреля 1921 г. в Москве.', '16 марта – 20 апреля 1921 г.', '1921-03-16/1921-04-20');
    await expectDate('The war between 1919 and 1922 was defensive.', 'between 1919 and 1922', '1919/1922');
    await expectDate('Documents Archives - 1919 to 1941', '1919 to 1941', '1919/1941');
    await expectDate('They met from 1919 to 1922.', 'from 1919 to 1922', '1919/1922');
  });

  it('month adjectives: with their noun and a year, or with the days', async () => {
    await expectDate('После апрельских переговоров 1921 года в Баку всё изменилось.', 'апрельских переговоров 1921 года', '1921-04');
    const [, days] = await datesOf('Летом 1921 года шла война. В те же сентябрьские дни министр направил письмо.');
    assert.deepEqual(days, { text: 'В те же сентябрьские дни', edtf: '1921-09', inferred: true });
    await expectDate('Накануне Октябрьской революции 1917 года всё было иначе.', '1917 года', '1917');
    await expectNone('Сентябрьские события не забылись.');
  });

  it('a decade by its ordinal word takes its century from the text', async () => {
    const [, russian] = await datesOf('В 1925 году посол заявил протест. Это стало ясно в двадцатые годы.');
    assert.deepEqual(russian, { text: 'двадцатые годы', edtf: '192X', inferred: true });
    const [, polish] = await datesOf('W 1921 r. podpisano traktat.\n\nStreszczenie\n\nInterakcje w latach dwudziestych były bliskie.');
    assert.deepEqual(polish, { text: 'latach dwudziestych', edtf: '192X', inferred: true });
    await expectNone('Это стало ясно в двадцатые годы.');
  });

  it('years written with an ordinal ending or a slash', async () => {
    await expectDate('Это было в 1921-м году.', '1921-м году', '1921');
    await expectDate('Учебный 1920/21 год прошёл.', '1920/21 год', '1920/1921');
  });

  it('nights', async () => {
    const [, night] = await datesOf('В 1921 г. всё решилось. В ночь с 16 на 17 сентября посол встретился со Сталиным.');
    assert.deepEqual(night, { text: 'В ночь с 16 на 17 сентября', edtf: '1921-09-16/1921-09-17', inferred: true });
    await expectDate('Это случилось в ночь на 17 сентября 1921 г.', 'в ночь на 17 сентября 1921 г.', '1921-09-16/1921-09-17');
    await expectDate('Переход был с 16 на 17 сентября 1921 г.', 'с 16 на 17 сентября 1921 г.', '1921-09-16/1921-09-17');
    await expectNone('Лифт шёл с 16 на 17 этаж.');
  });

  it('decades and centuries', async () => {
    await expectDate('Это было в 1920-х годах.', '1920-х годах', '192X');
    await expectDate('Soviet-Turkish interactions in the 1920s were close.', '1920s', '192X');
    await expectDate('История Турции: XX век.', 'XX век', '19XX');
    await expectDate('История Турции: ХХ в.', 'ХХ в.', '19XX');
    await expectDate('Споры XIX–XX вв. не утихли.', 'XIX–XX вв.', '18XX/19XX');
    await expectDate('The twentieth century began.', 'twentieth century', '19XX');
    await expectDate('In the 20th century it ended.', '20th century', '19XX');
    const [, decade] = await datesOf('В 1925 году посол заявил протест. Это стало ясно в 20-х годах.');
    assert.deepEqual(decade, { text: '20-х годах', edtf: '192X', inferred: true });
  });
});

describe('years and the numbers that are not years', () => {
  it('years of publication in references are dates', async () => {
    await expectDate('Документы внешней политики СССР. М., 1999.', '1999', '1999');
    await expectDate('(Halil Paşa. Bitmeyen Savaş. İstanbul, 1972, S.358)', '1972', '1972');
    await expectDate('(Hirst 2013: 10)', '2013', '2013');
    await expectDate('Gokay B., 2006, Soviet Eastern Policy and Turkey, Routledge.', '2006', '2006');
  });

  it('amounts, pages, volumes, shelf marks and model numbers are not', async () => {
    await expectNone('Всего передано 1921 винтовок и 1922 патрона.');
    await expectNone('The army got 1921 rifles.');
    await expectNone('Там же. С. 1921.');
    await expectNone('Там же. С.1921-1925.');
    await expectNone('Самолёт Ту-154 и Ту-1954.');
    await expectNone('ЦГА. Ф. 5. Оп. 1. Д. 2140. Л. 15.');
    await expectNone('Т. IV, Vol. 10, No. 4, S.358, С.176-177, No. 1921, № 1921.');
    await expectNone('Около 1921 000 рублей и 1921,5 тонны, 15% и 1921%.');
    await expectNone('ORCID: 0000-0002-1921-0528, A2-1921/1, tel. 1921-0528.');
    await expectNone('https://example.org/mag/2015-10-11/1921.html');
    await expectNone('Street Zahid Khalilov 23, A2, 1148 Baku.');
  });

  it('counted nouns, multipliers, numbered nouns and codes make a number no year', async () => {
    await expectNone('About 1500 soldiers died, and the regiment had 1921 men.');
    await expectNone('В кассе было 1921 тыс. рублей, а в другой 1921 тысяча.');
    await expectNone('Статья 1921 Уголовного кодекса; see page 1921 and Articles 1918–1920.');
    await expectNone('Flight SU 1921 left on time.');
    await expectDate('1921 elections were held in spring.', '1921', '1921');
  });

  it('a bare year after a preposition, a determiner or in a title is a year', async () => {
    await expectDate('the 1921 elections were held', '1921', '1921');
    await expectDate('Договор 1921 года', '1921 года', '1921');
    await expectDate('Обстоятельства заключения Советско-турецкого договора 1921 года', '1921 года', '1921');
  });

  it('not dates: now, today, durations, a number after с', async () => {
    await expectNone('Сейчас этой ночью всё решится.');
    await expectNone('Now and today nothing happens.');
    await expectNone('Он провёл там три года и 25 лет.');
    await expectNone('He stayed two weeks and three days.');
    await expectNone('Он ждал с 16 и до вечера.');
  });
});

describe('years from context', () => {
  it('a partial date takes the last year the text stated', async () => {
    const found = await datesOf('Летом 1921 года началась война.\n\nВ телеграмме от 18 августа И.Сталину. 1 июля он направил письмо. Ещё в июле был доклад. 14 сентября Чичерин писал.');
    assert.deepEqual(found.slice(1), [
      { text: '18 августа', edtf: '1921-08-18', inferred: true },
      { text: '1 июля', edtf: '1921-07-01', inferred: true },
      { text: 'июле', edtf: '1921-07', inferred: true },
      { text: '14 сентября', edtf: '1921-09-14', inferred: true },
    ]);
  });

  it('never a year the text does not support: no anchor, an unknown year', async () => {
    assert.deepEqual(await onlyDate('В телеграмме от 18 августа Орджоникидзе выражал недоумение.'), { text: '18 августа', edtf: 'XXXX-08-18', inferred: false });
    assert.deepEqual(await onlyDate('Ещё в июле был доклад.'), { text: 'июле', edtf: 'XXXX-07', inferred: false });
    // A season has no EDTF without its year; a relative phrase nothing to count from.
    await expectNone('Весной посол приехал.');
    await expectNone('На следующий день посол уехал. Через неделю он вернулся. The next day he left.');
  });

  it('publication years, author–year citations and parentheses are no anchors', async () => {
    const [, , partial] = await datesOf('Иванов И. История. М., 1999. С. 5.\n\n(Hirst 2013: 10) В телеграмме от 18 августа всё сказано.');
    assert.deepEqual(partial, { text: '18 августа', edtf: 'XXXX-08-18', inferred: false });
    const found = await datesOf('By May 1920, however, this changed (Piter 2004). On 21 July the Greeks entered Tekirdag (Toynbe 1922: 121).');
    assert.deepEqual(found.map((date) => [date.text, date.edtf]), [['May 1920', '1920-05'], ['2004', '2004'], ['21 July', '1920-07-21'], ['1922', '1922']]);
    const cited = await datesOf('Летом 1921 года было так.\n\nНота была (См.: Report. January 1952. // Archives, P.8).\n\n24 августа Мравян отправил ноту.');
    assert.deepEqual(cited.at(-1), { text: '24 августа', edtf: '1921-08-24', inferred: true });
  });

  it('dates quoted from a document date the document, not the narrative', async () => {
    const found = await datesOf('В 1921 г. Юсуф Кемаль писал: "Ввиду Ваших заявлений от 19 декабря 1920 года прошу перенести конференцию". 8 августа Чичерин ответил.');
    assert.deepEqual(found.at(-1), { text: '8 августа', edtf: '1921-08-08', inferred: true });
  });

  it('the same day cited in the passage gives the year', async () => {
    const found = await datesOf('В сентябре 1920 года началась война.\n\n24 августа Мравян отправил ноту (Нота Мравяна. 24.08.1921 // АВП РФ). 29 августа Юсуф Кемаль ответил.');
    assert.deepEqual(found.slice(1).map((date) => [date.text, date.edtf]), [['24 августа', '1921-08-24'], ['24.08.1921', '1921-08-24'], ['29 августа', '1921-08-29']]);
  });

  it('a heading starts a section: the years before it no longer count', async () => {
    const found = await datesOf('Первая статья\n\nЛетом 1921 года шла война.\n\nВторая статья\n\n18 августа Энвер прибыл.');
    assert.deepEqual(found.at(-1), { text: '18 августа', edtf: 'XXXX-08-18', inferred: false });
  });

  it('year references: того же года, сего года, that year', async () => {
    await expectDate('В марте того же года Кемаль отправил письмо.', 'марте того же года', 'XXXX-03');
    const [, same] = await datesOf('В 1920 году Ататюрк созвал парламент. В марте того же года Кемаль отправил письмо.');
    assert.deepEqual(same, { text: 'марте того же года', edtf: '1920-03', inferred: true });
    const [, next] = await datesOf('В 1920 году всё началось. Весной следующего года всё кончилось.');
    assert.deepEqual(next, { text: 'Весной следующего года', edtf: '1921-21', inferred: true });
    const [, autumn] = await datesOf('In May 1922, the last installment was paid. By autumn that year France recognized Ankara.');
    assert.deepEqual(autumn, { text: 'autumn that year', edtf: '1922-23', inferred: true });
    const [, following] = await datesOf('Mustafa Kamal in 1922 managed to drive the Greek army out. The following January Turkey and Greece finalized an exchange.');
    assert.deepEqual(following, { text: 'The following January', edtf: '1923-01', inferred: true });
  });
});

describe('relative expressions', () => {
  it('count from the last full date of the paragraph or the one before', async () => {
    const found = await datesOf('16 сентября 1921 г. посол прибыл. В тот же день он встретился с наркомом. На следующий день он уехал. Через неделю он вернулся. Через две недели всё кончилось.');
    assert.deepEqual(found.map((date) => [date.text, date.edtf, date.inferred]), [
      ['16 сентября 1921 г.', '1921-09-16', false],
      ['В тот же день', '1921-09-16', true],
      ['На следующий день', '1921-09-17', true],
      ['Через неделю', '1921-09-24', true],
      ['Через две недели', '1921-10-08', true],
    ]);
    const english = await datesOf('On 16 September 1921 the envoy arrived. The next day he left. Two weeks later he came back.');
    assert.deepEqual(english.slice(1).map((date) => [date.text, date.edtf]), [['The next day', '1921-09-17'], ['Two weeks later', '1921-10-01']]);
  });

  it('a night counts forward from its second day', async () => {
    const found = await datesOf('В ночь с 16 на 17 сентября 1921 г. посол встретился со Сталиным. На следующий день он уехал.');
    assert.deepEqual(found.at(-1), { text: 'На следующий день', edtf: '1921-09-18', inferred: true });
  });

  it('"those days" take the month of the date before', async () => {
    const [, , days] = await datesOf('В 1921 г. всё решилось. В начале августа Энвер прибыл в Батум. Присутствие в Батуме в те же дни Халил-паши усиливало подозрения.');
    assert.deepEqual(days, { text: 'в те же дни', edtf: '1921-08', inferred: true });
  });

  it('without a date close enough, nothing', async () => {
    await expectNone('Он приехал. На следующий день он уехал.');
    const found = await datesOf('16 сентября 1921 г. посол прибыл.\n\nОн долго ждал.\n\nНичего не решилось. На следующий день он уехал.');
    assert.deepEqual(found.map((date) => date.text), ['16 сентября 1921 г.']);
  });

  it('“… before” and “… after” only when no event follows', async () => {
    const [, year] = await datesOf('On 3.05.1922 3 500 000 gold rubles were given. It was the last installment promised a year before by Kamal.');
    assert.deepEqual(year, { text: 'a year before', edtf: '1921', inferred: true });
    const found = await datesOf('On 3.05.1922 the money was paid, and the day after they came to power they published a decree.');
    assert.deepEqual(found.map((date) => date.text), ['3.05.1922']);
  });
});

describe('calendars', () => {
  it('Old Style dates are converted to Gregorian', async () => {
    assert.deepEqual(await onlyDate('Переворот произошёл 25 октября 1917 г. по ст. ст. в Петрограде.'), {
      text: '25 октября 1917 г. по ст. ст.', edtf: '1917-11-07', inferred: false, calendar: 'julian',
    });
    assert.deepEqual(await onlyDate('Это было 25 октября 1917 года (по старому стилю).'), {
      text: '25 октября 1917 года (по старому стилю)', edtf: '1917-11-07', inferred: false, calendar: 'julian',
    });
    assert.deepEqual(await onlyDate('The decree of 26 October 1917 (O.S.) was read.'), {
      text: '26 October 1917 (O.S.)', edtf: '1917-11-08', inferred: false, calendar: 'julian',
    });
    const [, both] = await datesOf('В 1917 году, 25 октября (7 ноября), большевики взяли власть.');
    assert.deepEqual(both, { text: '25 октября (7 ноября)', edtf: '1917-11-07', inferred: true, calendar: 'julian' });
    assert.deepEqual(await onlyDate('Декрет от 5 (18) января 1918 г. вступил в силу.'), {
      text: '5 (18) января 1918 г.', edtf: '1918-01-18', inferred: false, calendar: 'julian',
    });
    assert.deepEqual(await onlyDate('Манифест 19 февраля 1861 г. ст. ст. объявлен.'), {
      text: '19 февраля 1861 г. ст. ст.', edtf: '1861-03-03', inferred: false, calendar: 'julian',
    });
    assert.deepEqual(await onlyDate('В марте 1917 г. по ст. ст. всё изменилось.'), {
      text: 'марте 1917 г. по ст. ст.', edtf: '1917-03-14/1917-04-13', inferred: false, calendar: 'julian',
    });
  });

  it('Old Style conversion gains a day a century, as the Gregorian calendar drops leap days', () => {
    assert.deepEqual(toGregorian('julian', { year: 1700, month: 2, day: 18 }), { year: 1700, month: 2, day: 28 });
    assert.deepEqual(toGregorian('julian', { year: 1700, month: 2, day: 19 }), { year: 1700, month: 3, day: 1 });
    assert.deepEqual(toGregorian('julian', { year: 1812, month: 8, day: 26 }), { year: 1812, month: 9, day: 7 });
    assert.deepEqual(toGregorian('julian', { year: 1918, month: 1, day: 31 }), { year: 1918, month: 2, day: 13 });
  });

  it('Rumi dates: Julian days and a March new year until 1917, year + 584 from 1918', async () => {
    assert.deepEqual(await onlyDate('Kanun 1 Mart 1337 tarihinde kabul edildi.'), { text: '1 Mart 1337', edtf: '1921-03-01', inferred: false, calendar: 'rumi' });
    assert.deepEqual(await onlyDate('Meclis 23 Nisan 1336 günü açıldı.'), { text: '23 Nisan 1336', edtf: '1920-04-23', inferred: false, calendar: 'rumi' });
    assert.deepEqual(await onlyDate('Mustafa Kemal 19 Mayıs 1335 günü Samsun’a çıktı.'), { text: '19 Mayıs 1335', edtf: '1919-05-19', inferred: false, calendar: 'rumi' });
    assert.deepEqual(await onlyDate('Meşrutiyet 10 Temmuz 1324 günü ilan edildi.'), { text: '10 Temmuz 1324', edtf: '1908-07-23', inferred: false, calendar: 'rumi' });
    assert.deepEqual(await onlyDate('Mektup 15 Kânunusani 1336 tarihlidir.'), { text: '15 Kânunusani 1336', edtf: '1920-01-15', inferred: false, calendar: 'rumi' });
    assert.deepEqual(await onlyDate('Mektup 5 Şubat 1325 tarihlidir.'), { text: '5 Şubat 1325', edtf: '1910-02-18', inferred: false, calendar: 'rumi' });
    assert.deepEqual(await onlyDate('Kararname 1337 R. senesinde çıktı.'), { text: '1337 R.', edtf: '1921', inferred: false, calendar: 'rumi' });
  });

  it('Hijri dates by the tabular calendar', async () => {
    assert.deepEqual(await onlyDate('Tarih: H. 1339.'), { text: 'H. 1339', edtf: '1920-09-15/1921-09-03', inferred: false, calendar: 'hijri' });
    assert.deepEqual(await onlyDate('Tarih 1339 h. olarak geçer.'), { text: '1339 h.', edtf: '1920-09-15/1921-09-03', inferred: false, calendar: 'hijri' });
    assert.deepEqual(await onlyDate('Ferman 1 Ramazan 1339 h. tarihlidir.'), { text: '1 Ramazan 1339 h.', edtf: '1921-05-09', inferred: false, calendar: 'hijri' });
    assert.deepEqual(await onlyDate('Vesika 12 Muharrem 1340 tarihlidir.'), { text: '12 Muharrem 1340', edtf: '1921-09-15', inferred: false, calendar: 'hijri' });
  });

  it('the tabular Hijri conversion agrees with the islamic-civil calendar of Intl', () => {
    const islamic = new Intl.DateTimeFormat('en-u-ca-islamic-civil', { timeZone: 'UTC', day: 'numeric', month: 'numeric', year: 'numeric' });
    for (const [year, month, day] of [[1339, 1, 1], [1339, 9, 1], [1342, 12, 29], [1300, 6, 15], [1400, 2, 10]] as const) {
      const gregorian = toGregorian('hijri', { year, month, day });
      const parts = islamic.formatToParts(new Date(Date.UTC(gregorian.year, gregorian.month - 1, gregorian.day)));
      const part = (type: string) => Number(parts.find((p) => p.type === type)!.value.replace(/\D.*$/, ''));
      assert.deepEqual([part('year'), part('month'), part('day')], [year, month, day], `${day}.${month}.${year} AH`);
    }
  });
});

describe('the seeds', () => {
  it('002: archival citations, parts and nights, years from context', async () => {
    const found = await seed('002_9ff9c4e8dcadf0df.txt');
    has(found, 'Летом 1921 года', '1921-22', false);
    has(found, 'В начале августа', '1921-08-01/1921-08-10', true);
    has(found, '18 августа', '1921-08-18', true);
    has(found, '18.08.1921', '1921-08-18', false);
    has(found, '14.09.1921', '1921-09-14');
    has(found, 'В ночь с 16 на 17 сентября', '1921-09-16/1921-09-17', true);
    has(found, 'В 20-х числах марта', '1921-03-20/1921-03-29', true);
    has(found, 'Сентябрь,1921', '1921-09');
    has(found, 'В конце сентября 1921 года', '1921-09-21/1921-09-30', false);
    has(found, '14 июля сего года', '1921-07-14', true);
    has(found, 'феврале-марте 1918 году', '1918-02/1918-03');
    has(found, '1972', '1972');
    has(found, '1960', '1960');
    has(found, 'January 1952', '1952-01');
    has(found, '8 августа', '1921-08-08', true);
    has(found, '29 августа', '1921-08-29', true);
    for (const wrong of ['С.176-177', '176', 'IV', '358', '15']) assert.ok(!found.some((date) => date.text === wrong), `${wrong} is no date`);
  });

  it('004: author–year citations, English styles, bibliography', async () => {
    const found = await seed('004_3cf1fd47c83241f0.txt');
    has(found, 'September 4-11, 1919', '1919-09-04/1919-09-11');
    has(found, 'September 22', '1919-09-22', true);
    has(found, '16.03.1921', '1921-03-16');
    has(found, '3.05.1922', '1922-05-03');
    has(found, 'January 5, 1921', '1921-01-05');
    has(found, '21 July', '1920-07-21', true);
    has(found, 'mid-1920s', '1924/1926');
    has(found, 'in the middle of the 1920s', '1924/1926');
    has(found, '1920–1991', '1920/1991');
    has(found, 'XX век', '19XX');
    has(found, '11 февраля 2016 года', '2016-02-11');
    has(found, '2013', '2013');
    for (const wrong of ['1148', '10', '0000', 'February', 'Spring']) assert.ok(!found.some((date) => date.text === wrong), `${wrong} is no date`);
  });

  it('000, 001, 003: narrative dates', async () => {
    const first = await seed('000_e0a4a8210e7bd8d3.txt');
    has(first, 'июле 1920 г.', '1920-07');
    has(first, 'летом 1921 г.', '1921-22');
    has(first, '16 марта 1921 года', '1921-03-16');
    const second = await seed('001_761d5c734d833c29.txt');
    has(second, 'марте того же года', '1920-03', true);
    has(second, 'с 1920 по 1922 год', '1920/1922');
    has(second, 'через 25 лет', '1950', true);
    const third = await seed('003_99594d2c9f9c4830.txt');
    has(third, 'December 26, 1921', '1921-12-26');
    has(third, 'At the end of 1921', '1921-09/1921-12');
    has(third, 'august 1922', '1922-08');
  });

  it('every value is valid EDTF, and every span is its text', async () => {
    for (const name of ['000_e0a4a8210e7bd8d3.txt', '001_761d5c734d833c29.txt', '002_9ff9c4e8dcadf0df.txt', '003_99594d2c9f9c4830.txt', '004_3cf1fd47c83241f0.txt']) {
      const source = await analyzeFile(new URL(name, seeds).pathname);
      let previousEnd = 0;
      for (const mention of recognize(source)) {
        assert.equal(mention.text, source.text.slice(mention.start, mention.end));
        assert.ok(mention.start >= previousEnd, 'mentions do not overlap and come in order');
        previousEnd = mention.end;
        assert.doesNotThrow(() => edtf(mention.value.edtf), `${mention.text} → ${mention.value.edtf}`);
      }
    }
  });
});

describe('the days an EDTF value covers', () => {
  it('seasons are the months a historian means, winter running into the next year', () => {
    assert.deepEqual(edtfBounds('1921-21'), { min: '1921-03-01', max: '1921-05-31' });
    assert.deepEqual(edtfBounds('1921-22'), { min: '1921-06-01', max: '1921-08-31' });
    assert.deepEqual(edtfBounds('1921-23'), { min: '1921-09-01', max: '1921-11-30' });
    assert.deepEqual(edtfBounds('1920-24'), { min: '1920-12-01', max: '1921-02-28' });
  });

  it('days, months, years and intervals; nothing for an unknown year', () => {
    assert.deepEqual(edtfBounds('1921-08-18'), { min: '1921-08-18', max: '1921-08-18' });
    assert.deepEqual(edtfBounds('1921-02'), { min: '1921-02-01', max: '1921-02-28' });
    assert.deepEqual(edtfBounds('1921-09-16/1921-09-17'), { min: '1921-09-16', max: '1921-09-17' });
    assert.deepEqual(edtfBounds('192X'), { min: '1920-01-01', max: '1929-12-31' });
    assert.equal(edtfBounds('XXXX-08-18'), undefined);
    assert.equal(edtfBounds('not a date'), undefined);
  });
});
