import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnnotatedSource, Edit, EditKind, EditOf, EditPayloads, Entity, Mention, Resolution } from '../../src/model.js';
import { anchorEntity, anchorMention, applyEdits, locateMention } from '../../src/curate/index.js';
import { indexSources } from '../../src/curate/anchors.js';
import { annotate, prepareRecognizers } from '../../src/annotate/index.js';
import { resolve } from '../../src/resolve/index.js';
import { seedParagraphs, sourceOf } from './store-fixtures.js';

/** A source with name mentions of the given words (each word's every occurrence, as `kind`). */
function annotated(path: string, paragraphs: string[], names: Array<[string, Mention['kind']]>): AnnotatedSource {
  const source = sourceOf(path, paragraphs);
  const mentions: Mention[] = [];
  for (const [needle, kind] of names) {
    for (let start = source.text.indexOf(needle); start >= 0; start = source.text.indexOf(needle, start + 1)) {
      mentions.push({ kind, start, end: start + needle.length, text: needle, value: { lemma: needle }, confidence: 0.9 } as Mention);
    }
  }
  return { ...source, mentions: mentions.sort((a, b) => a.start - b.start) };
}

const letter = annotated(
  '/corpus/letter.txt',
  ['Кемаль писал Чичерину из Ангоры.', 'Чичерин ответил Кемалю через Нацаренуса.', 'Ибид упомянут в примечании.', 'Там назван и Нацаренус.'],
  [['Кемаль', 'person'], ['Кемалю', 'person'], ['Чичерину', 'person'], ['Чичерин', 'person'], ['Ангоры', 'place'], ['Нацаренуса', 'person'], ['Ибид', 'person']],
);
const report = annotated('/corpus/report.txt', ['Mustafa Kemal met Chicherin in Moscow. Ibid.'], [['Mustafa Kemal', 'person'], ['Chicherin', 'person'], ['Moscow', 'place'], ['Ibid', 'person']]);
const sources = [letter, report];

/** The key of the n-th name mention written `text` in a source. */
function keyOf(source: AnnotatedSource, text: string, nth = 0): string {
  const indices = source.mentions.flatMap((mention, index) => (mention.text === text ? [index] : []));
  assert.ok(indices[nth] !== undefined, `${text} #${nth} in ${source.path}`);
  return `${source.id}:${indices[nth]}`;
}

/** What a resolver might say, with its mistakes: the two Kemals apart, Nazarenus and Ibid persons. */
function resolution(): Resolution {
  const entity = (id: string, type: Entity['type'], label: string, forms: string[]): Entity => ({
    id, type, label, aliases: forms.map((text) => ({ text, lang: /[а-я]/i.test(text) ? 'ru' : 'en', count: 1 })), attributes: {},
  });
  const links = new Map<string, string>([
    [keyOf(letter, 'Кемаль'), 'p-kemal-ru'],
    [keyOf(letter, 'Кемалю'), 'p-kemal-ru'],
    [keyOf(report, 'Mustafa Kemal'), 'p-kemal-en'],
    [keyOf(letter, 'Чичерину'), 'p-chicherin'],
    [keyOf(letter, 'Чичерин'), 'p-chicherin'],
    [keyOf(report, 'Chicherin'), 'p-chicherin'],
    [keyOf(letter, 'Ангоры'), 'l-ankara'],
    [keyOf(report, 'Moscow'), 'l-moscow'],
    [keyOf(letter, 'Нацаренуса'), 'p-nazarenus'],
    [keyOf(letter, 'Ибид'), 'p-ibid'],
    [keyOf(report, 'Ibid'), 'p-ibid'],
  ]);
  return {
    entities: [
      entity('p-kemal-ru', 'person', 'Кемаль', ['Кемаль', 'Кемалю']),
      entity('p-kemal-en', 'person', 'Mustafa Kemal', ['Mustafa Kemal']),
      entity('p-chicherin', 'person', 'Чичерин', ['Чичерину', 'Чичерин', 'Chicherin']),
      { ...entity('l-ankara', 'place', 'Ankara', ['Ангоры']), attributes: { coordinates: { lat: 39.9, lon: 32.9 } } },
      entity('l-moscow', 'place', 'Moscow', ['Moscow']),
      entity('p-nazarenus', 'person', 'Нацаренус', ['Нацаренуса']),
      entity('p-ibid', 'person', 'Ибид', ['Ибид', 'Ibid']),
    ],
    links,
    documents: [],
    works: [],
    claims: [],
  };
}

let counter = 0;
function edit<K extends EditKind>(kind: K, payload: EditPayloads[K]): EditOf<K> {
  counter += 1;
  return { id: `edit${counter}`, at: `2026-01-01T00:00:${String(counter % 60).padStart(2, '0')}Z`, kind, payload } as EditOf<K>;
}

