import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import iuliia from 'iuliia';
import type { AnnotatedSource, Entity, Mention, NameMention, Passage } from '../../src/model.js';
import { OffsetMap } from '../../src/normalize/offset-map.js';
import { resolve } from '../../src/resolve/index.js';
import { foldWords } from '../../src/resolve/fold.js';

const KINDS = { p: 'person', l: 'place', o: 'org' } as const;

/**
 * A source whose names are marked as the recognizer would give them: `{p:Кемалю|Кемаль}` is a
 * person mention of the text `Кемалю` with the lemma `Кемаль` (no lemma: the text itself).
 * Paragraphs are separated by blank lines.
 */
function source(id: string, marked: string, lang = 'ru'): AnnotatedSource {
  let text = '';
  let last = 0;
  const mentions: Mention[] = [];
  for (const match of marked.matchAll(/\{([plo]):([^|}]+)(?:\|([^}]+))?\}/g)) {
    text += marked.slice(last, match.index);
    const start = text.length;
    text += match[2]!;
    last = match.index! + match[0].length;
    const titles = match[3]?.split('#').slice(1);
    const lemma = (match[3] ?? match[2]!).split('#')[0]!;
    const mention: NameMention = {
      kind: KINDS[match[1] as keyof typeof KINDS],
      start,
      end: text.length,
      text: match[2]!,
      confidence: 0.9,
      value: { lemma, ...(titles?.length ? { titles } : {}) },
    };
    mentions.push(mention);
  }
  text += marked.slice(last);
  const passages: Passage[] = [];
  let at = 0;
  for (const paragraph of text.split('\n\n')) {
    passages.push({ start: at, end: at + paragraph.length, kind: 'body', lang, sentences: [] });
    at += paragraph.length + 2;
  }
  return { id, path: `${id}.txt`, title: id, format: 'txt', encoding: 'UTF-8', bytes: text.length, languages: [lang], text, passages, map: OffsetMap.identity(text.length), mentions };
}

/** The entity of the first mention with this text, in whichever source. */
function entityOf(sources: readonly AnnotatedSource[], entities: readonly Entity[], links: Map<string, string>, text: string, from?: string): Entity {
  for (const s of sources) {
    if (from && s.id !== from) continue;
    const index = s.mentions.findIndex((m) => m.text === text);
    if (index >= 0) return entities.find((e) => e.id === links.get(`${s.id}:${index}`))!;
  }
  throw new Error(`no mention ${text}`);
}

function resolved(...sources: AnnotatedSource[]) {
  const { entities, links } = resolve(sources);
  const of = (text: string, from?: string) => entityOf(sources, entities, links, text, from);
  return { entities, links, of, same: (a: string, b: string) => of(a).id === of(b).id };
}

test('one key for a name in Cyrillic and in the Latin spellings historians use', () => {
  const key = (name: string) => foldWords(name).join(' ');
  for (const [russian, ...latin] of [
    ['Чичерин', 'Chicherin', 'Čičerin'],
    ['Кязым', 'Kâzım', 'Kazim'],
    ['Юсуф', 'Yusuf', 'Iusuf'],
    ['Фуат', 'Fuat', 'Fuad'],
    ['Энвер-паша', 'Enver-Paşa', 'Enver-Pasha'],
    ['Ататюрк', 'Atatürk', 'Ataturk'],
    ['Джемаль', 'Cemal', 'Djemal', 'Jemal'],
    ['Кютахья', 'Kütahya'],
    ['Гасанлы', 'Hasanli'],
  ]) {
    for (const spelling of latin) assert.equal(key(spelling!), key(russian!), `${spelling} = ${russian}`);
  }
  for (const name of ['Яков Ганецкий', 'Георгий Чичерин', 'Серго Орджоникидзе', 'Бехбуд Шахтахтинский', 'Фёдор Раскольников', 'Эривань']) {
    for (const scheme of [iuliia.BGN_PCGN, iuliia.ALA_LC, iuliia.WIKIPEDIA]) {
      assert.equal(key(iuliia.translate(name, scheme)), key(name), `${iuliia.translate(name, scheme)} = ${name}`);
    }
  }
});

