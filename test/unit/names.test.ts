import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { names } from '../../src/annotate/names.js';
import type { Mention, NameMention, Paragraph } from '../../src/model.js';
import { OffsetMap } from '../../src/normalize/offset-map.js';
import { segment } from '../../src/segment/index.js';

before(async () => {
  await names.prepare!();
});

/** The name mentions of a text whose paragraphs are separated by blank lines, as `dossier extract` would pass them. */
function recognize(text: string, earlier: Mention[] = []): NameMention[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const match of text.matchAll(/\n{2,}/g)) {
    paragraphs.push({ start, end: match.index, kind: 'body' });
    start = match.index + match[0].length;
  }
  if (start < text.length) paragraphs.push({ start, end: text.length, kind: 'body' });
  const passages = segment({ text, paragraphs, map: OffsetMap.identity(text.length) });
  return names.recognize({ id: 'test', text, passages, languages: passages.map((p) => p.lang), mentions: earlier }) as NameMention[];
}

function found(text: string): Array<[string, string]> {
  return recognize(text).map((mention) => [mention.kind, mention.text]);
}

function lemmaOf(text: string, form: string): string | undefined {
  return recognize(text).find((mention) => mention.text === form)?.value.lemma;
}

describe('names: Russian persons', () => {
  it('keeps initials and honorifics in the span and lemmatizes every word (seed lines)', () => {
    const text =
      'В августе 1921 года турецкий посол в Москве Али Фуат-паша во время двух встреч с Г.Чичериным открыто изложил позицию Анкары. ' +
      'Вручая подписанный министром иностранных дел Турции Юсуфом Кемаль-беем меморандум, Али Фуат-паша сказал, что М.Д.Гусейнову писал Я.Упмал-Ангорский.';
    const mentions = recognize(text);
    const persons = mentions.filter((mention) => mention.kind === 'person').map((mention) => [mention.text, mention.value.lemma]);
    assert.deepEqual(persons, [
      ['Али Фуат-паша', 'Али Фуат-паша'],
      ['Г.Чичериным', 'Г. Чичерин'],
      ['Юсуфом Кемаль-беем', 'Юсуф Кемаль-бей'],
      ['Али Фуат-паша', 'Али Фуат-паша'],
      ['М.Д.Гусейнову', 'М. Д. Гусейнов'],
      ['Я.Упмал-Ангорский', 'Я. Упмал-Ангорский'],
    ]);
    assert.deepEqual(mentions.filter((mention) => mention.kind === 'place').map((mention) => mention.text), ['Москве', 'Анкары', 'Турции']);
  });

  it('finds names nobody listed, in every case, with az’s prediction for unknown surnames', () => {
    const text =
      'В 1924 году нарком Г.В.Чичерин поручил Литвинову переговоры с Рауф-беем, а полпред Аралову передал письмо Нацаренуса. ' +
      'Мустафе Кемаль-паше доложили, что Карахана ждут в Эрзуруме.';
    assert.deepEqual(found(text), [
      ['person', 'Г.В.Чичерин'],
      ['person', 'Литвинову'],
      ['person', 'Рауф-беем'],
      ['person', 'Аралову'],
      ['person', 'Нацаренуса'],
      ['person', 'Мустафе Кемаль-паше'],
      ['person', 'Карахана'],
      ['place', 'Эрзуруме'],
    ]);
    assert.equal(lemmaOf(text, 'Литвинову'), 'Литвинов');
    assert.equal(lemmaOf(text, 'Рауф-беем'), 'Рауф-бей');
    assert.equal(lemmaOf(text, 'Нацаренуса'), 'Нацаренус');
    assert.equal(lemmaOf(text, 'Мустафе Кемаль-паше'), 'Мустафа Кемаль-паша');
  });

  it('keeps job titles out of the span and in `titles`', () => {
    const [chicherin] = recognize('Ознакомившись с телеграммой, наркоминдел Г.Чичерин ответил.');
    assert.equal(chicherin?.text, 'Г.Чичерин');
    assert.deepEqual(chicherin?.value.titles, ['наркоминдел']);
    const [stalin] = recognize('На заседании товарищ Сталин выступил первым.');
    assert.equal(stalin?.text, 'Сталин');
    assert.deepEqual(stalin?.value.titles, ['товарищ']);
    const [frunze] = recognize('Письмо было передано наркому Фрунзе в тот же день.');
    assert.deepEqual(frunze?.value.titles, ['нарком'], 'a title in its dictionary form');
  });

  it('declines only the honorific of a compound: the name before it stays as written', () => {
    const text = 'Он говорил с Февзи-пашой, затем пришло письмо Энвер-паши и ответ Юсуфа Кемаль-бея.';
    assert.equal(lemmaOf(text, 'Февзи-пашой'), 'Февзи-паша', 'not a predicted Февзь');
    assert.equal(lemmaOf(text, 'Энвер-паши'), 'Энвер-паша');
    assert.equal(lemmaOf(text, 'Юсуфа Кемаль-бея'), 'Юсуф Кемаль-бей');
  });

  it('keeps a word of a name that has no reading in the case of the others as written', () => {
    assert.equal(lemmaOf('Посол встретился с Юнусом Нади в Анкаре.', 'Юнусом Нади'), 'Юнус Нади', 'not Надя');
  });

  it('leaves indeclinable names as they are', () => {
    const text = 'Телеграмма Г.Орджоникидзе была получена, и Фрунзе выехал в Ангору, а Мдивани остался.';
    assert.equal(lemmaOf(text, 'Г.Орджоникидзе'), 'Г. Орджоникидзе');
    assert.equal(lemmaOf(text, 'Фрунзе'), 'Фрунзе');
    assert.equal(lemmaOf(text, 'Мдивани'), 'Мдивани', 'not a form of a place `Мдивань`: a person is animate');
    assert.ok(found(text).some(([kind, form]) => kind === 'place' && form === 'Ангору'));
  });

  it('keeps the whole surname when az reads only its ending (`Аралов` as `ара` + `лов`)', () => {
    const text = 'Полпред С.И.Аралов прибыл в Анкару, и Наримановым был подписан протокол; Аралов остался.';
    assert.equal(lemmaOf(text, 'С.И.Аралов'), 'С. И. Аралов');
    assert.equal(lemmaOf(text, 'Аралов'), 'Аралов');
    assert.equal(lemmaOf(text, 'Наримановым'), 'Нариманов');
  });

  it('splits two surnames in different cases, a hyphenated one too: sender and recipient of a citation', () => {
    assert.deepEqual(found('В деле хранится записка Каракозова Тер-Петросяну о положении в крае.'), [
      ['person', 'Каракозова'],
      ['person', 'Тер-Петросяну'],
    ]);
    assert.deepEqual(found('Ответ Юсуфа Кемаль-бея был получен.'), [['person', 'Юсуфа Кемаль-бея']], 'an honorific compound is no boundary');
  });

  it('reads a plural-only city as a place, not as a given name in the plural (`Афин`, not Афина)', () => {
    assert.deepEqual(found('Делегация вернулась из Афин, где переговоры шли неделю.'), [['place', 'Афин']]);
    assert.deepEqual(found('Консул жил в Афинах.'), [['place', 'Афинах']]);
  });

  it('takes a name the document types elsewhere: `Кемалю` is the person `Мустафа Кемаль`', () => {
    const text = 'Мустафа Кемаль возглавил правительство. Энвер направил письмо Кемалю.';
    assert.deepEqual(found(text), [
      ['person', 'Мустафа Кемаль'],
      ['person', 'Энвер'],
      ['person', 'Кемалю'],
    ]);
  });
});

