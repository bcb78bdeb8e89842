import { useState } from 'preact/hooks';
import { ApiError, uploadFiles } from '../api';
import { Notice } from '../components/Notice';
import type { IngestResults } from '../types';

const STATUS_WORDS: Readonly<Record<string, string>> = {
  added: 'added',
  replaced: 'replaced its older version',
  unchanged: 'unchanged (already stored)',
  failed: 'failed',
};

type Upload = { state: 'idle' } | { state: 'sending'; files: number; sent: number } | { state: 'done'; results: IngestResults } | { state: 'failed'; message: string; tooLarge: boolean };

/** Adding documents: dropped or chosen files are uploaded, ingested, and each one's outcome shown. */
export function IngestView() {
  const [upload, setUpload] = useState<Upload>({ state: 'idle' });
  const [dragging, setDragging] = useState(false);

  const send = async (files: readonly File[]) => {
    if (files.length === 0 || upload.state === 'sending') return;
    setUpload({ state: 'sending', files: files.length, sent: 0 });
    try {
      const results = await uploadFiles(files, (sent) => setUpload({ state: 'sending', files: files.length, sent }));
      setUpload({ state: 'done', results });
    } catch (error) {
      setUpload({ state: 'failed', message: (error as Error).message, tooLarge: error instanceof ApiError && error.status === 413 });
    }
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void send([...(event.dataTransfer?.files ?? [])]);
  };

  return (
    <section class="ingest-view">
      <h1>Add documents</h1>
      <p>Text, Markdown, HTML, PDF (with a text layer), Word (.docx) and scanned images. A file uploaded again under the same name replaces its older version; your corrections are applied again.</p>
      <div
        class={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        data-testid="drop-zone"
      >
        <p>Drop files here</p>
        <label class="file-button">
          or choose files:
          <input
            type="file"
            multiple
            disabled={upload.state === 'sending'}
            onChange={(event) => {
              const input = event.currentTarget;
              // Cleared afterwards, so that choosing the same file again uploads it again.
              void send([...(input.files ?? [])]).then(() => {
                input.value = '';
              });
            }}
          />
        </label>
      </div>

      {upload.state === 'sending' && (
        <div class="upload-progress">
          <label>
            {upload.sent < 1 ? `Uploading ${upload.files} file${upload.files === 1 ? '' : 's'}…` : 'Uploaded; reading, annotating and resolving (this can take a while)…'}
            <progress max={1} value={upload.sent} />
          </label>
        </div>
      )}
      {upload.state === 'failed' && <Notice tone="error">{upload.tooLarge ? `Too large: ${upload.message}. Nothing from this upload was stored.` : `The upload failed: ${upload.message}`}</Notice>}
      {upload.state === 'done' && (
        <table class="ingest-results" data-testid="ingest-results">
          <caption>What happened to each file</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {upload.results.results.map((result) => (
              <tr key={result.file}>
                <td>{result.file}</td>
                <td>
                  <span class={`status-tag status-${result.status}`}>{STATUS_WORDS[result.status] ?? result.status}</span>
                  {result.error && <span class="error-text"> {result.error}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
