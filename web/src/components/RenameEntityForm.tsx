import { useState } from 'preact/hooks';
import type { EntityDetails } from '../types';
import { CurationForm } from './CurationForm';

/** Renames the entity: its label, not its mentions. */
export function RenameEntityForm({ details }: { details: EntityDetails }) {
  const [label, setLabel] = useState('');
  return (
    <details class="curation-action">
      <summary>Rename</summary>
      <CurationForm action="Rename" testId="rename-form" buildEdit={(reason) => (label.trim() && label.trim() !== details.label ? { kind: 'rename', entity: details.id, label: label.trim(), ...(reason ? { reason } : {}) } : null)} onDone={() => setLabel('')}>
        <label class="field">
          <span>New label</span>
          <input type="text" value={label} onInput={(event) => setLabel(event.currentTarget.value)} placeholder={details.label} />
        </label>
      </CurationForm>
    </details>
  );
}