function entityIn(result: Resolution, id: string): Entity {
  const found = result.entities.find((entity) => entity.id === id);
  assert.ok(found, `entity ${id}`);
  return found;
}

const anchorOf = (id: string) => anchorEntity(resolution().entities.find((entity) => entity.id === id)!);
const at = (source: AnnotatedSource, text: string, nth = 0) => {
  const mention = source.mentions[Number(keyOf(source, text, nth).split(':')[1])]!;
  return anchorMention(source, mention);
};

test('merge: the second entity joins the first, which keeps its id; names and counts add up', () => {
  const { resolution: result, orphaned } = applyEdits(resolution(), sources, [edit('merge', { into: anchorOf('p-kemal-ru'), from: anchorOf('p-kemal-en') })]);
  assert.deepEqual(orphaned, []);
  assert.equal(result.entities.some((entity) => entity.id === 'p-kemal-en'), false);
  const kemal = entityIn(result, 'p-kemal-ru');
  assert.equal(kemal.label, 'Кемаль');
  assert.deepEqual(kemal.aliases.map((alias) => `${alias.text}/${alias.lang}`).sort(), ['Mustafa Kemal/ru', 'Кемаль/ru', 'Кемалю/ru']);
  assert.equal(result.links.get(keyOf(report, 'Mustafa Kemal')), 'p-kemal-ru');
  const labelled = applyEdits(resolution(), sources, [edit('merge', { into: anchorOf('p-kemal-ru'), from: anchorOf('p-kemal-en'), label: 'Mustafa Kemal Atatürk' })]);
  assert.equal(entityIn(labelled.resolution, 'p-kemal-ru').label, 'Mustafa Kemal Atatürk');
});

test('an edit naming an entity merged away finds the entity it joined', () => {
  const { resolution: result, orphaned } = applyEdits(resolution(), sources, [
    edit('merge', { into: anchorOf('p-kemal-ru'), from: anchorOf('p-kemal-en') }),
    edit('rename', { entity: anchorOf('p-kemal-en'), label: 'Ататюрк' }),
  ]);
  assert.deepEqual(orphaned, []);
  assert.equal(entityIn(result, 'p-kemal-ru').label, 'Ататюрк');
});

test('split: the mentions written in the forms leave for a new entity, whose id the edit fixes', () => {
  const split = edit('split', { entity: anchorOf('p-chicherin'), forms: ['chicherin'], mentions: [], label: 'Chicherin (English)' });
  const first = applyEdits(resolution(), sources, [split]);
  const again = applyEdits(resolution(), sources, [split]);
  assert.deepEqual(first.orphaned, []);
  const newId = first.resolution.links.get(keyOf(report, 'Chicherin'))!;
  assert.notEqual(newId, 'p-chicherin');
  assert.equal(again.resolution.links.get(keyOf(report, 'Chicherin')), newId, 'the same id on every replay');
  assert.equal(entityIn(first.resolution, newId).label, 'Chicherin (English)');
  assert.deepEqual(entityIn(first.resolution, 'p-chicherin').aliases.map((alias) => alias.text).sort(), ['Чичерин', 'Чичерину']);

  const byMention = applyEdits(resolution(), sources, [edit('split', { entity: anchorOf('p-chicherin'), forms: [], mentions: [at(letter, 'Чичерин')] })]);
  const moved = byMention.resolution.links.get(keyOf(letter, 'Чичерин'))!;
  assert.notEqual(moved, 'p-chicherin');
  assert.equal(byMention.resolution.links.get(keyOf(letter, 'Чичерину')), 'p-chicherin');
  assert.equal(entityIn(byMention.resolution, moved).label, 'Чичерин', 'labelled with the commonest name it has');

  const nothing = applyEdits(resolution(), sources, [edit('split', { entity: anchorOf('p-chicherin'), forms: ['Karakhan'], mentions: [] })]);
  assert.match(nothing.orphaned[0]!.reason, /no mention of Чичерин is written "Karakhan"/);
});

test('rename and retype change the entity, not its mentions', () => {
  const { resolution: result } = applyEdits(resolution(), sources, [
    edit('rename', { entity: anchorOf('p-nazarenus'), label: 'Сергей Нацаренус' }),
    edit('retype', { entity: anchorOf('l-moscow'), type: 'org' }),
  ]);
  assert.equal(entityIn(result, 'p-nazarenus').label, 'Сергей Нацаренус');
  assert.equal(entityIn(result, 'l-moscow').type, 'org');
  assert.equal(result.links.get(keyOf(report, 'Moscow')), 'l-moscow');
});

