import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { annotate, prepareRecognizers } from '../../src/annotate/index.js';
import { analyzeDocument } from '../../src/ingest/analyze.js';
import type { AnnotatedSource, DocumentMention, DocumentRecord, Resolution } from '../../src/model.js';
import { resolve } from '../../src/resolve/index.js';

before(async () => {
  await prepareRecognizers();
});

/** Texts (paragraphs separated by blank lines) through the whole pipeline, as one corpus. */
async function corpus(...texts: string[]): Promise<{ sources: AnnotatedSource[]; resolution: Resolution }> {
  const sources: AnnotatedSource[] = [];
  for (const [index, text] of texts.entries()) {
    const analyzed = await analyzeDocument({ path: `probe-${index}.txt`, format: 'txt', markup: 'plain', text, encoding: 'UTF-8', bytes: text.length });
    sources.push(annotate(analyzed));
  }
  return { sources, resolution: resolve(sources) };
}

/** A record as a reader checks it: type, date, and the labels of its parties. */
function described(resolution: Resolution, record: DocumentRecord) {
  const label = (id: string) => resolution.entities.find((entity) => entity.id === id)?.label ?? id;
  return {
    type: record.type,
    date: record.date?.edtf,
    senders: [...record.senders.map(label), ...record.senderRoles.map((role) => `[${role}]`)],
    recipients: [...record.recipients.map(label), ...record.recipientRoles.map((role) => `[${role}]`)],
  };
}

async function records(...texts: string[]) {
  const { resolution } = await corpus(...texts);
  return resolution.documents.map((record) => described(resolution, record));
}

function references(source: AnnotatedSource): DocumentMention[] {
  return source.mentions.filter((mention): mention is DocumentMention => mention.kind === 'document');
}

