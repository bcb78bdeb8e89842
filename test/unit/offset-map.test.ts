import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OffsetMap, applyStep, rewrite } from '../../src/normalize/offset-map.js';

test('composed rewrites map every kept character back to its original offset', () => {
  const source = 'ab**cd**ef\n\ngh';
  let mapped = { text: source, map: OffsetMap.identity(source.length) };
  mapped = applyStep(mapped, (s) => rewrite(s, /\*\*([^*]+)\*\*/g, (m) => [{ copy: [m.index + 2, m.index + 2 + m[1]!.length] }]));
  mapped = applyStep(mapped, (s) => rewrite(s, /\n\n/g, () => [' | ']));
  assert.equal(mapped.text, 'abcdef | gh');
  for (let i = 0; i < mapped.text.length; i++) {
    const ch = mapped.text[i]!;
    if (ch === ' ' || ch === '|') continue;
    assert.equal(source[mapped.map.toOriginal(i)], ch, `character ${i}`);
  }
  assert.deepEqual(mapped.map.spanToOriginal(2, 4), { start: 4, end: 6 });
  assert.equal(mapped.map.toOriginal(mapped.text.length), source.length);
});

test('a map survives its JSON form and rejects malformed JSON', () => {
  const { map } = rewrite('x--y', /--/g, () => ['—']);
  const back = OffsetMap.fromJSON(JSON.parse(JSON.stringify(map)));
  assert.equal(back.toOriginal(2), 3);
  assert.throws(() => OffsetMap.fromJSON({ length: 3, segments: [0, 1] }), /malformed/);
});
