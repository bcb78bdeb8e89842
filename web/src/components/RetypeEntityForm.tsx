import { useState } from 'preact/hooks';
import { ENTITY_KINDS, KIND_NAMES } from '../mentions';
import type { EntityDetails, EntityKind } from '../types';
import { CurationForm } from './CurationForm';

/** Changes what kind of entity it is (a person, a place, an organisation). */
export function RetypeEntityForm({ details }: { details: EntityDetails }) {
  const [type, setType] = useState<EntityKind>(details.type);
  return (
    <details class="curation-action">
      <summary>Change kind</summary>
      <CurationForm action="Change kind" testId="retype-form" buildEdit={(reason) => (type !== details.type ? { kind: 'retype', entity: details.id, type, ...(reason ? { reason } : {}) } : null)}>
        <label class="field">
          <span>This is a</span>
          <select value={type} onChange={(event) => setType(event.currentTarget.value as EntityKind)}>
            {ENTITY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_NAMES[kind]}
              </option>
            ))}
          </select>
        </label>
      </CurationForm>
    </details>
  );
}
