import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { recognizers } from '../../src/annotate/index.js';
import { quantities } from '../../src/annotate/quantities.js';
import { analyzeFile } from '../../src/ingest/analyze.js';
import type { Doc, Lang, Mention, Passage } from '../../src/model.js';

const seeds = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'seeds', 'texts');

interface Found {
  text: string;
  value: number;
  item?: string;
  unit?: string;
  approximate: boolean;
}

function passage(start: number, end: number, lang: Lang): Passage {
  return { start, end, kind: 'body', lang, sentences: [{ start, end }] };
}

function docOf(text: string, lang: Lang, mentions: Mention[] = []): Doc {
  return { id: 'test', text, passages: [passage(0, text.length, lang)], languages: [lang], mentions };
}

function simplified(mentions: readonly Mention[]): Found[] {
  return mentions.map((mention) => {
    assert.equal(mention.kind, 'quantity');
    if (mention.kind !== 'quantity') throw new Error('not a quantity');
    return { text: mention.text, ...mention.value };
  });
}

function found(text: string, lang: Lang = 'ru', mentions: Mention[] = []): Found[] {
  return simplified(quantities.recognize(docOf(text, lang, mentions)));
}

function texts(text: string, lang: Lang = 'ru'): string[] {
  return found(text, lang).map((quantity) => quantity.text);
}

/** The one quantity found in `text`. */
function only(text: string, lang: Lang = 'ru'): Found {
  const all = found(text, lang);
  assert.equal(all.length, 1, `one quantity in ${JSON.stringify(text)}, found ${JSON.stringify(all)}`);
  return all[0]!;
}

async function seed(name: string): Promise<{ text: string; quantities: Found[] }> {
  const source = await analyzeFile(join(seeds, name));
  const mentions = quantities.recognize({ ...source, mentions: [] });
  for (const mention of mentions) assert.equal(source.text.slice(mention.start, mention.end), mention.text);
  return { text: source.text, quantities: simplified(mentions) };
}

before(async () => {
  await quantities.prepare!();
});

