import { useState } from 'preact/hooks';
import { getJson, postEdit } from '../api';
import { Notice } from '../components/Notice';
import { formatDateTime } from '../format';
import { useLoad } from '../load';
import type { Edit } from '../types';

/** The corrections log: every edit in order, with a way to take one back. */
export function EditsView() {
  const edits = useLoad((signal) => getJson<Edit[]>('/api/edits', {}, signal), []);
  const [undoing, setUndoing] = useState<string | null>(null);
  const [undoError, setUndoError] = useState<string | null>(null);

  const undo = async (edit: Edit) => {
    setUndoing(edit.id);
    setUndoError(null);
    try {
      await postEdit({ kind: 'undo', edit: edit.id });
    } catch (error) {
      setUndoError(`Could not undo “${edit.description}”: ${(error as Error).message}`);
    } finally {
      setUndoing(null);
    }
  };

  return (
    <section class="edits-view">
      <h1>Corrections</h1>
      <p>
        Every correction made here, in the reader or with the <code>dossier</code> commands, oldest first. They are applied again after every ingest. Undoing a correction is
        itself a correction, kept in the log.
      </p>
      {undoError && <Notice tone="error">{undoError}</Notice>}
      {edits.state === 'failed' && <Notice tone="error">The corrections cannot be listed: {edits.error.message}</Notice>}
      {!edits.data && edits.state === 'loading' && <Notice tone="loading">Loading the corrections…</Notice>}
      {edits.data?.length === 0 && <Notice tone="empty">No correction yet. Entity pages and the reader have the tools to make them.</Notice>}
      {edits.data && edits.data.length > 0 && (
        <table class="edits-table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Correction</th>
              <th scope="col">Reason</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {edits.data.map((edit) => (
              <tr key={edit.id} class={`edit-${edit.status}`} data-edit-kind={edit.kind}>
                <td class="nowrap">{formatDateTime(edit.at)}</td>
                <td>{edit.description}</td>
                <td>{edit.reason ?? <span class="muted">—</span>}</td>
                <td>
                  <span class={`status-tag status-${edit.status}`}>{edit.status}</span>
                  {edit.orphanedBecause && <p class="orphaned-because">{edit.orphanedBecause}</p>}
                </td>
                <td>
                  {edit.status === 'applied' && edit.kind !== 'undo' && (
                    <button type="button" disabled={undoing !== null} onClick={() => void undo(edit)}>
                      {undoing === edit.id ? 'Undoing…' : 'Undo'}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
