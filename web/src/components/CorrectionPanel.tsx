import { useState } from 'preact/hooks';
import { ENTITY_KINDS, KIND_NAMES } from '../mentions';
import { href } from '../router';
import type { EntityKind, EntitySummary, ReaderMention } from '../types';
import { CurationForm } from './CurationForm';
import { EntityPicker } from './EntityPicker';

export interface TextChoice {
  start: number;
  end: number;
  text: string;
}

interface CorrectionPanelProps {
  sourceId: string;
  /** The stretch of text selected (absolute offsets), if any. */
  choice: TextChoice | null;
  /** The name mentions the choice overlaps. */
  overlapping: readonly ReaderMention[];
  onClear: () => void;
}

/**
 * Corrections of the mentions in a source: a name the recognizers missed is added from a text
 * selection (accept), a name they saw wrongly is taken away (reject).
 */
export function CorrectionPanel({ sourceId, choice, overlapping, onClear }: CorrectionPanelProps) {
  const [kind, setKind] = useState<EntityKind>('person');
  const [entity, setEntity] = useState<EntitySummary | null>(null);

  if (!choice) {
    return (
      <aside class="correction-panel" data-testid="correction-panel">
        <h2>Correct the names</h2>
        <p class="muted">
          Select a word or phrase in the text to mark it as a person, place or organisation the recognizers missed. To remove a wrong name, point at it and choose
          “Correct…”.
        </p>
      </aside>
    );
  }
  const alreadyAName = overlapping.some((mention) => mention.start === choice.start && mention.end === choice.end);
  return (
    <aside class="correction-panel" data-testid="correction-panel">
      <h2>Correct the names</h2>
      <p>
        Selected: <q class="selected-text">{choice.text}</q>{' '}
        <button type="button" class="link-button" onClick={onClear}>
          clear
        </button>
      </p>
      {overlapping.map((mention) => (
        <section key={`${mention.start}-${mention.end}`} class="panel-section">
          <h3>
            “{mention.text}” is marked as {KIND_NAMES[mention.kind].toLowerCase()}
            {mention.entity && (
              <>
                {' '}
                of <a href={href('entity', mention.entity.id)}>{mention.entity.label}</a>
              </>
            )}
          </h3>
          <CurationForm action="Reject: not a name" testId="reject-form" buildEdit={(reason) => ({ kind: 'reject', source: sourceId, start: mention.start, end: mention.end, ...(reason ? { reason } : {}) })} onDone={onClear} />
        </section>
      ))}
      {!alreadyAName && (
        <section class="panel-section">
          <h3>Add “{choice.text}” as a name</h3>
          <CurationForm
            action="Add this name"
            testId="accept-form"
            onDone={onClear}
            buildEdit={(reason) => ({
              kind: 'accept',
              source: sourceId,
              start: choice.start,
              end: choice.end,
              type: entity?.type ?? kind,
              ...(entity ? { entity: entity.id } : {}),
              ...(reason ? { reason } : {}),
            })}
          >
            <label class="field">
              <span>Kind</span>
              <select value={entity?.type ?? kind} disabled={entity !== null} onChange={(event) => setKind(event.currentTarget.value as EntityKind)}>
                {ENTITY_KINDS.map((option) => (
                  <option key={option} value={option}>
                    {KIND_NAMES[option]}
                  </option>
                ))}
              </select>
            </label>
            <EntityPicker label="Of an existing entity (optional; otherwise a new one)" picked={entity} onPick={setEntity} />
          </CurationForm>
        </section>
      )}
    </aside>
  );
}