describe('quantities: the seeds', () => {
  it('reads the list of Soviet deliveries in seed 001, money in words and figures', async () => {
    const { quantities: found } = await seed('001_761d5c734d833c29.txt');
    assert.deepEqual(found, [
      { text: 'пять миллионов турецких лир золотом', value: 5_000_000, item: 'турецкая лира', unit: 'Turkish lira', approximate: false },
      { text: '10 млн деньгами', value: 10_000_000, item: 'деньги', approximate: false },
      { text: '39 тыс. винтовок', value: 39_000, item: 'винтовка', unit: 'rifle', approximate: false },
      { text: '327 пулеметов', value: 327, item: 'пулемет', unit: 'machine gun', approximate: false },
      { text: '147 тыс. снарядов', value: 147_000, item: 'снаряд', unit: 'shell', approximate: false },
      { text: 'два миноносца', value: 2, item: 'миноносец', unit: 'destroyer', approximate: false },
      { text: 'две пороховые фабрики', value: 2, item: 'пороховая фабрика', unit: 'powder factory', approximate: false },
      { text: '3,5 млн золотыми рублями', value: 3_500_000, item: 'золотой рубль', unit: 'gold ruble', approximate: false },
    ]);
  });

  it('reads the same deliveries in the English of seed 004, and nothing in its citations and references', async () => {
    const { quantities: found } = await seed('004_3cf1fd47c83241f0.txt');
    assert.deepEqual(found, [
      { text: '10 000 000 gold rubles', value: 10_000_000, item: 'gold ruble', unit: 'gold ruble', approximate: false },
      { text: 'approximately 1.2 million Christians', value: 1_200_000, item: 'Christian', approximate: true },
      { text: 'nearly 400,000 Muslims', value: 400_000, item: 'Muslim', approximate: true },
      { text: '3 500 000 gold rubles', value: 3_500_000, item: 'gold ruble', unit: 'gold ruble', approximate: false },
      { text: '10 000 000', value: 10_000_000, approximate: false },
      { text: '39 000 rifles', value: 39_000, item: 'rifle', unit: 'rifle', approximate: false },
      { text: '327 heavy machine guns', value: 327, item: 'heavy machine gun', unit: 'machine gun', approximate: false },
      { text: '54 big cannons', value: 54, item: 'big cannon', unit: 'cannon', approximate: false },
      { text: '63 mln bullets', value: 63_000_000, item: 'bullet', unit: 'cartridge', approximate: false },
      { text: '147 000 artillery shells', value: 147_000, item: 'artillery shell', unit: 'shell', approximate: false },
      { text: 'two powder factories', value: 2, item: 'powder factory', unit: 'powder factory', approximate: false },
      { text: '100 thousand rubles', value: 100_000, item: 'ruble', unit: 'ruble', approximate: false },
      { text: '20 thousand lire', value: 20_000, item: 'lira', unit: 'lira', approximate: false },
      { text: '3.5 million gold rubles', value: 3_500_000, item: 'gold ruble', unit: 'gold ruble', approximate: false },
    ]);
  });

  it('finds the tsarist rubles of seed 000 and the gold of seed 002 among dates, pages and archive references', async () => {
    assert.deepEqual((await seed('000_e0a4a8210e7bd8d3.txt')).quantities, [
      { text: '200 тыс. царских рублей', value: 200_000, item: 'царский рубль', unit: 'tsarist ruble', approximate: false },
    ]);
    assert.deepEqual((await seed('002_9ff9c4e8dcadf0df.txt')).quantities, [
      { text: '20.000 рублей золотом', value: 20_000, item: 'рубль', unit: 'gold ruble', approximate: false },
    ]);
  });

  it('finds nothing in the letter of seed 003, which has dates and no quantities', async () => {
    assert.deepEqual((await seed('003_99594d2c9f9c4830.txt')).quantities, []);
  });

  it('reads seed lines the same in a sentence of their own', () => {
    assert.deepEqual(texts('Кемаль получил 200 тыс. царских рублей для оказания помощи.'), ['200 тыс. царских рублей']);
    assert.deepEqual(texts('Kamal got 39 000 rifles, 327 heavy machine guns, 54 big cannons, 63 mln bullets, 147 000 artillery shells and more.', 'en'), [
      '39 000 rifles', '327 heavy machine guns', '54 big cannons', '63 mln bullets', '147 000 artillery shells',
    ]);
  });
});

describe('quantities: figures', () => {
  it('reads thousands separators: spaces (also no-break and narrow), commas, and periods before three digits', () => {
    assert.equal(only('доставлено 39 000 винтовок').value, 39_000);
    assert.equal(only('доставлено 3\u00a0500\u00a0000 рублей').value, 3_500_000);
    assert.equal(only('доставлено 3\u202f500\u202f000 рублей').value, 3_500_000);
    assert.equal(only('nearly 400,000 Muslims', 'en').value, 400_000);
    assert.equal(only('1,000,000 rubles', 'en').value, 1_000_000);
    assert.equal(only('отпустить 20.000 рублей золотом').value, 20_000);
  });

  it('reads decimals with either mark; a lone three-digit group before a multiplier follows the language', () => {
    assert.equal(only('3,5 млн золотыми рублями').value, 3_500_000);
    assert.equal(only('1.2 million Christians', 'en').value, 1_200_000);
    assert.equal(only('12,5 % населения').value, 12.5);
    assert.equal(only('1,250 млн рублей').value, 1_250_000);
    assert.equal(only('1,250 million rubles', 'en').value, 1_250_000_000);
  });

  it('does not join figures across a line, a comma and space, or a four-digit first group', () => {
    assert.deepEqual(texts('в 1921 300 винтовок'), ['300 винтовок']);
    assert.deepEqual(texts('S. 257, 275 rifles', 'en'), ['275 rifles']);
  });

  it('keeps bare figures only when large by their form', () => {
    assert.deepEqual(found('the last installment of 10 000 000 promised', 'en'), [{ text: '10 000 000', value: 10_000_000, approximate: false }]);
    assert.deepEqual(found('Всего 10 млн, из них'), [{ text: '10 млн', value: 10_000_000, approximate: false }]);
    assert.deepEqual(texts('их было 27, а стало 300'), []);
    assert.deepEqual(texts('(Hirst 2013: 10)', 'en'), []);
  });
});