test('within a text, a short form joins the full name it fits: Энвер-паша … Энвер … Enver Pasha', () => {
  const { same, of } = resolved(
    source('a', '{p:Энвер-паша} прибыл в Батум. Позже {p:Энвер} уехал; {p:Энвера|Энвер} ждали. Газеты писали об {p:Enver Pasha}.'),
  );
  assert.ok(same('Энвер-паша', 'Энвер') && same('Энвер', 'Энвера') && same('Энвера', 'Enver Pasha'));
  assert.equal(of('Энвер').type, 'person');
});

test('Мустафа Кемаль-паша … Кемаль … М.Кемаль are one; Юсуф Кемаль-бей is another', () => {
  const { same } = resolved(
    source(
      'a',
      '{p:Мустафа Кемаль-паша} разрешил создание партии. {p:Кемаль} был обеспокоен. Министр {p:Юсуф Кемаль-бей|Юсуф Кемаль-бей#министр} направил ноту.\n\n' +
        'Победа {p:М.Кемаля|М.Кемаль} подняла его авторитет. {p:Кемаль-паша} ответил.',
    ),
  );
  assert.ok(same('Мустафа Кемаль-паша', 'Кемаль'));
  assert.ok(same('Мустафа Кемаль-паша', 'М.Кемаля'), 'the initial fits Мустафа');
  assert.ok(same('Мустафа Кемаль-паша', 'Кемаль-паша'), 'the honorific picks the pasha, not the bey');
  assert.ok(!same('Юсуф Кемаль-бей', 'Мустафа Кемаль-паша'), 'the given names differ');
});

test('a short form used before a fuller name of another person keeps its own referent', () => {
  const text =
    'Энвер направил {p:Кемалю|Кемаль} письмо. Зато {p:Кемаль} дважды протестовал. Представителями являются министр {p:Юсуф Кемаль} ({p:Тенгиршенк}).\n\n' +
    'Энвер направил последнее письмо {p:Кемалю|Кемаль}. {p:Кемаль} дал указание.';
  const alone = resolved(source('a', text));
  assert.ok(!alone.same('Кемалю', 'Юсуф Кемаль'), 'Кемаль, met three times first, is not Юсуф Кемаль');
  assert.ok(alone.same('Юсуф Кемаль', 'Тенгиршенк'), 'the bracketed surname glosses the name before it');

  // Another text calls Мустафа Кемаль by that short name: the corpus settles who it is.
  const corpus = resolved(
    source('a', text),
    source('b', '{p:Мустафа Кемаль Ататюрк} созвал парламент. {p:Кемаль} отправил письмо. {p:Ататюрк} заметил.'),
  );
  assert.ok(corpus.same('Кемалю', 'Мустафа Кемаль Ататюрк'));
  assert.ok(!corpus.same('Юсуф Кемаль', 'Мустафа Кемаль Ататюрк'));
});

test('a short form two people fit equally stays apart', () => {
  const { same } = resolved(
    source('a', 'Письмо от {p:Мустафы Кемаля|Мустафа Кемаль} и {p:Юсуфа Кемаля|Юсуф Кемаль}.\n\nНа встрече {p:Кемаль} молчал.'),
  );
  assert.ok(!same('Кемаль', 'Мустафы Кемаля'));
  assert.ok(!same('Кемаль', 'Юсуфа Кемаля'));
});

