import { useState } from 'preact/hooks';
import type { EntityDetails } from '../types';
import { CurationForm } from './CurationForm';

/** Splits the mentions written in the checked forms off into a new entity. */
export function SplitEntityForm({ details }: { details: EntityDetails }) {
  const [forms, setForms] = useState<ReadonlySet<string>>(new Set());
  const [label, setLabel] = useState('');
  const toggle = (text: string) =>
    setForms((current) => {
      const next = new Set(current);
      if (!next.delete(text)) next.add(text);
      return next;
    });
  const valid = forms.size > 0 && forms.size < details.aliases.length;
  return (
    <details class="curation-action">
      <summary>Split off some names as another entity</summary>
      <CurationForm
        action="Split off the checked names"
        testId="split-form"
        buildEdit={(reason) => (valid ? { kind: 'split', entity: details.id, forms: [...forms], ...(label.trim() ? { label: label.trim() } : {}), ...(reason ? { reason } : {}) } : null)}
        onDone={() => setForms(new Set())}
      >
        <fieldset class="split-forms">
          <legend>Mentions written so leave for a new entity</legend>
          {details.aliases.map((alias) => (
            <label key={alias.text} class="checkbox">
              <input type="checkbox" checked={forms.has(alias.text)} onChange={() => toggle(alias.text)} /> {alias.text} <span class="muted">×{alias.count}</span>
            </label>
          ))}
        </fieldset>
        <label class="field">
          <span>Label of the new entity (optional)</span>
          <input type="text" value={label} onInput={(event) => setLabel(event.currentTarget.value)} />
        </label>
      </CurationForm>
    </details>
  );
}
