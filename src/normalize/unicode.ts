/**
 * Unicode clean-up: NFC, one kind of space, no invisible characters, '\n' line ends.
 * Typographic quotes and dashes are kept: they carry meaning (« » mark quotations,
 * – marks ranges) that later stages use.
 */
import { applyStep, rewrite, MappedTextBuilder, OffsetMap, type MappedText } from './offset-map.js';

/**
 * Characters to clean: no-break, figure, thin, hair, ideographic… spaces (become ' ');
 * soft hyphen, zero-width characters, word joiner, byte-order mark and C0 controls
 * other than \t \n \f (removed); CR and the Unicode line and paragraph separators.
 * One character class, so that clean text is scanned once and left as it is.
 */
const CLEANUP = /[\r\u00A0\u1680\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF\u00AD\u0000-\u0008\u000B\u000E-\u001F\u007F]+/g;

export function normalizeUnicode(text: string): MappedText {
  const composed = composeNfc(text);
  return applyStep(composed, (nfc) => rewrite(nfc, CLEANUP, (m) => [cleanRun(m[0], m.input[m.index + m[0].length])]));
}

/** What a run of characters to clean becomes; `after` is the character that follows it. */
function cleanRun(run: string, after: string | undefined): string {
  let out = '';
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i);
    if (code === 0x0d) {
      // CR LF and lone CR both end a line: the LF, if any, follows the run or the CR.
      const next = i + 1 < run.length ? run[i + 1] : after;
      if (next !== '\n') out += '\n';
    } else if (code === 0x2028) out += '\n';
    else if (code === 0x2029) out += '\n\n';
    else if (isOddSpace(code)) out += ' ';
  }
  return out;
}

function isOddSpace(code: number): boolean {
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
}

/** A base character and the combining marks after it: the unit NFC recomposes. */
const CLUSTER = /\P{M}\p{M}+|\p{M}+/gu;

/**
 * NFC with an offset map. Most text is already NFC, which one native check tells;
 * otherwise only the lines that change are rewritten, cluster by cluster.
 */
function composeNfc(text: string): MappedText {
  if (text.normalize('NFC') === text) return { text, map: OffsetMap.identity(text.length) };
  const builder = new MappedTextBuilder(text);
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    const line = text.slice(lineStart, lineEnd);
    const nfc = line.normalize('NFC');
    if (nfc === line) builder.copy(lineStart, lineEnd);
    else composeLine(builder, text, lineStart, lineEnd, nfc);
    lineStart = lineEnd;
  }
  return builder.build();
}

/** Appends text[start, end) made NFC: unchanged stretches copied, recomposed clusters inserted where they were. */
function composeLine(builder: MappedTextBuilder, text: string, start: number, end: number, nfc: string): void {
  const clusters: { at: number; length: number; composed: string }[] = [];
  let composedText = '';
  let last = start;
  CLUSTER.lastIndex = start;
  for (let m = CLUSTER.exec(text); m !== null && m.index < end; m = CLUSTER.exec(text)) {
    const composed = m[0].normalize('NFC');
    if (composed === m[0]) continue;
    clusters.push({ at: m.index, length: m[0].length, composed });
    composedText += text.slice(last, m.index) + composed;
    last = m.index + m[0].length;
  }
  composedText += text.slice(last, end);
  if (composedText !== nfc) {
    // Compositions across clusters (Hangul jamo, say): the whole line is replaced.
    builder.insert(nfc, start);
    return;
  }
  last = start;
  for (const { at, length, composed } of clusters) {
    builder.copy(last, at).insert(composed, at);
    last = at + length;
  }
  builder.copy(last, end);
}