test('across texts and languages: transliteration, given names, initials, the surnames of 1934', () => {
  const { same, of } = resolved(
    source('ru', 'Нота {p:Г.Чичерина|Г.Чичерин#нарком} и письмо {p:В.Ленину|В.Ленин}. {p:Мустафа Кемаль-паша} и {p:Джемаль}. {p:С.Орджоникидзе} и {p:Г.Орджоникидзе}. {p:Али Фуат-паша}.'),
    source(
      'en',
      'Letters of {p:Chicherin|Chicherin#People\'s Commissar}, that is {p:Georgy Chicherin}, to {p:Mustafa Kamal} ({p:Atatürk}); {p:Kamal} answered. ' +
        '{p:Włodzimierz Lenin}, {p:Vladimir Lenin}, {p:S.I. Aralov}, {p:Semen Aralov}, {p:Ali Fuat Cebesoy}. {p:Ulgul} {p:Ulgu}.',
      'en',
    ),
    source('ru2', '{p:Ататюрку|Ататюрк} писал {p:Ленин}. {p:Аралов} приехал. {p:Кемалем}.'),
  );
  assert.ok(same('Г.Чичерина', 'Chicherin') && same('Chicherin', 'Georgy Chicherin'));
  assert.ok(same('Мустафа Кемаль-паша', 'Mustafa Kamal') && same('Mustafa Kamal', 'Atatürk') && same('Atatürk', 'Ататюрку') && same('Kamal', 'Ататюрку'));
  assert.ok(same('В.Ленину', 'Włodzimierz Lenin') && same('Vladimir Lenin', 'Ленин'));
  assert.ok(same('S.I. Aralov', 'Semen Aralov') && same('Semen Aralov', 'Аралов'), 'a patronymic initial where the full name gives none');
  assert.ok(same('Али Фуат-паша', 'Ali Fuat Cebesoy'), 'Ali Fuat took the surname Cebesoy');
  assert.ok(!same('Джемаль', 'Мустафа Кемаль-паша'), 'Cemal is not Kemal, however close the spelling');
  assert.ok(!same('С.Орджоникидзе', 'Г.Орджоникидзе'), 'different initials, different people');
  assert.ok(same('Ulgul', 'Ulgu'), 'a one-letter misspelling joins');
  assert.ok(same('Кемалем', 'Мустафа Кемаль-паша'), 'a case ending the recognizer left does not part a name');
  assert.deepEqual(of('Chicherin').attributes.titles?.sort(), ["People's Commissar", 'нарком']);
});

test('organisations: abbreviations, syllabic abbreviations, glosses, curated translations, places in the name', () => {
  const { same, of } = resolved(
    source(
      'ru',
      'Армия {o:ВНСТ} отступила. Правительство {o:Великого Национального Собрания Турции|Великое Национальное Собрание Турции}; в {o:Великом Национальном Собрании|Великое Национальное Собрание}. ' +
        'Создание {o:Турецкой Народной Коммунистической Партии|Турецкая Народная Коммунистическая Партия}" ({o:ТНКП}). {o:Кавбюро} и {o:Кавказское бюро ЦК РКП(б)}. ' +
        'Ноты {o:НКИД России}, {o:НКИД РСФСР} и {o:НКИД Грузии}. {o:Бюро ЦК АКП(б)} и {o:ЦК АКП}.',
    ),
    source('en', 'The {o:Grand National Assembly} met in Ankara, as did the {o:Turkish Grand National Assembly} (henceforth {o:Mueslis}).', 'en'),
  );
  assert.ok(same('ВНСТ', 'Великого Национального Собрания Турции') && same('ВНСТ', 'Великом Национальном Собрании'));
  assert.ok(same('ВНСТ', 'Grand National Assembly') && same('Grand National Assembly', 'Mueslis'));
  assert.equal(of('ВНСТ').label, 'Grand National Assembly of Turkey');
  assert.ok(same('ТНКП', 'Турецкой Народной Коммунистической Партии'));
  assert.ok(same('Кавбюро', 'Кавказское бюро ЦК РКП(б)'));
  assert.ok(same('НКИД России', 'НКИД РСФСР') && !same('НКИД России', 'НКИД Грузии'));
  assert.ok(!same('ЦК АКП', 'Бюро ЦК АКП(б)'), 'the bureau of a committee is not the committee');
});

