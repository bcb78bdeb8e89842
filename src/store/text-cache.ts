/**
 * Source texts kept in memory, most recently used first, up to a budget of characters.
 * Snippets, sentences and reader windows are slices of a source's text: SQLite reads a whole
 * text value to take any substring of it, so without this each slice costs the whole text.
 * A source's id is the hash of its text, so a text kept under an id never goes stale.
 */
export class SourceTextCache {
  private readonly texts = new Map<string, string>();
  private characters = 0;

  /** Texts longer than a quarter of the budget are read each time rather than evict most of the others. */
  constructor(private readonly budget: number) {}

  has(sourceId: string): boolean {
    return this.texts.has(sourceId);
  }

  get(sourceId: string, read: (sourceId: string) => string): string {
    const cached = this.texts.get(sourceId);
    if (cached !== undefined) {
      // Map order is insertion order: re-inserting marks it most recently used.
      this.texts.delete(sourceId);
      this.texts.set(sourceId, cached);
      return cached;
    }
    const text = read(sourceId);
    if (text.length > this.budget / 4) return text;
    this.texts.set(sourceId, text);
    this.characters += text.length;
    for (const [id, oldest] of this.texts) {
      if (this.characters <= this.budget) break;
      this.texts.delete(id);
      this.characters -= oldest.length;
    }
    return text;
  }
}