test('reject: a mention leaves its entity and its counts; an entity left without mentions is gone', () => {
  const one = applyEdits(resolution(), sources, [edit('reject', { mention: at(letter, 'Кемалю') })]);
  assert.equal(one.resolution.links.has(keyOf(letter, 'Кемалю')), false);
  assert.deepEqual(entityIn(one.resolution, 'p-kemal-ru').aliases, [{ text: 'Кемаль', lang: 'ru', count: 1 }]);

  const inLetter = applyEdits(resolution(), sources, [edit('reject', { every: 'Ибид', path: letter.path })]);
  assert.equal(inLetter.resolution.links.has(keyOf(letter, 'Ибид')), false);
  assert.equal(inLetter.resolution.links.get(keyOf(report, 'Ibid')), 'p-ibid', 'another source keeps its own');

  const everywhere = applyEdits(resolution(), sources, [edit('reject', { every: 'Ибид' }), edit('reject', { every: 'Ibid' })]);
  assert.equal(everywhere.resolution.entities.some((entity) => entity.id === 'p-ibid'), false);
  const unknown = applyEdits(resolution(), sources, [edit('reject', { every: 'Ибид', path: '/corpus/gone.txt' })]);
  assert.match(unknown.orphaned[0]!.reason, /gone\.txt is no longer in the corpus/);
});

test('accept: a human mention after the machine ones, joining the entity of its name, the one named, or a new one', () => {
  const missed = letter.text.lastIndexOf('Нацаренус');
  const span = { start: missed, end: missed + 'Нацаренус'.length };
  const humanKey = `${letter.id}:${letter.mentions.length}`;
  const byName = applyEdits(resolution(), sources, [edit('accept', { mention: anchorMention(letter, span), type: 'person' })]);
  const human = byName.resolution.humanMentions!;
  assert.equal(human.length, 1);
  assert.deepEqual(
    { ordinal: human[0]!.ordinal, text: human[0]!.mention.text, origin: human[0]!.mention.origin },
    { ordinal: letter.mentions.length, text: 'Нацаренус', origin: 'human' },
  );
  assert.equal(byName.resolution.links.get(humanKey), 'p-nazarenus', 'the entity with that name');
  assert.equal(entityIn(byName.resolution, 'p-nazarenus').aliases.length, 2);

  const named = applyEdits(resolution(), sources, [edit('accept', { mention: anchorMention(letter, span), type: 'person', entity: anchorOf('p-chicherin') })]);
  assert.equal(named.resolution.links.get(humanKey), 'p-chicherin');

  const there = letter.text.indexOf('Там');
  const fresh = applyEdits(resolution(), sources, [edit('accept', { mention: anchorMention(letter, { start: there, end: there + 3 }), type: 'place' })]);
  const freshId = fresh.resolution.links.get(humanKey)!;
  assert.deepEqual(entityIn(fresh.resolution, freshId), { id: freshId, type: 'place', label: 'Там', aliases: [{ text: 'Там', lang: 'ru', count: 1 }], attributes: {} });

  const rejectedAgain = applyEdits(resolution(), sources, [
    edit('accept', { mention: anchorMention(letter, span), type: 'person' }),
    edit('reject', { mention: anchorMention(letter, span) }),
  ]);
  assert.deepEqual(rejectedAgain.resolution.humanMentions, [], 'a rejected human mention is gone');
  assert.equal(rejectedAgain.resolution.links.has(humanKey), false);
});

test('undo: an undone edit is not applied; an undone undo puts it back', () => {
  const merge = edit('merge', { into: anchorOf('p-kemal-ru'), from: anchorOf('p-kemal-en') });
  const undo = edit('undo', { edit: merge.id });
  const undone = applyEdits(resolution(), sources, [merge, undo]);
  assert.equal(undone.resolution.links.get(keyOf(report, 'Mustafa Kemal')), 'p-kemal-en');
  const redone = applyEdits(resolution(), sources, [merge, undo, edit('undo', { edit: undo.id })]);
  assert.equal(redone.resolution.links.get(keyOf(report, 'Mustafa Kemal')), 'p-kemal-ru');
});