describe('quantities: number words and multipliers', () => {
  it('composes Russian number words in any case, with multipliers', () => {
    assert.equal(only('пять миллионов турецких лир').value, 5_000_000);
    assert.equal(only('двести пятьдесят тысяч рублей').value, 250_000);
    assert.equal(only('полтора миллиона рублей').value, 1_500_000);
    assert.equal(only('полторы тысячи солдат').value, 1_500);
    assert.equal(only('с тремя тысячами винтовок').value, 3_000);
    assert.equal(only('двадцать одна винтовка').value, 21);
    assert.equal(only('1 млн 200 тыс. рублей').value, 1_200_000);
  });

  it('composes English number words, with `and`, hyphens, articles and dozens', () => {
    assert.equal(only('two hundred and fifty thousand rubles', 'en').value, 250_000);
    assert.equal(only('twenty-five machine guns', 'en').value, 25);
    assert.equal(only('a thousand rifles', 'en').value, 1_000);
    assert.equal(only('two dozen rifles', 'en').value, 24);
    assert.equal(only('five million Turkish liras', 'en').value, 5_000_000);
  });

  it('leaves vague figures (a plural multiplier without a count) unread: they give no number to compare', () => {
    assert.deepEqual(texts('привезли сотни тысяч золотых рублей'), []);
    assert.deepEqual(texts('тысячи беженцев'), []);
    assert.deepEqual(texts('thousands of refugees', 'en'), []);
    assert.equal(only('тысячу рублей').approximate, false);
  });

  it('takes no one-letter word for the counted noun', () => {
    assert.deepEqual(texts('в ночь с 16 на 17 с 16 на 17 сентября'), []);
    assert.deepEqual(texts('17 в 1921'), []);
  });

  it('survives hyphenated compounds that az predicts without a dictionary form', () => {
    assert.doesNotThrow(() => texts('избраны 5 членов-корреспондентов, видели женщину-христианку'));
  });

  it('maps qualified currencies, ammunition and plants to their kinds', () => {
    assert.equal(only('200 тыс. царских рублей').unit, 'tsarist ruble');
    assert.equal(only('100 thousand tsarist rubles', 'en').unit, 'tsarist ruble');
    assert.equal(only('63 mln bullets', 'en').unit, 'cartridge');
    assert.equal(only('2 million rounds', 'en').unit, 'cartridge');
    assert.deepEqual(texts('передали две пороховые фабрики'), ['две пороховые фабрики']);
    assert.equal(only('две пороховые фабрики').unit, 'powder factory');
    assert.equal(only('two powder factories', 'en').unit, 'powder factory');
  });

  it('counts a number word only before a counted noun, and a small one only before a known unit', () => {
    assert.deepEqual(texts('два миноносца и один крейсер'), ['два миноносца', 'один крейсер']);
    assert.deepEqual(texts('one destroyer', 'en'), ['one destroyer']);
    assert.deepEqual(texts('в одном из писем два раза'), []);
    assert.deepEqual(texts('one of them said two things to three nations', 'en'), []);
    assert.deepEqual(texts('во время двух встреч между двумя странами'), []);
    assert.deepEqual(texts('пятьсот беженцев'), ['пятьсот беженцев']);
  });

  it('does not read a word that merely starts like a number', () => {
    assert.deepEqual(texts('сорока улетела, а тысячелетие прошло'), []);
    assert.deepEqual(texts('Millionaires and a dozens', 'en'), []);
  });
});

