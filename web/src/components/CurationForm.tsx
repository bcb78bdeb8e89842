import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { postEdit } from '../api';
import { href } from '../router';
import type { EditRequest, EditResult } from '../types';
import { Notice } from './Notice';

interface CurationFormProps {
  /** What the form does, as its heading and button label. */
  action: string;
  /** The edit to send, from the reason typed (absent when left blank); null when the form is not filled in enough. */
  buildEdit: (reason: string | undefined) => EditRequest | null;
  /** After the edit applied. */
  onDone?: (result: EditResult) => void;
  children?: ComponentChildren;
  testId?: string;
}

/**
 * One correction: its own fields, an optional reason, and the sending of the edit. Every edit makes
 * the server rebuild the knowledge base, which takes a moment: the button stays disabled meanwhile.
 */
export function CurationForm({ action, buildEdit, onDone, children, testId }: CurationFormProps) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ result: EditResult } | { error: string } | null>(null);
  const edit = buildEdit(reason.trim() || undefined);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!edit || busy) return;
    setBusy(true);
    setOutcome(null);
    try {
      const result = await postEdit(edit);
      setOutcome({ result });
      setReason('');
      onDone?.(result);
    } catch (error) {
      setOutcome({ error: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="curation-form" onSubmit={submit} data-testid={testId}>
      {children}
      <label class="field">
        <span>Reason (optional, kept in the log)</span>
        <input type="text" value={reason} onInput={(event) => setReason(event.currentTarget.value)} placeholder="e.g. the same man, see the index of the collection" />
      </label>
      <button type="submit" disabled={!edit || busy}>
        {busy ? 'Applying… (the knowledge base is rebuilt)' : action}
      </button>
      {outcome && 'error' in outcome && <Notice tone="error">Not applied: {outcome.error}</Notice>}
      {outcome && 'result' in outcome && (
        <Notice tone="success">
          Applied: {outcome.result.edit.description}.{' '}
          {outcome.result.entities.map((entity) => (
            <a key={entity.id} class="entity-chip" href={href('entity', entity.id)}>
              {entity.label}
            </a>
          ))}
        </Notice>
      )}
    </form>
  );
}