test('an entity whose id changed is found by its type, label and forms', () => {
  const renamedIds = resolution();
  renamedIds.entities = renamedIds.entities.map((entity) => (entity.id === 'p-nazarenus' ? { ...entity, id: 'p-nazarenus-2' } : entity));
  for (const [key, id] of renamedIds.links) if (id === 'p-nazarenus') renamedIds.links.set(key, 'p-nazarenus-2');
  const { resolution: result, orphaned } = applyEdits(renamedIds, sources, [edit('rename', { entity: anchorOf('p-nazarenus'), label: 'С. Нацаренус' })]);
  assert.deepEqual(orphaned, []);
  assert.equal(entityIn(result, 'p-nazarenus-2').label, 'С. Нацаренус');
  const gone = applyEdits(renamedIds, sources, [edit('rename', { entity: { id: 'p-x', type: 'person', label: 'Карахан', forms: ['Карахан'] }, label: 'Лев Карахан' })]);
  assert.match(gone.orphaned[0]!.reason, /person Карахан \(p-x\) is no longer in the corpus/);
});

test('a new version of a file: a quote is found again by its context, and one whose sentence was deleted is orphaned', () => {
  const old = annotated('/corpus/notes.txt', ['Кемаль прибыл в Ангору.', 'Кемаль уехал в Москву.'], [['Кемаль', 'person']]);
  const changed = annotated('/corpus/notes.txt', ['Новое начало.', 'Кемаль прибыл в Ангору.', 'Потом Кемаль был в Карсе.'], [['Кемаль', 'person']]);
  const first = anchorMention(old, { start: 0, end: 6 });
  const second = anchorMention(old, { start: old.text.lastIndexOf('Кемаль'), end: old.text.lastIndexOf('Кемаль') + 6 });
  const index = indexSources([changed]);
  assert.deepEqual(locateMention(first, index)?.span, { start: changed.text.indexOf('Кемаль'), end: changed.text.indexOf('Кемаль') + 6 });
  assert.equal(locateMention(second, index), undefined, 'the same word in another sentence is not the mention');

  const links = new Map(changed.mentions.map((_, k) => [`${changed.id}:${k}`, 'p-kemal']));
  const base: Resolution = { entities: [{ id: 'p-kemal', type: 'person', label: 'Кемаль', aliases: [{ text: 'Кемаль', lang: 'ru', count: 2 }], attributes: {} }], links, documents: [], works: [], claims: [] };
  const keep = edit('reject', { mention: first });
  const lost = edit('reject', { mention: second });
  const { resolution: result, orphaned } = applyEdits(base, [changed], [keep, lost]);
  assert.equal(result.links.has(`${changed.id}:0`), false, 'the first is still rejected');
  assert.equal(result.links.get(`${changed.id}:1`), 'p-kemal');
  assert.deepEqual(orphaned.map((orphan) => orphan.edit.id), [lost.id]);
  assert.match(orphaned[0]!.reason, /"Кемаль" \(…ь прибыл в Ангору\. \[Кемаль\] уехал в Москву\.…\) is no longer in \/corpus\/notes\.txt/);
});

test('real text: edits made on a seed hold when it is annotated and resolved again, and on a changed version of it', async () => {
  await prepareRecognizers();
  const paragraphs = seedParagraphs('001');
  const seed = annotate(sourceOf('/seeds/001.txt', paragraphs));
  const resolved = resolve([seed]);
  const entityOf = (result: Resolution, source: AnnotatedSource, text: string) => {
    const index = source.mentions.findIndex((mention) => mention.text === text);
    assert.ok(index >= 0, `${text} is a mention`);
    return result.entities.find((entity) => entity.id === result.links.get(`${source.id}:${index}`))!;
  };
  const frunze = entityOf(resolved, seed, 'Фрунзе');
  const aralov = entityOf(resolved, seed, 'Аралов');
  const kemal = anchorMention(seed, seed.mentions.find((mention) => mention.text === 'Кемаль')!);
  const edits: Edit[] = [
    edit('merge', { into: anchorEntity(frunze), from: anchorEntity(aralov), label: 'Фрунзе и Аралов' }),
    edit('reject', { mention: kemal }),
  ];
  const check = (source: AnnotatedSource) => {
    const { resolution: result, orphaned } = applyEdits(resolve([source]), [source], edits);
    assert.deepEqual(orphaned, []);
    const joined = entityOf(result, source, 'Аралов');
    assert.equal(joined.id, frunze.id);
    assert.equal(joined.label, 'Фрунзе и Аралов');
    assert.deepEqual(joined.aliases.map((alias) => alias.text).sort(), ['Аралов', 'Фрунзе']);
    const now = locateMention(kemal, indexSources([source]))!.span;
    const index = source.mentions.findIndex((mention) => mention.start === now.start && mention.end === now.end);
    assert.ok(index >= 0 && !result.links.has(`${source.id}:${index}`), 'the rejected Кемаль stays rejected');
  };
  check(annotate(sourceOf('/seeds/001.txt', paragraphs)));
  check(annotate(sourceOf('/seeds/001.txt', ['Предисловие, добавленное позже.', ...paragraphs])));
});