test('places: historical names to the gazetteer, with coordinates and the English name of today', () => {
  const { same, of } = resolved(
    source(
      'ru',
      'В {l:Батуме|Батум} и {l:Трабзоне|Трабзон} ({l:Трапезунд}). Из {l:Ангоры|Ангора} в {l:Константинополь}, {l:Смирну|Смирна}, {l:Тифлис}, {l:Эривань}, {l:Александрополь}, {l:Ленинакан}. ' +
        '{l:Нахичеванского края|Нахичеванский край}, {l:Армянской ССР|Армянская ССР}, {l:Советская Армения}, {l:Кютахья}, {l:Черного моря|Черное море}, {l:Закавказье}, {l:Анатолии|Анатолия}.',
    ),
    source('en', 'From {l:Batum} to {l:Batumi}, {l:Angora} and {l:Ankara}, {l:Constantinople}, {l:Smyrna}, {l:Trebizond}, {l:Tiflis}, {l:Erivan}, {l:Black Sea}, {l:Transcaucasia}, {l:Anatolia}, {l:Armenia}, {l:Nakhichevan}.', 'en'),
    source('ru2', 'В {l:Стамбуле|Стамбул} и {l:Гюмри}; {l:Кукуевке|Кукуевка}.'),
  );
  const batumi = of('Батуме');
  assert.equal(batumi.label, 'Batumi');
  assert.equal(batumi.type, 'place');
  assert.ok(Math.abs(batumi.attributes.coordinates!.lat - 41.64) < 0.05 && Math.abs(batumi.attributes.coordinates!.lon - 41.63) < 0.05);
  assert.equal(batumi.attributes.gazetteer, 'geonames:615532');
  for (const [a, b, label] of [
    ['Батуме', 'Batumi', 'Batumi'], ['Batum', 'Batumi', 'Batumi'], ['Ангоры', 'Ankara', 'Ankara'], ['Angora', 'Ankara', 'Ankara'],
    ['Константинополь', 'Стамбуле', 'Istanbul'], ['Constantinople', 'Стамбуле', 'Istanbul'], ['Смирну', 'Smyrna', 'İzmir'],
    ['Трабзоне', 'Трапезунд', 'Trabzon'], ['Трапезунд', 'Trebizond', 'Trabzon'], ['Тифлис', 'Tiflis', 'Tbilisi'], ['Эривань', 'Erivan', 'Yerevan'],
    ['Александрополь', 'Ленинакан', 'Gyumri'], ['Ленинакан', 'Гюмри', 'Gyumri'], ['Нахичеванского края', 'Nakhichevan', 'Nakhchivan'],
    ['Армянской ССР', 'Советская Армения', 'Armenia'], ['Советская Армения', 'Armenia', 'Armenia'], ['Черного моря', 'Black Sea', 'Black Sea'],
    ['Закавказье', 'Transcaucasia', 'South Caucasus'], ['Анатолии', 'Anatolia', 'Anatolia'],
  ] as const) {
    assert.ok(same(a, b), `${a} = ${b}`);
    assert.equal(of(a).label, label);
  }
  assert.equal(of('Кютахья').label, 'Kütahya', 'a town only the GeoNames list knows, found across scripts');
  assert.equal(of('Кукуевке').label, 'Кукуевка', 'a place no gazetteer knows is its own entity');
  assert.equal(of('Кукуевке').attributes.coordinates, undefined);
});

test('of towns sharing a name, the one in a country the corpus speaks of wins, else the biggest', () => {
  const armenian = resolved(source('a', '{l:Эривань} и {l:Армения}, {l:Армения}; {l:Армавир}.'));
  assert.equal(armenian.of('Армавир').attributes.country, 'AM');
  const russian = resolved(source('a', '{l:Москва}, {l:Россия}, {l:Ростов}; {l:Армавир}.'));
  assert.equal(russian.of('Армавир').attributes.country, 'RU');
});

test('ids come from what the entity is: the same for the same corpus in any order, untouched by an unrelated source', () => {
  const a = source('a', '{p:Энвер-паша} прибыл в {l:Батум}. {o:ВНСТ} и {p:Г.Чичерин}.');
  const b = source('b', '{p:Enver Pasha} went to {l:Batumi}; {p:Chicherin} wrote.', 'en');
  const c = source('c', '{p:Вудро Вильсон} и {l:Вашингтон}.');
  const ids = (sources: AnnotatedSource[]) => {
    const { entities, links } = resolve(sources);
    return new Map(sources.flatMap((s) => s.mentions.map((m, i) => [`${s.id}:${m.text}`, links.get(`${s.id}:${i}`)!] as const)).concat(entities.map((e) => [e.label, e.id] as const)));
  };
  const first = ids([a, b]);
  assert.deepEqual(ids([a, b]), first);
  assert.deepEqual(ids([b, a]), first);
  const more = ids([c, a, b]);
  for (const [key, id] of first) assert.equal(more.get(key), id, key);
  assert.equal(new Set(resolve([a, b, c]).entities.map((e) => e.id)).size, resolve([a, b, c]).entities.length, 'ids are unique');
});

