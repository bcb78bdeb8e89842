import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { apiUrl, getJson } from '../api';
import { DateLabel, DateLegend } from '../components/DateLabel';
import { EntityFilter } from '../components/EntityFilter';
import { Notice } from '../components/Notice';
import { PeriodFields, validPeriod } from '../components/PeriodFields';
import { DOCUMENT_TYPE_NAMES, DOCUMENT_TYPES } from '../dates';
import { useDebounced } from '../debounce';
import { useLoad } from '../load';
import { href, replaceHash } from '../router';
import type { CalendarEntry, EntityRef } from '../types';

/** Documents listed at first, and added by each "more": the API answers at most 5,000. */
const PAGE_SIZE = 100;
const MAX_LISTED = 5000;
const FILTERS = ['entity', 'type', 'from', 'to'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

/** The documents the sources cite, in order of date, filtered by party, type and period; each row opens to its citations. */
export function CalendarView({ query }: { query: URLSearchParams }) {
  const [filters, setFilters] = useState<Filters>(() => Object.fromEntries(FILTERS.map((name) => [name, query.get(name) ?? ''])) as Filters);
  const [listed, setListed] = useState(PAGE_SIZE);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const settled = useDebounced(filters, 300);
  const asked = { entity: settled.entity, type: settled.type, ...validPeriod(settled.from, settled.to) };
  const entries = useLoad((signal) => getJson<CalendarEntry[]>('/api/calendar', { ...asked, limit: listed }, signal), [JSON.stringify(asked), listed]);

  useEffect(() => replaceHash(href('calendar', undefined, settled)), [settled]);

  const change = (name: keyof Filters, value: string) => {
    setFilters((current) => ({ ...current, [name]: value }));
    setListed(PAGE_SIZE);
  };
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const data = entries.data;
  const more = data !== undefined && data.length === listed && listed < MAX_LISTED;

  return (
    <section class="calendar-view">
      <h1>Calendar of documents</h1>
      <form class="records-filters" onSubmit={(event) => event.preventDefault()}>
        <EntityFilter label="Sent or received by" entityId={filters.entity} onChange={(id) => change('entity', id)} />
        <label class="field">
          <span>Type</span>
          <select name="type" value={filters.type} onChange={(event) => change('type', event.currentTarget.value)}>
            <option value="">every type</option>
            {DOCUMENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {DOCUMENT_TYPE_NAMES[type]}
              </option>
            ))}
          </select>
        </label>
        <PeriodFields from={filters.from} to={filters.to} onChange={change} />
      </form>
      <p class="export-links">
        Download these documents:{' '}
        <a class="button-link" href={apiUrl('/api/export/calendar', { format: 'csv', ...asked })} download>
          CSV
        </a>{' '}
        <a class="button-link" href={apiUrl('/api/export/calendar', { format: 'cmif', ...asked })} download>
          CMIF (TEI, letters only)
        </a>
      </p>
      <DateLegend />
      {entries.state === 'failed' && <Notice tone="error">The calendar cannot be shown: {entries.error.message}</Notice>}
      {!data && entries.state === 'loading' && <Notice tone="loading">Loading the calendar…</Notice>}
      {data?.length === 0 && <Notice tone="empty">No cited document matches these filters.</Notice>}
      {data && data.length > 0 && (
        <>
          <p class="result-count" data-testid="calendar-count">
            {data.length} document{data.length === 1 ? '' : 's'}
            {more ? ' shown; there are more' : ''}
          </p>
          <table class="calendar-table">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Type</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Cited</th>
              </tr>
            </thead>
            <tbody>
              {data.map((entry) => (
                <Fragment key={entry.id}>
                  <tr data-testid="calendar-row" data-type={entry.type}>
                    <td>
                      <DateLabel date={entry.date} />
                    </td>
                    <td>
                      {DOCUMENT_TYPE_NAMES[entry.type] ?? entry.type}
                      {entry.title && <div class="muted">{entry.title}</div>}
                      {entry.signedAt && <div class="muted">signed at {entry.signedAt.entity ? <a href={href('entity', entry.signedAt.entity)}>{entry.signedAt.label}</a> : entry.signedAt.label}</div>}
                    </td>
                    <td>
                      <Parties named={entry.senders} roles={entry.senderRoles} />
                    </td>
                    <td>
                      <Parties named={entry.recipients} roles={entry.recipientRoles} />
                    </td>
                    <td>
                      <button type="button" class="expand-button" aria-expanded={open.has(entry.id)} aria-controls={`citations-${entry.id}`} onClick={() => toggle(entry.id)}>
                        {entry.citations.length} citation{entry.citations.length === 1 ? '' : 's'}
                      </button>
                    </td>
                  </tr>
                  {open.has(entry.id) && (
                    <tr class="citations-row" id={`citations-${entry.id}`}>
                      <td colSpan={5}>
                        <Citations entry={entry} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
          {more && (
            <button type="button" class="more-button" onClick={() => setListed(Math.min(MAX_LISTED, listed + PAGE_SIZE))}>
              Show {PAGE_SIZE} more
            </button>
          )}
        </>
      )}
    </section>
  );
}

/** Senders or recipients: entities as links to their pages, roles that name nobody in brackets. */
function Parties({ named, roles }: { named: readonly EntityRef[]; roles: readonly string[] }) {
  if (named.length === 0 && roles.length === 0) return <span class="muted">not named</span>;
  return (
    <ul class="parties">
      {named.map((party) => (
        <li key={party.id}>
          <a href={href('entity', party.id)}>{party.label}</a>
        </li>
      ))}
      {roles.map((role) => (
        <li key={role} class="muted">
          [{role}]
        </li>
      ))}
    </ul>
  );
}

/** Where every source cites the document, each opening the reader there, and where it is held. */
function Citations({ entry }: { entry: CalendarEntry }) {
  return (
    <div class="citations">
      <ul data-testid="citations">
        {entry.citations.map((citation) => (
          <li key={`${citation.source}:${citation.start}`}>
            <a href={href('source', citation.source, { at: citation.start })}>{citation.title}</a>: <q>{citation.text}</q>
          </li>
        ))}
      </ul>
      {entry.holdings.length > 0 && <p class="muted">Held: {entry.holdings.map((holding) => holding.text).join('; ')}</p>}
    </div>
  );
}