describe('quantities: the counted noun', () => {
  it('finds the Russian noun that agrees with the number', () => {
    assert.deepEqual(only('поставила 327 пулеметов'), { text: '327 пулеметов', value: 327, item: 'пулемет', unit: 'machine gun', approximate: false });
    assert.equal(only('получили 21 винтовку').item, 'винтовка');
    assert.equal(only('прибыли 2 миноносца').item, 'миноносец');
    assert.equal(only('с 5 миноносцами').item, 'миноносец');
    // `заседании` is singular: `5` does not count it.
    assert.deepEqual(texts('на 5 заседании комиссии'), []);
  });

  it('keeps the adjectives of the noun phrase, in the gender of the noun', () => {
    assert.equal(only('пять миллионов турецких лир').item, 'турецкая лира');
    assert.equal(only('3,5 млн золотыми рублями').item, 'золотой рубль');
    assert.equal(only('2 пороховые фабрики').item, 'пороховая фабрика');
    assert.equal(only('54 артиллерийских орудия').item, 'артиллерийское орудие');
    assert.equal(only('5 тыс. трехлинейных винтовок').unit, 'rifle');
    // Pronominal adjectives belong to the phrase, not to the item.
    assert.deepEqual(only('5 своих дивизий'), { text: '5 своих дивизий', value: 5, item: 'дивизия', unit: 'division', approximate: false });
  });

  it('maps currencies to their kind: gold rubles, Turkish lira, pounds sterling, money paid in gold', () => {
    assert.equal(only('100 золотых рублей').unit, 'gold ruble');
    assert.equal(only('20 тыс. рублей золотом').unit, 'gold ruble');
    assert.deepEqual(only('кредит в 10 млн руб. золотом'), { text: '10 млн руб. золотом', value: 10_000_000, item: 'рубль', unit: 'gold ruble', approximate: false });
    assert.deepEqual(only('10 фунтов стерлингов'), { text: '10 фунтов стерлингов', value: 10, item: 'фунт стерлингов', unit: 'pound sterling', approximate: false });
    assert.deepEqual(only('5 млн турецких лир золотом'), {
      text: '5 млн турецких лир золотом', value: 5_000_000, item: 'турецкая лира', unit: 'Turkish lira', approximate: false,
    });
    assert.equal(only('10 pounds sterling', 'en').unit, 'pound sterling');
    assert.equal(only('5,000 rubles in gold', 'en').unit, 'gold ruble');
    assert.equal(only('10 Turkish lira', 'en').unit, 'Turkish lira');
    assert.deepEqual(only('a loan of £5 million', 'en'), { text: '£5 million', value: 5_000_000, item: '£', unit: 'pound sterling', approximate: false });
  });

  it('reads abbreviated units and percentages', () => {
    assert.deepEqual(only('5 тыс. руб. на нужды'), { text: '5 тыс. руб.', value: 5_000, item: 'рубль', unit: 'ruble', approximate: false });
    assert.equal(only('отряд в 300 чел. прибыл').unit, 'person');
    assert.equal(only('в 100 км от города').unit, 'kilometer');
    assert.deepEqual(found('25% и 30 процентов'), [
      { text: '25%', value: 25, item: 'процент', unit: 'percent', approximate: false },
      { text: '30 процентов', value: 30, item: 'процент', unit: 'percent', approximate: false },
    ]);
    assert.deepEqual(texts('5 per cent and 7 %', 'en'), ['5 per cent', '7 %']);
    assert.equal(only('5 per cent', 'en').unit, 'percent');
  });

  it('lemmatizes English plurals, regular and irregular, and keeps modifiers', () => {
    assert.equal(only('over 20,000 troops', 'en').unit, 'soldier');
    assert.equal(only('2 divisions', 'en').item, 'division');
    assert.equal(only('300 men', 'en').unit, 'person');
    assert.equal(only('2 powder factories', 'en').item, 'powder factory');
    assert.equal(only('500 Greek soldiers were lost', 'en').item, 'Greek soldier');
  });

  it('has no item when a number is followed by no noun', () => {
    assert.deepEqual(found('10 000 000 promised', 'en'), [{ text: '10 000 000', value: 10_000_000, approximate: false }]);
    assert.deepEqual(texts('из 327 лишь'), []);
  });
});