test('aliases are counted by language; labels are the fullest name', () => {
  const { of } = resolved(
    source('ru', '{p:Мустафа Кемаль} и снова {p:Мустафа Кемаль}, {p:Кемаль}, {p:Кемалю|Кемаль}.'),
    source('en', '{p:Mustafa Kemal} and {p:Kemal}.', 'en'),
  );
  const kemal = of('Кемаль');
  assert.equal(kemal.label, 'Мустафа Кемаль');
  assert.equal(kemal.attributes.latin, 'Mustafa Kemal');
  assert.deepEqual(kemal.aliases.find((alias) => alias.text === 'Мустафа Кемаль'), { text: 'Мустафа Кемаль', lang: 'ru', count: 2 });
  assert.deepEqual(kemal.aliases.find((alias) => alias.text === 'Kemal'), { text: 'Kemal', lang: 'en', count: 1 });
});

const seeds = path.resolve('examples/seeds/texts');
const gold = path.resolve('test/gold');

test('the seeds through the whole pipeline: the figures the gold asks for', async (t) => {
  const { recognizedKinds } = await import('../../src/annotate/index.js');
  if (!recognizedKinds().has('person') || !existsSync(seeds)) return t.skip('no name recognizer registered');
  const { extractFiles, toReport } = await import('../../src/extract/index.js');
  const { readdirSync } = await import('node:fs');
  const extraction = await extractFiles(readdirSync(seeds).map((file) => path.join(seeds, file)));
  const report = toReport(extraction);
  const holding = (text: string) => report.entities.filter((entity) => entity.mentions.some((m) => m.text === text));
  const [enver] = holding('Энвер-паша');
  assert.ok(enver && enver.mentions.some((m) => m.text === 'Enver') && enver.mentions.some((m) => m.text === 'Энвера'));
  const [batumi] = holding('Батуме');
  assert.equal(batumi?.label, 'Batumi');
  assert.ok(batumi?.mentions.some((m) => m.text === 'Batumi'));
  const [kemal] = holding('Мустафа Кемаль');
  assert.ok(kemal && ['Ататюрк', 'Mustafa Kamal', 'Kamal', 'Кемалю'].every((text) => kemal.mentions.some((m) => m.text === text)));
  assert.ok(!kemal.mentions.some((m) => m.text.startsWith('Юсуф')));

  if (!existsSync(gold)) return;
  const { loadGoldDir } = await import('../../src/eval/gold.js');
  const { evaluate } = await import('../../src/eval/evaluate.js');
  const files = await loadGoldDir(gold);
  const byPath = new Map(extraction.sources.map((s) => [s.path, s]));
  const linking = evaluate(files, extraction, (file) => byPath.get(file.textPath), recognizedKinds()).categories.find((c) => c.category === 'linking');
  if (linking?.status === 'scored') assert.ok(linking.score.f1 >= 0.9, `linking F1 ${linking.score.f1.toFixed(3)}`);
});

test('a treaty named by neither a known place nor a date makes no record, and the others still resolve', () => {
  const base = source('treaties', 'Договор был подписан. Письмо {p:Чичерину|Чичерин}.');
  const treaty: Mention = {
    kind: 'document', start: 0, end: 7, text: 'Договор', confidence: 0.8,
    value: { type: 'treaty', senders: [], recipients: [], form: 'narrative' },
  };
  const { documents, entities } = resolve([{ ...base, mentions: [treaty, ...base.mentions] }]);
  assert.deepEqual(documents, []);
  assert.deepEqual(entities.map((entity) => entity.label), ['Чичерин']);
});
