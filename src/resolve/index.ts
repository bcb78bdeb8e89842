/**
 * The resolve stage: name mentions of every source → entities, one per real thing.
 * Baseline: mentions with the same type and lemma are one entity.
 */
import { createHash } from 'node:crypto';
import type { AnnotatedSource, Entity, EntityType, NameMention, Resolution } from '../model.js';

export function resolve(sources: readonly AnnotatedSource[]): Resolution {
  const entities = new Map<string, Entity>();
  const links = new Map<string, string>();
  for (const source of sources) {
    source.mentions.forEach((mention, index) => {
      if (!isNameMention(mention)) return;
      const id = entityId(mention.kind, mention.value.lemma);
      let entity = entities.get(id);
      if (!entity) {
        entity = { id, type: mention.kind, label: mention.value.lemma, aliases: [], attributes: {} };
        entities.set(id, entity);
      }
      const lang = source.passages.find((p) => p.start <= mention.start && mention.start < p.end)?.lang ?? 'und';
      const alias = entity.aliases.find((a) => a.text === mention.text && a.lang === lang);
      if (alias) alias.count += 1;
      else entity.aliases.push({ text: mention.text, lang, count: 1 });
      links.set(`${source.id}:${index}`, id);
    });
  }
  return { entities: [...entities.values()], links };
}

function isNameMention(mention: AnnotatedSource['mentions'][number]): mention is NameMention {
  return mention.kind === 'person' || mention.kind === 'place' || mention.kind === 'org';
}

/** Stable across runs: derived from what the entity is, not from the order it was met in. */
function entityId(type: EntityType, key: string): string {
  return `${type[0]}-${createHash('sha256').update(`${type}\u0000${key}`).digest('hex').slice(0, 12)}`;
}
