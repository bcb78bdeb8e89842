import { useState } from 'preact/hooks';
import type { EntityDetails, EntitySummary } from '../types';
import { CurationForm } from './CurationForm';
import { EntityPicker } from './EntityPicker';

/** Merges another entity, picked by name, into this one: its mentions and names join. */
export function MergeEntityForm({ details }: { details: EntityDetails }) {
  const [other, setOther] = useState<EntitySummary | null>(null);
  return (
    <details class="curation-action" data-testid="merge-action">
      <summary>Merge another entity into this one</summary>
      <CurationForm action="Merge into this entity" testId="merge-form" buildEdit={(reason) => (other ? { kind: 'merge', into: details.id, from: other.id, ...(reason ? { reason } : {}) } : null)} onDone={() => setOther(null)}>
        <EntityPicker label="The entity to merge in (found by any of its names)" picked={other} onPick={setOther} excludeId={details.id} />
      </CurationForm>
    </details>
  );
}