describe('quantities: approximation', () => {
  const russianCases = ['около', 'примерно', 'приблизительно', 'более', 'свыше', 'почти', 'порядка', 'до', 'не менее', 'ок.'];
  for (const word of russianCases) {
    it(`marks «${word}» as approximate and includes it in the span`, () => {
      assert.deepEqual(only(`прибыло ${word} 2 тыс. человек`), {
        text: `${word} 2 тыс. человек`, value: 2_000, item: 'человек', unit: 'person', approximate: true,
      });
    });
  }
  const englishCases = ['nearly', 'about', 'approximately', 'over', 'more than', 'some', 'almost', 'up to', 'at least'];
  for (const words of englishCases) {
    it(`marks "${words}" as approximate and includes it in the span`, () => {
      assert.deepEqual(only(`there were ${words} 20,000 troops`, 'en'), {
        text: `${words} 20,000 troops`, value: 20_000, item: 'troop', unit: 'soldier', approximate: true,
      });
    });
  }
  it('leaves exact figures exact', () => {
    assert.equal(only('более 100 орудий').approximate, true);
    assert.equal(only('100 орудий').approximate, false);
    assert.equal(only('Он передал 100 орудий').approximate, false);
  });
});

describe('quantities: numbers that are not quantities', () => {
  it('skips years, alone or with г./год, unless a known unit is counted', () => {
    assert.deepEqual(texts('В 1921 г. и в 1920 году, с 1920 по 1922 год'), []);
    assert.deepEqual(texts('In 1915 Russia, England and France; by 1923 Britain', 'en'), []);
    assert.deepEqual(texts('1500 винтовок'), ['1500 винтовок']);
  });

  it('skips dates and durations', () => {
    assert.deepEqual(texts('16 марта 1921 года, 18.08.1921, три года, 5 дней, 25 лет, в 2 раза, в течение 3 месяцев, в 5 часов'), []);
    assert.deepEqual(texts('7 November 1917, on 3.05.1922, 25 years, 2,000 years', 'en'), []);
    assert.deepEqual(texts('2 000 лет назад'), []);
  });

  it('skips numbers inside the mentions of earlier recognizers, and stops a noun phrase at one', () => {
    const text = 'Договор от 16 марта 1921 г. обещал 10 млн рублей.';
    const dateStart = text.indexOf('16');
    const date: Mention = {
      kind: 'date', start: dateStart, end: dateStart + '16 марта 1921 г.'.length, text: '16 марта 1921 г.',
      value: { edtf: '1921-03-16', inferred: false }, confidence: 1,
    };
    assert.deepEqual(found(text, 'ru', [date]).map((quantity) => quantity.text), ['10 млн рублей']);
    const glued = 'получено 300 Живой';
    const name: Mention = {
      kind: 'person', start: glued.indexOf('Живой'), end: glued.length, text: 'Живой', value: { lemma: 'Живой' }, confidence: 1,
    };
    assert.deepEqual(found(glued, 'ru', [name]), []);
    const inside = 'в телеграмме 200 тыс. рублей';
    const all: Mention = { kind: 'org', start: 0, end: inside.length, text: inside, value: { lemma: inside }, confidence: 1 };
    assert.deepEqual(found(inside, 'ru', [all]), []);
  });

  it('skips page, volume, sheet, issue and document numbers', () => {
    assert.deepEqual(texts('Т. IV, М., 1960, С.176-177; С. 292; с. 5; Т. 4; Ф. 5. Оп. 1. Д. 2140. Л. 3; № 123; №15'), []);
    assert.deepEqual(texts('S.358; S.257, 275-277; Vol. 10, No. 4; pp. 12-15; P. 97; p. 5', 'en'), []);
    assert.deepEqual(texts('статья 5 гласит; Протокол 15 заседания; в томе 4 говорится'), []);
    assert.deepEqual(texts('Article 5 states; Figure 3 shows; Table 2 lists', 'en'), []);
  });

  it('skips footnote markers, list numbering and ordinals', () => {
    assert.deepEqual(texts('переходу ее иттихадистами 27. Существенно укрепил'), []);
    assert.deepEqual(texts('1) винтовки; 2. пулеметы'), []);
    assert.deepEqual(texts('командующего 6-й армией, в 20-х числах, второй дивизии'), []);
    assert.deepEqual(texts('1st and 2nd WW, the 3rd army, in the 1920s', 'en'), []);
  });

  it('skips numbers inside names, codes, ranges, times and addresses', () => {
    assert.deepEqual(texts('самолет Ту-154, CIA-RDP 83, FOUO 3/82, в 10:30'), []);
    assert.deepEqual(texts('ORCID: 0000-0002-1481-0528, street Zahid Khalilov 23, A2, 1148 Baku', 'en'), []);
    assert.deepEqual(texts('https://regnum.ru/news/1160915.html and 10.5612/slavicreview.72.1.0032', 'en'), []);
    // Ranges are left whole rather than half read.
    assert.deepEqual(texts('5–6 тыс. человек, 25 — 30 тыс. человек, 1914-1918'), []);
    assert.deepEqual(texts('5 винтовок — 6 пулеметов'), ['5 винтовок', '6 пулеметов']);
  });
});

