/**
 * Plain-text footnotes. A paragraph that opens with a number and then a capitalized
 * text (`1 Enver pasha is…`) is a footnote when the same number stands earlier as a
 * lone marker right after a word (`Enver 1 is`, `Enver1 is`, `Enver¹ is`): the marker
 * is dropped, the paragraph becomes a 'footnote' without its number. Numbers that are
 * data (`in 1915`, `200 тыс.`, `S.358`) do not have that shape, or have no footnote to
 * match, and are left alone.
 */
import type { ParagraphKind } from '../model.js';
import { paragraphsOf, type ParagraphText } from './blocks.js';
import { MappedTextBuilder, OffsetMap } from './offset-map.js';

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A footnote's opening number: plain digits before a capital, or superscript digits. */
const FOOTNOTE_START = /^(?:(\d{1,3})[.)]?[ \t]+(?=["«“„]?\p{Lu})|([⁰¹²³⁴-⁹]{1,3})[ \t]*(?=\S))/u;

interface Removal {
  start: number;
  end: number;
}

export function markFootnotes(text: string, paragraphKinds: ParagraphKind[]): ParagraphText {
  const paragraphs = paragraphsOf({ text, kinds: paragraphKinds });
  const kinds = [...paragraphKinds];
  const removals: Removal[] = [];
  const usedMarkers = new Set<number>();
  const markerShapes = new Map<string, RegExp>();
  paragraphs.forEach((paragraph, i) => {
    if (paragraph.kind !== 'body' || i === 0) return;
    const opening = FOOTNOTE_START.exec(text.slice(paragraph.start, paragraph.start + 12));
    if (!opening) return;
    const number = opening[1] ?? fromSuperscript(opening[2]!);
    for (let k = i - 1; k >= 0; k--) {
      const before = paragraphs[k]!;
      if (before.kind === 'footnote') continue;
      const marker = lastMarker(text, before.start, before.end, number, markerShapes);
      if (!marker || usedMarkers.has(marker.start)) continue;
      usedMarkers.add(marker.start);
      removals.push(marker, { start: paragraph.start, end: paragraph.start + opening[0].length });
      kinds[i] = 'footnote';
      return;
    }
  });
  if (removals.length === 0) return { text, map: OffsetMap.identity(text.length), kinds };
  removals.sort((a, b) => a.start - b.start);
  const builder = new MappedTextBuilder(text);
  let last = 0;
  for (const { start, end } of removals) {
    builder.copy(last, start);
    last = end;
  }
  builder.copy(last, text.length);
  return { ...builder.build(), kinds };
}

function fromSuperscript(digits: string): string {
  return [...digits].map((digit) => String(SUPERSCRIPT_DIGITS.indexOf(digit))).join('');
}

/** The last place in text[start, end) where the footnote number stands as a marker. */
function lastMarker(text: string, start: number, end: number, number: string, shapesByNumber: Map<string, RegExp>): Removal | undefined {
  const paragraph = text.slice(start, end);
  const superscript = [...number].map((digit) => SUPERSCRIPT_DIGITS[Number(digit)]).join('');
  if (!paragraph.includes(number) && !paragraph.includes(superscript)) return undefined;
  let shapes = shapesByNumber.get(number);
  if (!shapes) {
    // Each shape starts with a literal character, so the search can skip ahead to it.
    shapes = new RegExp(
      [
        // Glued to a word, or to the punctuation after a word: `Enver1 is`, `tale.1`.
        `${number}(?<=(?:\\p{L}{2}|\\p{Ll}[.,;:!?»”"’)])${number})(?![\\p{N}\\p{L}])`,
        // After a word and a space, before a lower-case word or punctuation: `Enver 1 is`.
        ` ${number}(?<=\\p{L}{2} ${number})(?=\\s+\\p{Ll}|[.,;:!?)»”"’]|$)`,
        `${superscript}(?<=\\S${superscript})(?![${SUPERSCRIPT_DIGITS}])`,
      ].join('|'),
      'gu',
    );
    shapesByNumber.set(number, shapes);
  }
  let found: Removal | undefined;
  for (const m of paragraph.matchAll(shapes)) found = { start: start + m.index, end: start + m.index + m[0].length };
  return found;
}
