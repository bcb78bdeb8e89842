/**
 * Bibliography sections: a heading (`Bibliography`, `Список литературы`, `Kaynakça`, numbered
 * or not) and the paragraphs after it, up to the next heading that is not one too, or a
 * paragraph too long to be an entry.
 */
import type { Passage } from '../../model.js';
import { words } from './words.js';

/** A heading is short; an entry this long is running text, and the section has ended. */
const HEADING_LENGTH = 60;
const ENTRY_LENGTH = 700;

function isBibliographyHeading(text: string, passage: Passage): boolean {
  if (passage.end - passage.start > HEADING_LENGTH) return false;
  const heading = text
    .slice(passage.start, passage.end)
    .toLowerCase()
    // `### Bibliography`, `5. References`, `IV. Литература`
    .replace(/^[\s#*]*(?:(?:\d+|[ivxlc]+)[.)]?\s+)?/u, '')
    .replace(/[\s:.]+$/u, '')
    .replace(/\s+/gu, ' ');
  return words.headings.has(heading);
}

/** Indexes of the passages that are entries of a bibliography. */
export function bibliographyPassages(text: string, passages: readonly Passage[]): Set<number> {
  const entries = new Set<number>();
  let inSection = false;
  passages.forEach((passage, index) => {
    if (isBibliographyHeading(text, passage)) {
      inSection = true;
      return;
    }
    if (passage.kind === 'heading' || passage.end - passage.start > ENTRY_LENGTH) inSection = false;
    if (inSection) entries.add(index);
  });
  return entries;
}