describe('quantities: languages and passages', () => {
  it('reads only Russian and English passages, each with its own language', () => {
    const russian = '39 тыс. винтовок.';
    const polish = 'Około 200 tys. karabinów.';
    const english = '39 000 rifles.';
    const text = `${russian}\n\n${polish}\n\n${english}`;
    const doc: Doc = {
      id: 'mixed',
      text,
      passages: [
        passage(0, russian.length, 'ru'),
        passage(russian.length + 2, russian.length + 2 + polish.length, 'pl'),
        passage(text.length - english.length, text.length, 'en'),
      ],
      languages: ['ru', 'pl', 'en'],
      mentions: [],
    };
    const mentions = quantities.recognize(doc);
    assert.deepEqual(simplified(mentions).map((quantity) => quantity.unit), ['rifle', 'rifle']);
    for (const mention of mentions) assert.equal(text.slice(mention.start, mention.end), mention.text);
    assert.deepEqual(mentions.map((mention) => mention.start), [0, text.length - english.length]);
  });

  it('never lets a noun phrase run across a passage boundary', () => {
    const text = '39 тыс.\n\nвинтовок';
    const doc: Doc = { id: 'p', text, passages: [passage(0, 7, 'ru'), passage(9, text.length, 'ru')], languages: ['ru'], mentions: [] };
    assert.deepEqual(simplified(quantities.recognize(doc)), [{ text: '39 тыс.', value: 39_000, approximate: false }]);
  });
});

describe('quantities: the recognizer contract', () => {
  it('is registered, produces quantities only, sorted, with offsets into the text and confidences in (0, 1]', () => {
    assert.ok(recognizers.includes(quantities));
    assert.deepEqual(quantities.kinds, ['quantity']);
    const text = 'Всего поставлено 10 млн деньгами, 39 тыс. винтовок, около 2 тыс. человек и 12 %.';
    const mentions = quantities.recognize(docOf(text, 'ru'));
    assert.equal(mentions.length, 4);
    mentions.forEach((mention, index) => {
      assert.equal(mention.kind, 'quantity');
      assert.equal(text.slice(mention.start, mention.end), mention.text);
      assert.ok(mention.confidence > 0 && mention.confidence <= 1);
      if (index > 0) assert.ok(mention.start >= mentions[index - 1]!.end);
    });
  });

  it('returns nothing, quickly, for empty, odd and pathological input', () => {
    const cases = [
      '',
      '   \n\n  ',
      '…—«»%%%№№',
      '👍 5 👍 rubles 5👍',
      `1 ${'000 '.repeat(50_000)}x`,
      `1${',000'.repeat(50_000)}x`,
      '9'.repeat(100_000),
      `two ${'and '.repeat(50_000)}`,
      `hundreds ${'of '.repeat(50_000)}`,
      '1.'.repeat(50_000),
      'а'.repeat(100_000),
    ];
    const started = performance.now();
    for (const text of cases) {
      for (const lang of ['ru', 'en']) {
        for (const quantity of found(text, lang)) assert.ok(Number.isFinite(quantity.value), JSON.stringify(quantity));
      }
    }
    assert.ok(performance.now() - started < 10_000);
    assert.deepEqual(found('9'.repeat(400) + ' винтовок'), []);
  });
});