describe('names: Russian places and organisations', () => {
  it('completes archives and councils with their lower-case genitives, and keeps a superlative as it is', () => {
    const text = 'Дело хранится в Архиве внешней политики Российской Федерации. Решение Высшего совета народного хозяйства пришло позже.';
    assert.deepEqual(found(text), [
      ['org', 'Архиве внешней политики Российской Федерации'],
      ['org', 'Высшего совета народного хозяйства'],
    ]);
    assert.equal(lemmaOf(text, 'Архиве внешней политики Российской Федерации'), 'Архив внешней политики Российской Федерации');
    assert.equal(lemmaOf(text, 'Высшего совета народного хозяйства'), 'Высший совет народного хозяйства', 'not the positive `Высокий`');
  });

  it('reads `Наркоминдел` as the commissariat, but as a title before a name', () => {
    const text = 'Полпред писал в Наркоминдел из Ангоры, и Наркоминдел РСФСР Г.Чичерин ответил.';
    assert.deepEqual(found(text), [
      ['org', 'Наркоминдел'],
      ['place', 'Ангоры'],
      ['place', 'РСФСР'],
      ['person', 'Г.Чичерин'],
    ]);
    assert.deepEqual(recognize(text).find((mention) => mention.kind === 'person')?.value.titles, ['наркоминдел']);
  });

  it('takes an official name capitalized on its first word only, and no generic body', () => {
    const text = 'Ответ дало Великое национальное собрание Турции, затем Центральный исполнительный комитет. Советское правительство промолчало.';
    assert.deepEqual(found(text), [
      ['org', 'Великое национальное собрание Турции'],
      ['org', 'Центральный исполнительный комитет'],
    ]);
    assert.equal(lemmaOf('Делегаты Великого национального собрания Турции прибыли.', 'Великого национального собрания Турции'), 'Великое национальное собрание Турции');
  });

  it('finds multiword places, historical names and hyphenated chains', () => {
    const text =
      'Советская Россия признала правительство, и в Восточной Анатолии, на Черноморском побережье и в Трапезунде (Эрзерум) ' +
      'ждали решения; линия обороны Афьонкарахисар-Кютахья-Эскишехир пала.';
    assert.deepEqual(found(text), [
      ['place', 'Советская Россия'],
      ['place', 'Восточной Анатолии'],
      ['place', 'Черноморском побережье'],
      ['place', 'Трапезунде'],
      ['place', 'Эрзерум'],
      ['place', 'Афьонкарахисар'],
      ['place', 'Кютахья'],
      ['place', 'Эскишехир'],
    ]);
  });

  it('finds organisations by head nouns and abbreviations, with what completes them', () => {
    const text =
      'Решение Кавбюро ЦК РКП(б) одобрил ЦИК СССР, а Народный комиссариат иностранных дел и МИД Франции ' +
      'получили ноту правительства Великого Национального Собрания Турции (Коллекция документов РГАСПИ).';
    assert.deepEqual(found(text), [
      ['org', 'Кавбюро ЦК РКП(б)'],
      ['org', 'ЦИК СССР'],
      ['org', 'Народный комиссариат иностранных дел'],
      ['org', 'МИД Франции'],
      ['org', 'Великого Национального Собрания Турции'],
      ['org', 'РГАСПИ'],
    ]);
    assert.equal(lemmaOf(text, 'Великого Национального Собрания Турции'), 'Великое Национальное Собрание Турции');
  });

  it('tells a government named after a town from a generic one', () => {
    const text = 'Позже анкарское правительство заявило протест, а советское правительство промолчало.';
    assert.deepEqual(found(text), [['org', 'анкарское правительство']]);
  });

  it('leaves adjectives, treaties, directions and polite pronouns alone', () => {
    const text = 'Севрский договор был отвергнут, как и Московского соглашения; на Востоке Вы сами видели, что Ваши письма дошли.';
    assert.deepEqual(found(text), []);
  });
});

