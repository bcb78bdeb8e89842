import { useState } from 'preact/hooks';
import { getJson } from '../api';
import { useDebounced } from '../debounce';
import { useLoad } from '../load';
import { KIND_NAMES } from '../mentions';
import type { EntitySummary } from '../types';

interface EntityPickerProps {
  label: string;
  picked: EntitySummary | null;
  onPick: (entity: EntitySummary | null) => void;
  /** An entity that may not be picked (the page's own). */
  excludeId?: string;
}

/** Finds an entity by any of its names, in any script, and picks one. */
export function EntityPicker({ label, picked, onPick, excludeId }: EntityPickerProps) {
  const [name, setName] = useState('');
  const query = useDebounced(name.trim(), 250);
  const found = useLoad(
    (signal) => (query ? getJson<EntitySummary[]>('/api/entities', { q: query, limit: 10 }, signal) : Promise.resolve([])),
    [query],
  );
  const candidates = (found.data ?? []).filter((entity) => entity.id !== excludeId);

  if (picked) {
    return (
      <div class="field picked-entity">
        <span>{label}</span>
        <p>
          <strong>{picked.label}</strong> ({KIND_NAMES[picked.type]}, {picked.mentions} mentions: {picked.aliases.slice(0, 5).map((alias) => alias.text).join(', ')}){' '}
          <button type="button" class="link-button" onClick={() => onPick(null)}>
            choose another
          </button>
        </p>
      </div>
    );
  }
  return (
    <div class="field entity-picker">
      <label>
        <span>{label}</span>
        <input type="search" value={name} onInput={(event) => setName(event.currentTarget.value)} placeholder="a name in any script: Чичерин, Chicherin" />
      </label>
      {query && found.state === 'loaded' && candidates.length === 0 && <p class="hint">No entity has that name.</p>}
      {found.state === 'failed' && <p class="hint error-text">{found.error.message}</p>}
      {candidates.length > 0 && (
        <ul class="picker-results">
          {candidates.map((entity) => (
            <li key={entity.id}>
              <button type="button" onClick={() => onPick(entity)}>
                <strong>{entity.label}</strong> <span class={`kind-tag kind-${entity.type}`}>{KIND_NAMES[entity.type]}</span>{' '}
                <span class="muted">
                  {entity.mentions} mentions · {entity.aliases.slice(0, 4).map((alias) => alias.text).join(', ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
