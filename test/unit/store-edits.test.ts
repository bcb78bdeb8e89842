import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Edit, HumanMention, Mention, Resolution } from '../../src/model.js';
import { openStore } from '../../src/store/open.js';
import { sourceOf } from './store-fixtures.js';
import { eachStore, freshFor, queryDirectly } from '../store-kinds.js';

const source = sourceOf('/archive/note.txt', ['Кемаль писал Чичерину.', 'Нацаренус ответил.']);
const kemal: Mention = { kind: 'person', start: 0, end: 6, text: 'Кемаль', value: { lemma: 'Кемаль' }, confidence: 0.9 };
const missed = source.text.indexOf('Нацаренус');
const added = (ordinal: number): HumanMention => ({
  source: source.id,
  ordinal,
  mention: { kind: 'person', start: missed, end: missed + 9, text: 'Нацаренус', value: { lemma: 'Нацаренус' }, confidence: 1, origin: 'human' },
});

function resolutionWith(human: HumanMention): Resolution {
  return {
    entities: [
      { id: 'p-kemal', type: 'person', label: 'Кемаль', aliases: [{ text: 'Кемаль', lang: 'ru', count: 1 }], attributes: {} },
      { id: 'p-nazarenus', type: 'person', label: 'Нацаренус', aliases: [{ text: 'Нацаренус', lang: 'ru', count: 1 }], attributes: {} },
    ],
    links: new Map([[`${source.id}:0`, 'p-kemal'], [`${source.id}:${human.ordinal}`, 'p-nazarenus']]),
    documents: [],
    works: [],
    claims: [],
    humanMentions: [human],
  };
}

const rename: Edit = { id: 'a1', at: '2026-01-01T10:00:00.000Z', kind: 'rename', payload: { entity: { id: 'p-kemal', type: 'person', label: 'Кемаль', forms: ['Кемаль'] }, label: 'Мустафа Кемаль' }, reason: 'full name' };
const undo: Edit = { id: 'b2', at: '2026-01-01T10:05:00.000Z', kind: 'undo', payload: { edit: 'a1' } };

eachStore((kind) => {
  test('the edit log keeps edits in the order they were made, and refuses to be rewritten', async (t) => {
    const file = await freshFor(t, kind);
    const store = await openStore(file);
    await store.putSource({ ...source, mentions: [kemal], annotator: 'v1' });
    await store.appendEdit(rename, resolutionWith(added(1)));
    await store.appendEdit(undo, resolutionWith(added(1)));
    assert.deepEqual(await store.listEdits(), [rename, undo]);
    await assert.rejects(store.appendEdit({ ...undo, at: '2026-01-02T00:00:00.000Z' }, resolutionWith(added(1))), /unique/i);
    assert.equal((await store.listEdits()).length, 2, 'a refused edit leaves nothing behind');
    await store.close();

    await assert.rejects(queryDirectly(file, `UPDATE edits SET reason = 'other' WHERE id = 'a1'`), /append-only/);
    await assert.rejects(queryDirectly(file, `DELETE FROM edits`), /append-only/);
  });

  test("the researcher's mentions are stored with the resolution, apart from the machine's, and survive re-annotation", async (t) => {
    const store = await openStore(await freshFor(t, kind));
    try {
      await store.putSource({ ...source, mentions: [kemal], annotator: 'v1' });
      await store.putResolution(resolutionWith(added(1)));
      const nazarenus = await store.getEntity('p-nazarenus');
      assert.deepEqual(nazarenus?.mentionList.map((mention) => [mention.text, mention.origin]), [['Нацаренус', 'human']]);
      assert.deepEqual((await store.getAnnotatedSource(source.id))!.mentions, [kemal], 'resolution reads only the machine mentions');

      // New recognizers find more mentions than before: the human one is numbered after them again.
      const chicherin: Mention = { kind: 'person', start: 13, end: 21, text: 'Чичерину', value: { lemma: 'Чичерин' }, confidence: 0.9 };
      await store.replaceMentions(source.id, [kemal, chicherin], 'v2');
      await store.putResolution(resolutionWith(added(2)));
      assert.deepEqual((await store.getAnnotatedSource(source.id))!.mentions, [kemal, chicherin]);
      assert.equal((await store.getEntity('p-nazarenus'))?.mentions, 1);
      assert.equal((await store.getEntity('p-kemal'))?.mentionList[0]?.origin, 'machine');
    } finally {
      await store.close();
    }
  });
});
