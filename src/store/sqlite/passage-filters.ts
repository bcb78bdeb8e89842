/**
 * Which passages a search's filters keep (of a language, of a source, that mention a kind of
 * entity or a date inside a window), as one byte per passage id: 1 kept, 0 not. A search tests a
 * match with `substr(@flags, rowid + 1, 1) = x'01'` before ranking it, instead of looking up the
 * passage and its mentions for every match, which cost several times the ranking on common words.
 *
 * Each set is read once and kept until the store's revision changes (any write, by this
 * connection or another process), as passages and mentions change with ingest and edits.
 */
import type Database from 'better-sqlite3';
import type { EntityType, Lang } from '../../model.js';
import { JOIN_PASSAGE_OF_MENTION } from './mention-passage.js';

/** Sets kept at once: one per language and kind, a few date windows, sources and their combinations. */
const SETS_KEPT = 32;

/** The filters a set is made for; dates are whole days (`1921-01-01`). */
export interface PassageFilter {
  lang?: Lang;
  sourceId?: string;
  kind?: EntityType;
  from?: string;
  to?: string;
}

/** The passages of the mentions `m` a condition keeps. */
const PASSAGES_OF_MENTIONS = `SELECT DISTINCT p.id FROM mentions m ${JOIN_PASSAGE_OF_MENTION}`;

export class PassageFilters {
  private readonly sets = new Map<string, Buffer>();
  private revision: string | undefined;
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      lastPassageId: db.prepare(`SELECT coalesce(max(id), 0) FROM passages`).pluck(),
      inLanguage: db.prepare(`SELECT id FROM passages WHERE lang = ?`).pluck(),
      ofSource: db.prepare(`SELECT id FROM passages WHERE source_id = ?`).pluck(),
      ofKind: db.prepare(`${PASSAGES_OF_MENTIONS} WHERE m.kind = ?`).pluck(),
      datedFrom: db.prepare(`${PASSAGES_OF_MENTIONS} WHERE m.kind = 'date' AND m.date_min >= @from`).pluck(),
      datedTo: db.prepare(`${PASSAGES_OF_MENTIONS} WHERE m.kind = 'date' AND m.date_max <= @to`).pluck(),
      datedWithin: db.prepare(`${PASSAGES_OF_MENTIONS} WHERE m.kind = 'date' AND m.date_min >= @from AND m.date_max <= @to`).pluck(),
    };
  }

  /** The flags of the passages `filter` keeps, as of `revision`; undefined when it filters nothing. */
  flags(filter: PassageFilter, revision: string): Buffer | undefined {
    if (revision !== this.revision) {
      this.sets.clear();
      this.revision = revision;
    }
    const { lang, sourceId, kind, from, to } = filter;
    const s = this.statements;
    const parts: Array<readonly [key: string, ids: () => Iterable<unknown>]> = [
      ...(lang !== undefined ? [[`lang ${lang}`, () => s.inLanguage.iterate(lang)] as const] : []),
      ...(sourceId !== undefined ? [[`source ${sourceId}`, () => s.ofSource.iterate(sourceId)] as const] : []),
      ...(kind !== undefined ? [[`kind ${kind}`, () => s.ofKind.iterate(kind)] as const] : []),
      ...(from !== undefined || to !== undefined ? [[`dates ${from ?? ''}/${to ?? ''}`, () => this.datedPassages(filter)] as const] : []),
    ];
    if (parts.length <= 1) return parts.length === 0 ? undefined : this.set(...parts[0]!);
    return this.set(parts.map(([key]) => key).join(' & '), () => keptByAll(parts.map((part) => this.set(...part))));
  }

  private datedPassages({ from, to }: PassageFilter): Iterable<unknown> {
    const s = this.statements;
    if (from !== undefined && to !== undefined) return s.datedWithin.iterate({ from, to });
    return from !== undefined ? s.datedFrom.iterate({ from }) : s.datedTo.iterate({ to });
  }

  /** The set under `key`, made from passage ids when it is not kept yet; the least recently used goes when too many are. */
  private set(key: string, ids: () => Iterable<unknown>): Buffer {
    let flags = this.sets.get(key);
    if (flags !== undefined) {
      this.sets.delete(key);
    } else {
      flags = Buffer.alloc((this.statements.lastPassageId.get() as number) + 1);
      for (const id of ids()) flags[id as number] = 1;
      if (this.sets.size >= SETS_KEPT) this.sets.delete(this.sets.keys().next().value!);
    }
    this.sets.set(key, flags);
    return flags;
  }
}

/** The passage ids every set keeps. */
function keptByAll(sets: readonly Buffer[]): number[] {
  const ids: number[] = [];
  const length = Math.min(...sets.map((set) => set.length));
  for (let id = 0; id < length; id++) if (sets.every((set) => set[id] === 1)) ids.push(id);
  return ids;
}