describe('documents: citation formulas', () => {
  it('reads kind, date, a genitive sender and dative recipients, and the archive with its file reference', async () => {
    const { sources, resolution } = await corpus(
      'Положение в Тифлисе ухудшалось (Шифрованная телеграмма Б.Мдивани Л.Троцкому. 03.04.1922 // РГАСПИ. Ф. 5. Оп. 1. Д. 2137. Л. 3). ' +
        'Москва ответила не сразу (Письмо Л.Карахана Г.Чичерину, Л.Троцкому и И.Сталину. 12.02.1922 // АВП РФ).',
    );
    const found = resolution.documents.map((record) => described(resolution, record));
    assert.deepEqual(found, [
      { type: 'letter', date: '1922-02-12', senders: ['Л. Карахан'], recipients: ['Г. Чичерин', 'Л. Троцкий', 'И. Сталин'] },
      { type: 'cipher_telegram', date: '1922-04-03', senders: ['Б. Мдивани'], recipients: ['Л. Троцкий'] },
    ]);
    const telegram = resolution.documents.find((record) => record.type === 'cipher_telegram')!;
    assert.equal(telegram.holdings[0]?.archive, 'РГАСПИ');
    assert.match(telegram.holdings[0]?.reference ?? '', /Ф\. 5\. Оп\. 1\. Д\. 2137\. Л\. 3/);
    for (const mention of references(sources[0]!)) assert.equal(sources[0]!.text.slice(mention.start, mention.end), mention.text);
  });

  it('takes an organisation as sender and a published collection with volume and pages as the holding', async () => {
    const { resolution } = await corpus(
      'Москва настаивала на своем (Нота НКИД РСФСР персидскому послу Мушавер-уль-Мамалику. 02.03.1921 // Документы внешней политики СССР. Т. III, М., 1959, С. 536-537).',
    );
    const [note] = resolution.documents;
    assert.equal(note?.type, 'note');
    assert.equal(note?.date?.edtf, '1921-03-02');
    assert.equal(resolution.entities.find((entity) => entity.id === note?.senders[0])?.type, 'org');
    assert.ok(resolution.entities.find((entity) => entity.id === note?.senders[0])?.aliases.some((alias) => alias.text === 'НКИД РСФСР'));
    assert.equal(note?.recipients.length, 1);
    const holding = note!.holdings[0]!;
    assert.equal(holding.volume, 'III');
    assert.equal(holding.pages, '536-537');
    assert.equal(holding.year, 1959);
  });

  it('keeps a document with an unknown sender or an unreadable date with what is known, never inventing the rest', async () => {
    const found = await records(
      'Ответ пришел через месяц (Телеграмма Г.Чичерину. 05.05.1922 // РГАСПИ). Позже обсуждался и другой вопрос (Письмо Л.Карахана Г.Чичерину. ??.??.1922 // АВП РФ).',
    );
    const telegram = found.find((record) => record.type === 'telegram');
    assert.deepEqual(telegram, { type: 'telegram', date: '1922-05-05', senders: [], recipients: ['Г. Чичерин'] });
    const letter = found.find((record) => record.type === 'letter');
    assert.deepEqual(letter?.senders, ['Л. Карахан']);
    assert.ok(letter?.date === undefined || letter.date === '1922', `no day is invented: ${letter?.date}`);
  });

  it('a role alone stays a role, unless another reference names who held it', async () => {
    const found = await records(
      'Переговоры продолжались (Телеграмма Народного Комиссара Иностранных Дел Украинской ССР Послу Польши Яну Домбскому. 11.11.1921 // ЦДАВО).',
    );
    assert.equal(found.length, 1);
    assert.match(found[0]!.senders.join(), /^\[Народного Комиссара Иностранных Дел Украинской ССР/);
  });
});

describe('documents: holdings', () => {
  it('English archival references, record codes and an archive by its full name', async () => {
    const { resolution } = await corpus(
      'The ambassador was recalled (Letter from Karakhan to Chicherin. 12.02.1922 // RGASPI, f. 558, op. 1, d. 2137, l. 4). ' +
        'The report followed (Report of the Central Intelligence Agency. 03.04.1952 // National Archives and Records Administration, CIA-RDP 79, P. 8).',
    );
    const holdings = resolution.documents.flatMap((record) => record.holdings);
    assert.ok(holdings.some((holding) => /f\. 558, op\. 1, d\. 2137/.test(holding.reference ?? '')), JSON.stringify(holdings));
    assert.ok(holdings.some((holding) => holding.reference === 'CIA-RDP 79, P. 8'), JSON.stringify(holdings));
  });

  it('a formula without `//`: the date after the parties, the holding after the date, its file number no date', async () => {
    const { resolution } = await corpus(
      'Moscow hesitated for weeks. The reply was cautious (Letter from Chicherin to Lenin, 12 April 1921, AVP RF, f. 04, op. 39, d. 232, l. 18).',
    );
    const [letter] = resolution.documents;
    assert.deepEqual(described(resolution, letter!), { type: 'letter', date: '1921-04-12', senders: ['Chicherin'], recipients: ['Lenin'] });
    assert.match(letter!.holdings[0]?.reference ?? '', /f\. 04, op\. 39, d\. 232, l\. 18/);
  });

  it('the issue\'s formula shapes: an instruction of a government to a person, a note, a report with the sender\'s title', async () => {
    const found = await records(
      'Позиция Анкары изменилась (Инструкция правительства ВНСТ послу в Москве Юсуфу Кемаль-бею. 25.05.1921//АВП РФ). ' +
        'Ответ был жестким (Записка Л.Троцкого Г.Чичерину. 13.09.1921 // Коллекция документов РГАСПИ). ' +
        'Подробности сообщал посол (Доклад Полномочного представителя РСФСР в Тегеране Ф.Ротштейна Г.Чичерину. 14.07.1921 // АВП РФ).',
    );
    const byType = new Map(found.map((record) => [record.type, record]));
    assert.deepEqual(byType.get('instruction'), { type: 'instruction', date: '1921-05-25', senders: ['Grand National Assembly of Turkey'], recipients: ['Юсуф Кемаль-бей'] });
    assert.deepEqual(byType.get('memorandum'), { type: 'memorandum', date: '1921-09-13', senders: ['Л. Троцкий'], recipients: ['Г. Чичерин'] });
    assert.deepEqual(byType.get('report'), { type: 'report', date: '1921-07-14', senders: ['Ф. Ротштейн'], recipients: ['Г. Чичерин'] });
  });
});

describe('documents: references in running text', () => {
  it('a narrative reference and the formula that cites the same telegram are one record with two citations', async () => {
    const { resolution } = await corpus(
      'В шифрованной телеграмме от 3 апреля Б.Мдивани Л.Троцкому сообщал о положении в Тифлисе (Шифрованная телеграмма Б.Мдивани Л.Троцкому. 03.04.1922 // РГАСПИ).',
    );
    assert.equal(resolution.documents.length, 1);
    assert.equal(resolution.documents[0]!.citations.length, 2);
    assert.deepEqual(
      resolution.documents[0]!.citations.map((citation) => citation.form),
      ['narrative', 'formula'],
    );
  });

  it('the subject of a verb of sending is the sender, its dative the recipient, the clause its date', async () => {
    const found = await records('Переговоры затягивались. В феврале 1922 года наркоминдел Л.Карахан отправил Ф.Ротштейну письмо о переговорах.');
    assert.deepEqual(found, [{ type: 'letter', date: '1922-02', senders: ['Л. Карахан'], recipients: ['Ф. Ротштейн'] }]);
  });

  it('на имя leads to the recipient; a nominative name after the parties is the subject', async () => {
    const found = await records('Еще в июне в докладе на имя Л.Троцкого полномочный представитель в Тегеране Ф.Ротштейн писал о трудностях.');
    assert.equal(found.length, 1);
    assert.equal(found[0]?.type, 'report');
    assert.deepEqual(found[0]?.senders, ['Ф. Ротштейн']);
    assert.deepEqual(found[0]?.recipients, ['Л. Троцкий']);
  });

  it('the agent of a signing participle wrote the document', async () => {
    const found = await records('Вручая подписанный 9 мая министром Реза-ханом меморандум, посол сказал, что ответа ждут быстро.');
    assert.equal(found.length, 1);
    assert.equal(found[0]?.type, 'memorandum');
    assert.deepEqual(found[0]?.senders, ['Реза-хан']);
  });

  it('a short paragraph that tells of a document with a verb is no heading of a reproduced one', async () => {
    const { sources } = await corpus('Копия телеграммы была отправлена Л.Троцкому 5 мая.\n\nДальнейшие события развивались быстро, и уже в июне все изменилось.');
    assert.ok(references(sources[0]!).every((mention) => mention.value.form !== 'heading'));
  });

  it('a date inside a relative clause belongs to that clause, not to the document', async () => {
    const { sources } = await corpus('Переговоры затягивались. Копия телеграммы была отправлена Л.Троцкому, которому еще 5 мая ЦК КП(б) Грузии написал о том же.');
    for (const mention of references(sources[0]!)) assert.equal(mention.value.date, undefined, mention.text);
  });

  it('English: a letter to someone of a date, its writer the subject after the comma, one record with the Russian formula', async () => {
    const found = await records(
      'Весной обсуждались границы (Письмо Л.Карахана Г.Чичерину и Л.Троцкому. 12.02.1922 // АВП РФ. Ф. 04. Оп. 18. Д. 112. Л. 7).',
      'In a letter to Chicherin of 12 February 1922, Karakhan wrote about the talks with Persia.',
    );
    assert.deepEqual(found, [{ type: 'letter', date: '1922-02-12', senders: ['Л. Карахан'], recipients: ['Г. Чичерин', 'Л. Троцкий'] }]);
  });

  it('English: the subject after the reference\'s clause, a possessive writer, a reply dated by `dated`', async () => {
    const found = await records(
      'Relations with Tehran remained tense. In a telegram of 3 March 1921 to Chicherin, Rotshtein reported the displeasure of the court. ' +
        'Chicherin replied in a long letter dated 10 March, urging patience.\n\nKarakhan\'s memorandum to the Politburo of 2 May 1921 put the question bluntly.',
    );
    assert.deepEqual(found.find((record) => record.type === 'telegram'), { type: 'telegram', date: '1921-03-03', senders: ['Rotshtein'], recipients: ['Chicherin'] });
    assert.deepEqual(found.find((record) => record.type === 'letter')?.senders, ['Chicherin']);
    assert.equal(found.find((record) => record.type === 'letter')?.date?.endsWith('-03-10'), true);
    const memorandum = found.find((record) => record.type === 'memorandum');
    assert.deepEqual([memorandum?.date, memorandum?.senders], ['1921-05-02', ['Karakhan']]);
  });

  it('English: a sender before `in a letter addressed to`, a place as recipient only where the text addresses it', async () => {
    const found = await records('The border talks stalled in the spring. Hard pressed by the rising in Gilan, Kuchik Khan in a letter addressed to Moscow asked for help.');
    assert.deepEqual(found, [{ type: 'letter', date: undefined, senders: ['Kuchik Khan'], recipients: ['Moscow'] }]);
  });

  it('the heading of a reproduced letter: roles in the heading, the sender named by the signature', async () => {
    const found = await records(
      'Letter from the people’s commissar for foreign affairs of the RSFSR to the plenipotentiary representative of the RSFSR in Persia F.A. Rotshtein.\n\n' +
        'March 3, 1922\n\nDear comrade, the negotiations on the fisheries must be brought to an end before the summer, and the Persian government must know our position.\n\n' +
        'With communist greetings,\n\n[Karakhan]',
    );
    assert.deepEqual(found, [{ type: 'letter', date: '1922-03-03', senders: ['Karakhan'], recipients: ['F. A. Rotshtein'] }]);
  });

  it('a reference that names neither party nor date in another text is not joined to a record across texts', async () => {
    const { resolution } = await corpus(
      'Ответ был резким (Телеграмма Г.Чичерина Л.Карахану. 05.05.1922 // РГАСПИ). Еще раньше (Телеграмма Г.Чичерина Л.Карахану. 01.03.1922 // РГАСПИ).',
      "The talks dragged on through the spring. Chicherin's telegram shows that the mood in Moscow had changed, and the delegates knew it.",
    );
    assert.equal(resolution.documents.length, 3);
    assert.ok(resolution.documents.every((record) => new Set(record.citations.map((citation) => citation.source)).size === 1));
  });

  it('idioms, plurals and bare kinds name no document', async () => {
    const { sources } = await corpus(
      'Речь идет о границе, а не о торговле. Ноты сыпались одна за другой, и письма шли в Москву каждый день. ' +
        'In order to keep Moscow informed, the commissar wrote letters every week, and the treaty was debated for months.',
    );
    assert.deepEqual(references(sources[0]!).map((mention) => mention.text), []);
  });
});

describe('documents: treaties', () => {
  it('one record per treaty across languages: by the place adjective, the Treaty of, and the signing clause', async () => {
    const { resolution } = await corpus(
      'Рижский мирный договор был подписан 18 марта 1921 года. Позднее Рижский договор не раз вспоминали.',
      'On 18 March 1921 the delegations signed a treaty in Riga, and the Treaty of Riga fixed the border for twenty years.',
    );
    const treaties = resolution.documents.filter((record) => record.type === 'treaty');
    assert.equal(treaties.length, 1);
    assert.equal(treaties[0]!.date?.edtf, '1921-03-18');
    assert.equal(treaties[0]!.signedAt?.label, 'Riga');
    assert.equal(new Set(treaties[0]!.citations.map((citation) => citation.source)).size, 2);
    assert.ok(resolution.entities.some((entity) => entity.id === treaties[0]!.signedAt?.entity), 'the Riga the English text mentions');
  });

  it('a treaty named by a place adjective alone points to no place entity the corpus does not have', async () => {
    const { resolution } = await corpus('Переговоры шли долго. Рижский мирный договор был подписан 18 марта 1921 года.');
    const [treaty] = resolution.documents;
    assert.equal(treaty?.signedAt?.label, 'Riga');
    assert.equal(treaty?.signedAt?.entity, undefined, 'the text mentions no Riga, only the adjective');
  });

  it('a treaty dated only by its month in one text is the treaty of that month another text dates to the day', async () => {
    const { resolution } = await corpus(
      'Договор, заключенный в Москве 16 марта 1921 года, закрепил границу.',
      'Стороны ссылались на договор, подписанный двумя странами в марте 1921 года.',
      'Советско-турецкий договор о дружбе, заключенный 16 марта 1921 года, был ратифицирован летом.',
    );
    const treaties = resolution.documents.filter((record) => record.type === 'treaty');
    assert.equal(treaties.length, 1, treaties.map((record) => record.date?.edtf).join());
    assert.equal(treaties[0]!.date?.edtf, '1921-03-16');
    assert.equal(treaties[0]!.citations.length, 3);
  });

  it('a treaty to be signed in a town, its signing placed and dated by the clause around it', async () => {
    const { sources } = await corpus('Подписание 13 октября 1921 года в Карсе договора между Турцией и закавказскими республиками завершило конференцию.');
    const [treaty] = references(sources[0]!);
    assert.equal(treaty?.value.type, 'treaty');
    assert.equal(treaty?.value.date?.edtf, '1921-10-13');
    assert.equal(treaty?.value.signedAt?.text, 'Карсе');
  });

  it('a treaty named by nothing of its own is no record', async () => {
    const found = await records('The treaty was debated for months. Договор обсуждался долго.');
    assert.deepEqual(found, []);
  });
});

describe('documents: stable ids', () => {
  it('the same corpus in any order gives the same record ids', async () => {
    const texts = [
      'Москва ответила не сразу (Письмо Л.Карахана Г.Чичерину. 12.02.1922 // АВП РФ).',
      'Рижский мирный договор был подписан 18 марта 1921 года.',
    ];
    const forward = (await corpus(...texts)).resolution.documents.map((record) => record.id).sort();
    const backward = (await corpus(...[...texts].reverse())).resolution.documents.map((record) => record.id).sort();
    assert.deepEqual(forward, backward);
    assert.equal(forward.length, 2);
  });
});
