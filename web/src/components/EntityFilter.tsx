import { getJson } from '../api';
import { useLoad } from '../load';
import type { EntitySummary } from '../types';
import { EntityPicker } from './EntityPicker';
import { Notice } from './Notice';

/** A filter by one entity, kept as its id (in the URL): shown by name once loaded, picked by any of its names. */
export function EntityFilter({ label, entityId, onChange }: { label: string; entityId: string; onChange: (entityId: string) => void }) {
  const picked = useLoad((signal) => (entityId ? getJson<EntitySummary>(`/api/entities/${encodeURIComponent(entityId)}`, { limit: 1 }, signal) : Promise.resolve(null)), [entityId]);
  if (entityId && picked.state === 'failed') {
    return (
      <Notice tone="error">
        The entity {entityId} cannot be shown: {picked.error.message}{' '}
        <button type="button" class="link-button" onClick={() => onChange('')}>
          remove this filter
        </button>
      </Notice>
    );
  }
  // The earlier entity stays in `data` while the next loads: show only the one asked for.
  const shown = picked.data?.id === entityId ? picked.data : null;
  if (entityId && !shown) return <p class="field muted">Loading the entity filter…</p>;
  return <EntityPicker label={label} picked={shown} onPick={(entity) => onChange(entity?.id ?? '')} />;
}