describe('names: English and Latin-script names', () => {
  it("takes an organisation's ordinary words after `of`/`for` and a possessive inside its name, not a person's possessive", () => {
    const text =
      "The People's Commissariat for Foreign Affairs answered. The Committee of Union and Progress fell, and Karabekir's Eastern Army took the town.";
    assert.deepEqual(found(text), [
      ['org', "People's Commissariat for Foreign Affairs"],
      ['org', 'Committee of Union and Progress'],
      ['person', 'Karabekir'],
      ['org', 'Eastern Army'],
    ]);
    assert.equal(lemmaOf(text, "People's Commissariat for Foreign Affairs"), "People's Commissariat for Foreign Affairs");
  });

  it("names no one in a periodical's title after its cue, in English and Russian", () => {
    assert.deepEqual(found('As the newspaper “Yeni Gün” observed, Kemal was right; the journal New Orient agreed.'), [['person', 'Kemal']]);
    assert.deepEqual(found('Газета «Известия» писала, что Чичерин согласен, а журнал «Новый Восток» молчал.'), [['person', 'Чичерин']]);
  });

  it('keeps a given name that is also an English word before a surname, and only there', () => {
    assert.deepEqual(found('Moscow approved the appointment of Roman Petrov. Will Turkey agree? Mark this.'), [
      ['place', 'Moscow'],
      ['person', 'Roman Petrov'],
      ['place', 'Turkey'],
    ]);
  });

  it('reads a town named after a person as the person unless the context makes it the town', () => {
    assert.deepEqual(found('Stalin received the envoys together with Ordzhonikidze and Kirov. The road from Kirov to Perm was closed.'), [
      ['person', 'Stalin'],
      ['person', 'Ordzhonikidze'],
      ['person', 'Kirov'],
      ['place', 'Kirov'],
      ['place', 'Perm'],
    ]);
  });

  it('finds persons with honorifics, initials, titles and reference authors', () => {
    const text =
      'Lord Curzon met Ismet Pasha in Lausanne, while General M.V. Frunze and Mustafa Kemal met in Angora (Hirst 2013: 10).';
    const mentions = recognize(text);
    assert.deepEqual(
      mentions.map((mention) => [mention.kind, mention.text]),
      [
        ['person', 'Curzon'],
        ['person', 'Ismet Pasha'],
        ['place', 'Lausanne'],
        ['person', 'M.V. Frunze'],
        ['person', 'Mustafa Kemal'],
        ['place', 'Angora'],
        ['person', 'Hirst'],
      ],
    );
    assert.deepEqual(mentions[0]?.value.titles, ['Lord']);
    assert.deepEqual(mentions[3]?.value, { lemma: 'M. V. Frunze', titles: ['General'] });
  });

  it('reads a romanized Russian surname after `to` as a person, a town as a place', () => {
    assert.deepEqual(found('Aralov reported to Chicherin that the envoy had gone to Trebizond.'), [
      ['person', 'Aralov'],
      ['person', 'Chicherin'],
      ['place', 'Trebizond'],
    ]);
  });

  it('finds places from gazetteers and cues, not demonyms', () => {
    const text = 'The Turkish troops left Trebizond for Eastern Anatolia near the village of Tortum, and the Armenians fled to the Sea of Marmara.';
    assert.deepEqual(found(text), [
      ['place', 'Trebizond'],
      ['place', 'Eastern Anatolia'],
      ['place', 'Tortum'],
      ['place', 'Sea of Marmara'],
    ]);
  });

  it('finds organisations, not generic governments', () => {
    const text = 'The Grand National Assembly of Turkey and the Red Army opposed the Provisional Government, but the Turkish Government kept silent.';
    assert.deepEqual(found(text), [
      ['org', 'Grand National Assembly of Turkey'],
      ['org', 'Red Army'],
      ['org', 'Provisional Government'],
    ]);
  });

  it('keeps possessive and Turkish case suffixes out of the span', () => {
    assert.deepEqual(found("Enver's plan failed, and Kâzım Karabekir'in army took Kars."), [
      ['person', 'Enver'],
      ['person', 'Kâzım Karabekir'],
      ['place', 'Kars'],
    ]);
  });
});

