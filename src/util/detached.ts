/**
 * A copy of `text` that shares no memory with the string it was sliced from. V8 keeps a
 * long slice as a view of its parent, so a short title or word kept for long would keep
 * a whole document alive.
 */
export function detached(text: string): string {
  return text.length > 12 ? Buffer.from(text, 'utf16le').toString('utf16le') : text;
}
