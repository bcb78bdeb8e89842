/**
 * Citations and bibliographies: the recognizer on the seeds' own lines and on texts of other
 * shapes, names and languages; what it must not take; and resolution into one record per work.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AnnotatedSource, CitationMention, CitationValue, WorkMention, WorkValue } from '../../src/model.js';
import { annotate, prepareRecognizers } from '../../src/annotate/index.js';
import { analyzeDocument, analyzeFile } from '../../src/ingest/analyze.js';
import { resolve } from '../../src/resolve/index.js';
import { openStore } from '../../src/store/open.js';

const SEED_ARTICLE = fileURLToPath(new URL('../../examples/seeds/texts/004_3cf1fd47c83241f0.txt', import.meta.url));

async function analyze(text: string, path = 'probe.txt'): Promise<AnnotatedSource> {
  return annotate(await analyzeDocument({ path, format: 'txt', markup: 'plain', text, encoding: 'UTF-8', bytes: Buffer.byteLength(text) }));
}

async function citationsOf(text: string): Promise<Array<{ text: string } & CitationValue>> {
  const source = await analyze(text);
  return source.mentions.filter((mention): mention is CitationMention => mention.kind === 'citation').map((mention) => ({ text: mention.text, ...mention.value }));
}

async function entriesOf(text: string): Promise<Array<{ text: string } & WorkValue>> {
  const source = await analyze(text);
  return source.mentions.filter((mention): mention is WorkMention => mention.kind === 'work').map((mention) => ({ text: mention.text, ...mention.value }));
}

before(async () => {
  await prepareRecognizers();
});

describe('author–date citations', () => {
  test('the seed article: name, year and pages inside the brackets', async () => {
    const found = await citationsOf(
      'Fourth, because, apart from these agreements, the Allies had committed themselves by promises to non-Turkish subjects, mostly Arabs and Armenians, who were commissioned to stab Turkey in the back during the War (Jensen 1979: 45). France was given Syria, Cilicia as far as Sivas, Mosul, and western Kurdistan (Solomonidis 1984: 65–67). Western commentators emphasized the superficiality of the relationship, discrediting the alliance of such an "odd couple." (Gokay 2006).',
    );
    assert.deepEqual(found, [
      { text: 'Jensen 1979: 45', form: 'author-date', authors: ['Jensen'], year: 1979, pages: '45' },
      { text: 'Solomonidis 1984: 65–67', form: 'author-date', authors: ['Solomonidis'], year: 1984, pages: '65–67' },
      { text: 'Gokay 2006', form: 'author-date', authors: ['Gokay'], year: 2006 },
    ]);
  });

  test('two authors, et al., a year letter, several in one bracket, the narrative form (English)', async () => {
    const found = await citationsOf(
      'As Kowalczyk and Brandt (2011: 17) argue, the convention was a compromise (Morrison et al. 1998a; Petrov 2004, p. 12). Whitcombe (1987) disagreed.',
    );
    assert.deepEqual(found, [
      { text: 'Kowalczyk and Brandt (2011: 17)', form: 'author-date', authors: ['Kowalczyk', 'Brandt'], year: 2011, pages: '17' },
      { text: 'Morrison et al. 1998a', form: 'author-date', authors: ['Morrison'], year: 1998, yearSuffix: 'a', etAl: true },
      { text: 'Petrov 2004, p. 12', form: 'author-date', authors: ['Petrov'], year: 2004, pages: '12' },
      { text: 'Whitcombe (1987)', form: 'author-date', authors: ['Whitcombe'], year: 1987 },
    ]);
  });

  test('several works of one author, and undated works', async () => {
    assert.deepEqual(await citationsOf('It was disputed (Lindqvist 2013, 2015: 12) and (Marr n.d.; Olsen, Berg, online). Later Brown (1999, 2001a) agreed.'), [
      { text: 'Lindqvist 2013', form: 'author-date', authors: ['Lindqvist'], year: 2013 },
      { text: '2015: 12', form: 'author-date', authors: ['Lindqvist'], year: 2015, pages: '12' },
      { text: 'Marr n.d.', form: 'author-date', authors: ['Marr'] },
      { text: 'Olsen, Berg, online', form: 'author-date', authors: ['Olsen', 'Berg'] },
      { text: 'Brown (1999', form: 'author-date', authors: ['Brown'], year: 1999 },
      { text: '2001a', form: 'author-date', authors: ['Brown'], year: 2001, yearSuffix: 'a' },
    ]);
  });

  test('square brackets and Russian page words; Turkish commas, vd. and bkz.', async () => {
    assert.deepEqual(await citationsOf('Вопрос о проливах обсуждался в Лозанне [Гусейнов 2012, с. 45]. О ней писали многие (Мельтюхов 2001; Гусейнов 2012).'), [
      { text: 'Гусейнов 2012, с. 45', form: 'author-date', authors: ['Гусейнов'], year: 2012, pages: '45' },
      { text: 'Мельтюхов 2001', form: 'author-date', authors: ['Мельтюхов'], year: 2001 },
      { text: 'Гусейнов 2012', form: 'author-date', authors: ['Гусейнов'], year: 2012 },
    ]);
    assert.deepEqual(await citationsOf('Antlaşma imzalandı (Karabekir, 1960, s. 45). Sınır meselesi ele alındı (Aydemir vd. 1965: 210). Görüşmeler sürdü (bkz. Karabekir 1960).'), [
      { text: 'Karabekir, 1960, s. 45', form: 'author-date', authors: ['Karabekir'], year: 1960, pages: '45' },
      { text: 'Aydemir vd. 1965: 210', form: 'author-date', authors: ['Aydemir'], year: 1965, pages: '210', etAl: true },
      { text: 'Karabekir 1960', form: 'author-date', authors: ['Karabekir'], year: 1960 },
    ]);
  });
});

describe('bibliographic notes', () => {
  test('the seed\'s inline notes: author, title, place, year and pages', async () => {
    const found = await citationsOf(
      'Однажды он явился ко мне и сказал: "Энвер-паша тайно прибыл в Батум и этой ночью в тайне от всех он навестит Вас" (Halil Paşa. Bitmeyen Savaş. İstanbul, 1972, S.358). Таким образом, в Анкаре знали о приезде (Ali Fuat Cebesoy. Moskova Hatıraları. Milli Mücadele ve Bolşevik Rusya. İstanbul, 2002, S.257, 275-277).',
    );
    assert.deepEqual(found, [
      { text: 'Halil Paşa. Bitmeyen Savaş. İstanbul, 1972, S.358', form: 'note', authors: ['Halil Paşa'], title: 'Bitmeyen Savaş', place: 'İstanbul', year: 1972, pages: '358' },
      {
        text: 'Ali Fuat Cebesoy. Moskova Hatıraları. Milli Mücadele ve Bolşevik Rusya. İstanbul, 2002, S.257, 275-277',
        form: 'note', authors: ['Ali Fuat Cebesoy'], title: 'Moskova Hatıraları. Milli Mücadele ve Bolşevik Rusya', place: 'İstanbul', year: 2002, pages: '257, 275-277',
      },
    ]);
  });

  test('a Russian note in a bracket, and Там же in a footnote', async () => {
    const found = await citationsOf(
      'Делегация настаивала на закрытии проливов (Шамсутдинов А.М. Национально-освободительная борьба в Турции. М., 1966. С. 112). Позже эту позицию смягчили.1\n\n1 Там же. С. 115.',
    );
    assert.deepEqual(found, [
      { text: 'Шамсутдинов А.М. Национально-освободительная борьба в Турции. М., 1966. С. 112', form: 'note', authors: ['Шамсутдинов А.М.'], title: 'Национально-освободительная борьба в Турции', place: 'М.', year: 1966, pages: '112' },
      { text: 'Там же. С. 115', form: 'note', authors: [], ibid: true, pages: '115' },
    ]);
  });

  test('a footnote that cites a book with volume', async () => {
    const [found] = await citationsOf('Sınır meselesi ayrıca incelendi.1\n\n1 Bayur Y.H. Türk İnkılâbı Tarihi. Cilt 3. Ankara, 1983, s. 112.');
    assert.deepEqual(found, { text: 'Bayur Y.H. Türk İnkılâbı Tarihi. Cilt 3. Ankara, 1983, s. 112', form: 'note', authors: ['Bayur Y.H.'], title: 'Türk İnkılâbı Tarihi', volume: '3', place: 'Ankara', year: 1983, pages: '112' });
  });

  test('a document\'s citation formula stays the document recognizer\'s', async () => {
    const source = await analyze(
      'Москва ответила нотой (Нота НКИД РСФСР Послу Турции в Москве Али Фуат-бею. 13.06.1921 // Документы внешней политики СССР. Т. IV, М., 1960, С.176-177).',
    );
    assert.ok(source.mentions.some((mention) => mention.kind === 'document'), 'the formula is a document');
    assert.deepEqual(source.mentions.filter((mention) => mention.kind === 'citation'), []);
  });
});

describe('what is not a citation', () => {
  const texts = [
    'The conference closed within a month (1921).',
    'The treaty was signed in Moscow (16 March 1921) after long talks.',
    'The delegates arrived in spring (March 1921).',
    'It is discussed elsewhere (see above) and in the annex (p. 45), (S. 12).',
    'The talks moved to the capital (Moscow 1921).',
    'An unclosed bracket (Hallward 1999: 8. And the text goes on for a while.',
    'A closer first )Hallward 1999: 8( and nothing else.',
    'Он писал: (боюсь, что о его пребывании в Батуме уже знают) и позже (1921-1945).',
    'Было решено (речь идет о декларации Азревкома от 1 декабря 1920 года - Дж.Г.) иначе.',
    'Смотри приложение (Москва. Кремль. 1921) и далее.',
    'The Treaty of Kars (1921) settled the border.',
  ];
  for (const text of texts) {
    test(text, async () => {
      assert.deepEqual(await citationsOf(text), []);
    });
  }
});

describe('bibliography entries', () => {
  test('every entry of the seed article\'s bibliography, in its fields', async () => {
    const seed = readFileSync(SEED_ARTICLE, 'utf8');
    const source = annotate(await analyzeFile(SEED_ARTICLE));
    const entries = source.mentions.filter((mention): mention is WorkMention => mention.kind === 'work').map((mention) => ({ text: mention.text, ...mention.value }));
    const listed = seed.slice(seed.indexOf('### Bibliography')).split('\n').filter((line) => line.startsWith('- '));
    assert.equal(entries.length, listed.length);
    const gokay = entries.find((entry) => entry.authors[0] === 'Gokay B.');
    assert.deepEqual(gokay && { ...gokay, text: undefined }, {
      text: undefined,
      authors: ['Gokay B.'],
      year: 2006,
      title: 'Soviet Eastern Policy and Turkey, 1920–1991: Soviet foreign policy, Turkey and communism',
      publisher: 'Routledge',
      place: 'London, New York',
    });
    const jensen = entries.find((entry) => entry.authors[0] === 'Jensen P.K.')!;
    assert.equal(jensen.title, 'The Greco-Turkish War, 1920–1922');
    assert.equal(jensen.journal, 'International Journal of Middle East Studies');
    assert.deepEqual([jensen.volume, jensen.issue, jensen.url], ['10', '4', 'https://www.jstor.org/stable/162217']);
    const untitled = entries.find((entry) => entry.text.startsWith('История'))!;
    assert.deepEqual([untitled.authors, untitled.title, untitled.year, untitled.volume, untitled.place], [[], 'История международных отношений и внешней политики СССР', 1986, '1', 'Москва']);
  });

  test('APA, GOST, Chicago and Turkish shapes under their headings', async () => {
    const english = await entriesOf(
      'Text.\n\nReferences\n\nKowalczyk, M., & Brandt, T. (2011). The Montreux regime revisited. Journal of Maritime History, 14(2), 5–29.\n\nPetrov, A. (2004). Soviet naval policy, 1930–1941. London: Frank Cass.',
    );
    assert.deepEqual(english.map(({ text: _text, ...fields }) => fields), [
      { authors: ['Kowalczyk, M.', 'Brandt, T.'], year: 2011, title: 'The Montreux regime revisited', journal: 'Journal of Maritime History', volume: '14', issue: '2', pages: '5–29' },
      { authors: ['Petrov, A.'], year: 2004, title: 'Soviet naval policy, 1930–1941', place: 'London', publisher: 'Frank Cass' },
    ]);
    const russian = await entriesOf(
      'Текст.\n\nСписок литературы\n\n1. Гусейнов Р.Т. Лозаннская конференция и проливы. Баку: Элм, 2012. 240 с.\n\n2. Мельтюхов М.И., Орлов К.С. Советско-турецкие отношения // Вопросы истории. 2001. № 5. С. 33–47.\n\n3. Смирнова Е.В. Черноморские проливы. Т. II. М., 1995.',
    );
    assert.deepEqual(russian.map(({ text: _text, ...fields }) => fields), [
      { authors: ['Гусейнов Р.Т.'], title: 'Лозаннская конференция и проливы', place: 'Баку', publisher: 'Элм', year: 2012 },
      { authors: ['Мельтюхов М.И.', 'Орлов К.С.'], title: 'Советско-турецкие отношения', journal: 'Вопросы истории', year: 2001, issue: '5', pages: '33–47' },
      // `См` and `Ср` lead a citation (`См.:`), not a surname.
      { authors: ['Смирнова Е.В.'], title: 'Черноморские проливы', volume: 'II', place: 'М.', year: 1995 },
    ]);
    const chicago = await entriesOf('Text.\n\nBibliography\n\nHallward, Peter. The Straits and the Powers, 1918–1936: A Study. New York: Penguin Press, 1999.');
    assert.deepEqual(chicago.map(({ text: _text, ...fields }) => fields), [
      { authors: ['Hallward, Peter'], title: 'The Straits and the Powers, 1918–1936: A Study', place: 'New York', publisher: 'Penguin Press', year: 1999 },
    ]);
    const turkish = await entriesOf('Metin.\n\nKaynakça\n\nAydemir, Ş. S. (1965). Tek Adam. İstanbul: Remzi Kitabevi.');
    assert.deepEqual(turkish.map(({ text: _text, ...fields }) => fields), [{ authors: ['Aydemir, Ş. S.'], year: 1965, title: 'Tek Adam', place: 'İstanbul', publisher: 'Remzi Kitabevi' }]);
  });

  test('paragraphs under another heading are no entries, nor prose under a bibliography heading', async () => {
    assert.deepEqual(await entriesOf('Conclusion\n\nPetrov, A. (2004). Soviet naval policy. London: Frank Cass.'), []);
    const prose = 'The archives of the Commissariat, which the author consulted over several years, hold the bulk of the correspondence between the two capitals; their files are incomplete for the early months, when much was sent by courier and never registered. The newer inventories are cited throughout this book, published in Moscow, 1990.';
    assert.deepEqual((await entriesOf(`Text.\n\nSources\n\n${prose}\n\nMarr K., 1990, Archives and empires, London.`)).map((entry) => entry.title), ['Archives and empires']);
  });
});

describe('one record per work', () => {
  test('every author–date citation of the seed article is linked to its bibliography entry', async () => {
    const seed = annotate(await analyzeFile(SEED_ARTICLE));
    const { works } = resolve([seed]);
    const citations = seed.mentions.filter((mention) => mention.kind === 'citation').length;
    const linked = works.filter((work) => work.entry !== undefined).flatMap((work) => work.citations.filter((citation) => citation.form === 'author-date'));
    assert.ok(citations >= 50, `${citations} citations`);
    assert.equal(linked.length, citations);
    const entryOf = (text: string) => works.find((work) => work.citations.some((citation) => citation.text === text))?.entry?.split(',')[0];
    // A slip of the pen (`Ulgu`, `Davison`), diacritics (`Akşhin`), and an entry known by its title.
    assert.equal(entryOf('Ulgu 2010: 7'), 'Ulgul M.');
    assert.equal(entryOf('Davison 1953: 155'), 'Davision R.H.');
    assert.equal(entryOf('Akşhin 1991: 36'), 'Akshin A.');
    assert.equal(entryOf('История 1986: 93'), 'История международных отношений и внешней политики СССР');
    assert.equal(entryOf('Andersen, Egge, online'), 'Andersen A.', 'an undated citation, an undated entry');
    const tarasov = works.filter((work) => work.authors[0] === 'Tarasov S.').map((work) => work.year);
    assert.deepEqual(tarasov, [2009, 2015], 'one author, two years: two works');
  });

  test('the same work cited in two sources is one record; a citation with no entry keeps its title unknown', async () => {
    const english = await analyze(
      'The alliance was tactical (Gökay 2006: 24; Lindqvist 1999).\n\nBibliography\n\nGökay B., 2006, Soviet Eastern Policy and Turkey, Routledge, London.',
      'en.txt',
    );
    const russian = await analyze('Союз был тактическим (Gokay B. Soviet Eastern Policy and Turkey. London, 2006. P. 30). Об этом же (Там же. P. 31).', 'ru.txt');
    const { works } = resolve([english, russian]);
    const gokay = works.filter((work) => work.year === 2006);
    assert.equal(gokay.length, 1);
    assert.deepEqual(gokay[0]!.citations.map((citation) => [citation.source === english.id ? 'en' : 'ru', citation.form, citation.pages ?? '']), [
      ['en', 'entry', ''],
      ['en', 'author-date', '24'],
      ['ru', 'note', '30'],
      ['ru', 'note', '31'],
    ]);
    assert.equal(gokay[0]!.title, 'Soviet Eastern Policy and Turkey');
    const lindqvist = works.find((work) => work.authors[0] === 'Lindqvist')!;
    assert.deepEqual([lindqvist.year, lindqvist.title, lindqvist.entry], [1999, undefined, undefined]);
  });

  test('op. cit. joins the latest work cited of its author, and ibid. the work just before', async () => {
    const russian = await analyze(
      'Делегация настаивала на закрытии проливов.1 Позже позицию смягчили.2 Турция возражала.3 Вновь.4\n\n1 Шамсутдинов А.М. Национально-освободительная борьба в Турции. М., 1966. С. 112.\n\n2 Гасанлы Дж. Русская революция и Азербайджан. М., 2011. С. 45.\n\n3 Шамсутдинов А.М. Указ. соч. С. 130.\n\n4 Там же. С. 131.',
    );
    const turkish = await analyze('Sınır ele alındı (Karabekir K. İstiklal Harbimiz. İstanbul, 1960, s. 45). Sonra (Karabekir, a.g.e., s. 50). Ayrıca (Hallward, op. cit.).');
    const pages = (sources: AnnotatedSource[]) => resolve(sources).works.map((work) => `${work.authors[0]} ${work.year ?? '?'}: ${work.citations.map((citation) => citation.pages ?? '-').join(' ')}`);
    assert.deepEqual(pages([russian]), ['Гасанлы Дж. 2011: 45', 'Шамсутдинов А.М. 1966: 112 130 131']);
    assert.deepEqual(pages([turkish]), ['Hallward ?: -', 'Karabekir K. 1960: 45 50']);
  });

  test('two entries of one bibliography alike in author and year stay two works', async () => {
    const source = await analyze(
      'Text (Orlov 1990).\n\nLiterature\n\nOrlov K., 1990, The northern straits, Oxford.\n\nOrlov K., 1990, The southern straits, Oxford.',
    );
    const { works } = resolve([source]);
    // Which of the two the text cites cannot be told: the citation is a work of its own, title unknown.
    assert.deepEqual(works.map((work) => `${work.title ?? '?'}: ${work.citations.map((citation) => citation.form).join(' ')}`).sort(), [
      '?: author-date',
      'The northern straits: entry',
      'The southern straits: entry',
    ]);
  });

  test('ids do not depend on the order of the sources', async () => {
    const a = await analyze('See (Hallward 1999: 8).\n\nReferences\n\nHallward P., 1999, Straits and empires, Cambridge.', 'a.txt');
    const b = await analyze('Again (Hallward 1999: 10) and (Moreau 2001).', 'b.txt');
    const ids = (sources: AnnotatedSource[]) => resolve(sources).works.map((work) => work.id).sort();
    assert.deepEqual(ids([a, b]), ids([b, a]));
    assert.equal(new Set(ids([a, b])).size, 2);
  });
});

test('the store keeps one copy of each work, found by an author in any spelling', async () => {
  const source = await analyze('As argued (Gökay 2006: 24; Lindqvist 1999).\n\nBibliography\n\nGökay B., 2006, Soviet Eastern Policy and Turkey, Routledge, London.');
  const store = await openStore(':memory:');
  try {
    await store.putSources([{ ...source, annotator: 'test' }]);
    const resolution = resolve([source]);
    await store.putResolution(resolution);
    await store.putResolution(resolution);
    const all = await store.bibliography();
    assert.deepEqual(all.map((work) => [work.authors[0], work.year, work.citations.length]), [['Gökay B.', 2006, 2], ['Lindqvist', 1999, 1]]);
    assert.equal(all[0]!.citations[1]!.path, 'probe.txt');
    assert.deepEqual((await store.bibliography({ author: 'gokay' })).map((work) => work.id), [all[0]!.id]);
    assert.deepEqual(await store.bibliography({ author: 'Nobody' }), []);
    assert.equal((await store.bibliography({ limit: 1 })).length, 1);
  } finally {
    await store.close();
  }
});
