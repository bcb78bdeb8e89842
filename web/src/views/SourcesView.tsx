import { getJson } from '../api';
import { Notice } from '../components/Notice';
import { formatCount, formatDateTime } from '../format';
import { useLoad } from '../load';
import { href } from '../router';
import type { SourceSummary } from '../types';

/** Every stored source, each opening in the reader. */
export function SourcesView() {
  const sources = useLoad((signal) => getJson<SourceSummary[]>('/api/sources', {}, signal), []);
  return (
    <section class="sources-view">
      <h1>Sources</h1>
      {sources.state === 'failed' && <Notice tone="error">The sources cannot be listed: {sources.error.message}</Notice>}
      {!sources.data && sources.state === 'loading' && <Notice tone="loading">Loading the sources…</Notice>}
      {sources.data?.length === 0 && (
        <Notice tone="empty">
          No source is stored yet. <a href="#/ingest">Add documents</a> or run <code>dossier ingest FOLDER</code>.
        </Notice>
      )}
      {sources.data && sources.data.length > 0 && (
        <table class="sources-table">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">File</th>
              <th scope="col">Format</th>
              <th scope="col">Languages</th>
              <th scope="col" class="number">Paragraphs</th>
              <th scope="col" class="number">Characters</th>
              <th scope="col">Ingested</th>
            </tr>
          </thead>
          <tbody>
            {sources.data.map((source) => (
              <tr key={source.id}>
                <td>
                  <a href={href('source', source.id)}>{source.title}</a>
                </td>
                <td class="file" title={source.path}>
                  {source.path.split(/[\\/]/).pop()}
                </td>
                <td>{source.format}</td>
                <td>{source.languages.join(', ')}</td>
                <td class="number">{formatCount(source.passages)}</td>
                <td class="number">{formatCount(source.chars)}</td>
                <td class="nowrap">{formatDateTime(source.ingestedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
