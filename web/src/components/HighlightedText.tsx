import type { Span } from '../types';

/**
 * Text with some stretches marked. Built from text nodes and <mark> elements only, so that
 * nothing in a document's text can ever become markup.
 */
export function HighlightedText({ text, highlights, markClass }: { text: string; highlights: readonly Span[]; markClass?: string }) {
  const ordered = [...highlights].filter((span) => span.end > span.start).sort((a, b) => a.start - b.start);
  const pieces = [];
  let at = 0;
  for (const { start, end } of ordered) {
    const from = Math.max(start, at);
    if (end <= from) continue;
    if (from > at) pieces.push(text.slice(at, from));
    pieces.push(
      <mark key={from} class={markClass}>
        {text.slice(from, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return <>{pieces}</>;
}
