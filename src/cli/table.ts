/** Plain-text tables for the terminal, sized to their content (wide characters counted as one column). */
export function formatTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The sentence cut to `width` characters around the mention. */
export function sentenceAround(entry: { sentence: string; sentenceStart: number }, width: number): string {
  const { sentence, sentenceStart } = entry;
  if (sentence.length <= width) return sentence;
  const from = Math.max(0, Math.min(sentenceStart - Math.floor(width / 3), sentence.length - width));
  return `${from > 0 ? '…' : ''}${sentence.slice(from, from + width).trim()}${from + width < sentence.length ? '…' : ''}`;
}
