import { useEffect, useState } from 'preact/hooks';
import { getJson } from '../api';
import { ClaimStatusTag, ClaimSubject } from '../components/ClaimParts';
import { HighlightedText } from '../components/HighlightedText';
import { Notice } from '../components/Notice';
import { Pager } from '../components/Pager';
import { countOf } from '../format';
import { useLoad, type Loaded } from '../load';
import { href, replaceHash } from '../router';
import type { ClaimGroup, ClaimStatement, ClaimsPage, Span } from '../types';

const PAGE_SIZE = 20;

/** Characters of a statement's sentence kept on either side of its own words: some sentences run for pages. */
const CONTEXT = 160;

/** The statement's sentence, cut to its own words and some context, with its words marked. */
function statementInContext({ passage, text }: ClaimStatement): { text: string; highlights: Span[] } {
  const at = passage.indexOf(text);
  if (at < 0) return { text: passage, highlights: [] };
  const from = Math.max(0, at - CONTEXT);
  const to = Math.min(passage.length, at + text.length + CONTEXT);
  const before = from > 0 ? '…' : '';
  const start = at - from + before.length;
  return { text: `${before}${passage.slice(from, to)}${to < passage.length ? '…' : ''}`, highlights: [{ start, end: start + text.length }] };
}

/** Claim groups, conflicts first: each value with the sources that give it, each statement in its sentence; the filters live in the URL. */
export function ClaimsView({ query }: { query: URLSearchParams }) {
  const [conflictsOnly, setConflictsOnly] = useState(() => query.get('conflicts') === '1');
  const [item, setItem] = useState(() => query.get('item') ?? '');
  const [offset, setOffset] = useState(() => Number(query.get('offset') ?? 0) || 0);
  const page = useLoad(
    (signal) => getJson<ClaimsPage>('/api/claims', { conflicts: conflictsOnly ? 'true' : undefined, item, limit: PAGE_SIZE, offset }, signal),
    [conflictsOnly, item, offset],
  );
  useEffect(() => replaceHash(href('claims', undefined, { conflicts: conflictsOnly ? 1 : undefined, item, offset: offset || undefined })), [conflictsOnly, item, offset]);

  const data = page.data;
  const anyAtAll = data !== undefined && data.items.length > 0;
  return (
    <section class="claims-view">
      <h1>Claims</h1>
      <p class="hint">
        What several sources say about the same thing — a quantity of one item, or the date of one document — compared. Conflicts come first, then what more sources speak of.
      </p>
      <form class="filters claims-filters" onSubmit={(event) => event.preventDefault()}>
        <label class="checkbox-field">
          <input
            type="checkbox"
            name="conflicts"
            checked={conflictsOnly}
            onChange={(event) => {
              setConflictsOnly(event.currentTarget.checked);
              setOffset(0);
            }}
          />
          Only conflicts
        </label>
        <label class="field">
          <span>Item</span>
          <select
            name="item"
            value={item}
            onChange={(event) => {
              setItem(event.currentTarget.value);
              setOffset(0);
            }}
          >
            <option value="">every item</option>
            {/* An item asked for by the URL that the list does not hold (a word as a text writes it) stays chosen. */}
            {item && data && !data.items.some((each) => each.item === item) && <option value={item}>{item}</option>}
            {(data?.items ?? []).map((each) => (
              <option key={each.item} value={each.item}>
                {each.item} ({countOf(each.groups, 'group')}
                {each.conflicts > 0 ? `, ${each.conflicts} in conflict` : ''})
              </option>
            ))}
          </select>
        </label>
      </form>

      {page.state === 'failed' && <Notice tone="error">The claims cannot be listed: {page.error.message}</Notice>}
      {!data && page.state === 'loading' && <Notice tone="loading">Loading the claims…</Notice>}
      {data && (
        <>
          <p class="result-count" data-testid="claims-count">
            {countOf(data.total, 'group')}
            {data.total > 0 && data.groups.length > 0 && ` — showing ${offset + 1}–${offset + data.groups.length}`}
            <span class="muted">
              {' '}
              · {data.counts.conflict} in conflict, {data.counts.agree} agreeing, {data.counts.single} from one source{item && ` (${item})`}
            </span>
          </p>
          {data.total === 0 && (
            <Notice tone="empty">
              {!anyAtAll
                ? 'No claims yet: ingest sources that give quantities (39 000 rifles, 3.5 million gold rubles) or cite the same documents.'
                : conflictsOnly
                  ? 'No conflicts here: wherever two sources speak of the same thing, they agree. Untick “Only conflicts” to see every group.'
                  : `No claims about “${item}”.`}
            </Notice>
          )}
          <div class="claim-groups">
            {data.groups.map((group) => (
              <ClaimGroupCard key={group.id} group={group} />
            ))}
          </div>
          <Pager label="Claim pages" offset={offset} total={data.total} pageSize={PAGE_SIZE} onOffset={setOffset} />
        </>
      )}
    </section>
  );
}

/** One group: what it is about, its values with how many sources give each, and its statements with their sources and sentences. */
function ClaimGroupCard({ group: firstLoaded }: { group: ClaimGroup }) {
  const [whole, setWhole] = useState<Loaded<ClaimGroup> | undefined>();
  const group = whole?.data ?? firstLoaded;
  const showAll = () => {
    setWhole({ state: 'loading' });
    getJson<ClaimGroup>(`/api/claims/${encodeURIComponent(group.id)}`).then(
      (data) => setWhole({ state: 'loaded', data }),
      (error: Error) => setWhole({ state: 'failed', error }),
    );
  };
  return (
    <article class={`claim-group claim-group-${group.status}`} data-status={group.status} data-testid="claim-group">
      <header class="claim-group-header">
        <h2>
          <ClaimStatusTag status={group.status} /> {group.headline}
        </h2>
        <p class="muted">
          <ClaimSubject group={group} />
          {(group.subject || group.subjectEntities.length > 0) && ' · '}
          {countOf(group.sources, 'source')}
        </p>
      </header>
      <ul class="claim-readings" aria-label="Values">
        {group.readings.map((reading) => (
          <li key={String(reading.value)} class="claim-reading">
            <span class="claim-value">{reading.shown}</span> <span class="muted">{countOf(reading.sources.length, 'source')}</span>
          </li>
        ))}
      </ul>
      <table class="claim-statements">
        <thead>
          <tr>
            <th scope="col">Value</th>
            <th scope="col">Source</th>
            <th scope="col">Passage</th>
          </tr>
        </thead>
        <tbody>
          {group.statements.map((statement) => (
            <tr key={`${statement.source}:${statement.start}`}>
              <td class="claim-value number">{statement.shown}</td>
              <td class="claim-source">
                <a href={href('source', statement.source, { at: statement.start, end: statement.end })}>{statement.title}</a>
              </td>
              <td class="claim-passage">
                <HighlightedText {...statementInContext(statement)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {group.statements.length < group.statementCount && (
        <p class="hint">
          {group.statements.length} of {group.statementCount} statements, some of each value.{' '}
          <button type="button" class="link-button" disabled={whole?.state === 'loading'} onClick={showAll}>
            Show all {group.statementCount}
          </button>
        </p>
      )}
      {whole?.state === 'failed' && <Notice tone="error">The statements cannot be shown: {whole.error.message}</Notice>}
    </article>
  );
}
