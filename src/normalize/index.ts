/**
 * normalize: RawDocument → NormalizedText. Steps, in order, each in its own file and
 * each composing its offset map onto the previous one:
 *   1. unicode     NFC, spaces, invisible characters, line ends: every later pattern sees one form;
 *   2. furniture   running heads and page numbers, while lines are still the page's lines
 *                  (plain and markdown text; HTML has no page lines);
 *   3. markup      HTML or markdown to blocks of plain text with kinds;
 *   4. reflow      lines to paragraphs, with dehyphenation at joins; lexicons are loaded
 *                  between its planning and writing passes, only if a hyphen needs them;
 *   5. footnotes   plain-text footnote markers, once paragraphs are whole.
 */
import type { NormalizedText, RawDocument } from '../model.js';
import { paragraphsOf, type BlockText } from './blocks.js';
import { loadDehyphenator } from './dehyphenate.js';
import { markFootnotes } from './footnotes.js';
import { removeFurniture } from './furniture.js';
import { stripHtml } from './markup-html.js';
import { stripMarkdown } from './markup-markdown.js';
import { applyStep, OffsetMap, type MappedText } from './offset-map.js';
import { planParagraphs, renderParagraphs } from './reflow.js';
import { normalizeUnicode } from './unicode.js';

export async function normalize(raw: RawDocument): Promise<NormalizedText> {
  let mapped: MappedText = { text: raw.text, map: OffsetMap.identity(raw.text.length) };
  mapped = applyStep(mapped, normalizeUnicode);
  if (raw.markup !== 'html') mapped = applyStep(mapped, removeFurniture);
  let blocks: BlockText | undefined;
  if (raw.markup === 'html') mapped = blocks = applyStep(mapped, stripHtml);
  else if (raw.markup === 'markdown') mapped = blocks = applyStep(mapped, stripMarkdown);
  const plan = planParagraphs(mapped.text, blocks);
  const dehyphenator = await loadDehyphenator(plan.breaks, mapped.text);
  const reflowed = applyStep(mapped, (text) => renderParagraphs(text, plan, dehyphenator));
  const paragraphs = applyStep(reflowed, (text) => markFootnotes(text, reflowed.kinds));
  return { text: paragraphs.text, paragraphs: paragraphsOf(paragraphs), map: paragraphs.map };
}
