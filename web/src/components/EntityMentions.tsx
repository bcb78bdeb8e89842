import { useEffect, useState } from 'preact/hooks';
import { getJson } from '../api';
import { href } from '../router';
import type { EntityDetails, MentionInContext } from '../types';
import { HighlightedText } from './HighlightedText';
import { Notice } from './Notice';

/** Mentions asked for per click on "more": the API sends an entity's mentions a page at a time. */
const MENTIONS_PAGE = 100;

/** An entity's mentions in their sentences, each linking into the reader; more pages on request. */
export function EntityMentions({ entityId, firstPage, total }: { entityId: string; firstPage: MentionInContext[]; total: number }) {
  const [later, setLater] = useState<MentionInContext[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | undefined>();
  // A new entity, or the same one after an edit: its first page starts the list again.
  useEffect(() => {
    setLater([]);
    setError(undefined);
  }, [firstPage]);

  const mentions = [...firstPage, ...later];
  const loadMore = async () => {
    setLoading(true);
    setError(undefined);
    try {
      const next = await getJson<EntityDetails>(`/api/entities/${encodeURIComponent(entityId)}`, { offset: mentions.length, limit: MENTIONS_PAGE });
      setLater((shown) => [...shown, ...next.mentionList]);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setLoading(false);
    }
  };

  return (
    <section>
      <h2>Mentions ({total})</h2>
      {total === 0 && <Notice tone="empty">No mention is left: corrections took them all.</Notice>}
      <ol class="mention-list">
        {mentions.map((mention) => (
          <li key={`${mention.sourceId}:${mention.start}`}>
            <blockquote lang={mention.lang}>
              <HighlightedText text={mention.sentence} highlights={[{ start: mention.sentenceStart, end: mention.sentenceStart + mention.end - mention.start }]} />
            </blockquote>
            <a href={href('source', mention.sourceId, { at: mention.start, end: mention.end })}>{mention.title}</a>
          </li>
        ))}
      </ol>
      {error && <Notice tone="error">More mentions could not be loaded: {error}</Notice>}
      {mentions.length < total && (
        <button type="button" class="more-button" disabled={loading} onClick={loadMore}>
          {loading ? 'Loading…' : `Show ${Math.min(MENTIONS_PAGE, total - mentions.length)} more of ${total - mentions.length} not shown`}
        </button>
      )}
    </section>
  );
}