describe('names: adversarial input', () => {
  it('survives empty text, shouting, digits and long runs of capitals', () => {
    assert.deepEqual(recognize(''), []);
    assert.doesNotThrow(() => recognize('ВНИМАНИЕ ВСЕМ ПОСТАМ 1921 ГОДА!!! ' + 'Аааа '.repeat(2000)));
    assert.doesNotThrow(() => recognize('A2-1073/1 ORCID: 0000-0002-1481-0528 ' + 'X'.repeat(50_000)));
    assert.doesNotThrow(() => recognize('— « » ( ) // :: ' + '- '.repeat(1000)));
  });

  it('skips tokens an earlier recognizer took', () => {
    const text = 'Письмо от 5 Мая прибыло в Батум.';
    const start = text.indexOf('5 Мая');
    const date: Mention = { kind: 'date', start, end: start + 5, text: '5 Мая', confidence: 1, value: { edtf: '1921-05-05', inferred: true } };
    assert.deepEqual(recognize(text, [date]).map((mention) => mention.text), ['Батум']);
  });

  it('does not take clause-opening words for names', () => {
    assert.deepEqual(found('Поражение армии было тяжелым. Недовольство росло. Regarding Romania, nothing changed.'), [['place', 'Romania']]);
  });
});

describe('names: towns from the gazetteer', () => {
  it('reads large cities as places even after a verb of writing, and towns no dictionary calls a name as places', () => {
    const text = 'The envoy wrote to Moscow that the Greek army had left Manisa, Turgutlu and Uşak; General Harington stayed.';
    const kinds = new Map(found(text).map(([kind, form]) => [form, kind]));
    assert.equal(kinds.get('Moscow'), 'place');
    assert.equal(kinds.get('Manisa'), 'place');
    assert.equal(kinds.get('Turgutlu'), 'place');
    assert.equal(kinds.get('Harington'), 'person');
  });

  it("knows the period's exonyms in every language the curated places list (Turkish `Moskova`, Polish `Związek Radziecki`)", () => {
    const turkish = new Map(found("Türk heyeti Moskova'ya gitti ve Tiflis üzerinden döndü. Ali Fuat Paşa Moskova'da büyükelçi oldu.").map(([kind, form]) => [form, kind]));
    assert.equal(turkish.get('Moskova'), 'place');
    assert.equal(turkish.get('Tiflis'), 'place');
    assert.deepEqual(found('Związek Radziecki podpisał wtedy układ.'), [['place', 'Związek Radziecki']]);
  });

  it('reads Turkish names: honorifics, case suffixes that end a name, organisations, treaties and sentence openers', () => {
    const text =
      "Kazım Karabekir Paşa Doğu Cephesi komutanı olarak Kars'ı aldı. İsmet Paşa Ankara'da Büyük Millet Meclisi'nde konuştu. " +
      'Sonra Lozan Antlaşması imzalandı ve Türk heyeti döndü.';
    assert.deepEqual(found(text), [
      ['person', 'Kazım Karabekir Paşa'],
      ['org', 'Doğu Cephesi'],
      ['place', 'Kars'],
      ['person', 'İsmet Paşa'],
      ['place', 'Ankara'],
      ['org', 'Büyük Millet Meclisi'],
      ['place', 'Lozan'],
    ]);
  });

  it('reads Polish cases of known places of several words, adjective and noun', () => {
    const places = recognize('Układ między Związkiem Radzieckim a Rosją Radziecką omawiano długo.').map((mention) => [mention.kind, mention.text, mention.value.lemma]);
    assert.deepEqual(places, [
      ['place', 'Związkiem Radzieckim', 'Związek Radziecki'],
      ['place', 'Rosją Radziecką', 'Rosja Radziecka'],
    ]);
  });

  it('reads Polish cases of known places and names them in the nominative', () => {
    const text = 'Delegacja była najpierw w Moskwie, potem w Karsie; pomoc udzielona Ankarze i Turcją rządzącym przyszła przez Berlin i Paryżu nie dotarła.';
    const places = recognize(text).filter((mention) => mention.kind === 'place').map((mention) => [mention.text, mention.value.lemma]);
    assert.deepEqual(places, [
      ['Moskwie', 'Moskwa'],
      ['Karsie', 'Kars'],
      ['Ankarze', 'Ankara'],
      ['Turcją', 'Turcja'],
      ['Berlin', 'Berlin'],
      ['Paryżu', 'Paryż'],
    ]);
  });
});
