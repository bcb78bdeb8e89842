import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Timeline, TimelineOptions } from 'vis-timeline';
import { getJson } from '../api';
import { DateLabel, DateLegend } from '../components/DateLabel';
import { EntityFilter } from '../components/EntityFilter';
import { Notice } from '../components/Notice';
import { PeriodFields, validPeriod } from '../components/PeriodFields';
import { DOCUMENT_TYPE_NAMES } from '../dates';
import { useDebounced } from '../debounce';
import { useLoad } from '../load';
import { href, replaceHash } from '../router';
import { busiestWindow, documentLabel, drawing, periodEnd, periodStart, type DrawnRecord, type Grouping } from '../timeline-items';
import type { EntityRef, TimelineItems } from '../types';

const DAY_MS = 86_400_000;
const OPTIONS: TimelineOptions = {
  // From two days to a century and a half on the screen.
  zoomMin: 2 * DAY_MS,
  zoomMax: 150 * 365 * DAY_MS,
  // The wheel scrolls the page and the groups; ctrl+wheel zooms, as do the buttons.
  zoomKey: 'ctrlKey',
  verticalScroll: true,
  maxHeight: 560,
  minHeight: 240,
  stack: true,
  showCurrentTime: false,
  orientation: 'top',
  groupOrder: 'order',
  margin: { item: { horizontal: 4, vertical: 4 } },
};
const FILTERS = ['entity', 'from', 'to', 'group'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

/** `YYYY-MM-DD` of a local date. */
function dayOf(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Documents, treaties and dated passages on a zoomable timeline, grouped by type or by actor, filtered by entity and period. */
export function TimelineView({ query }: { query: URLSearchParams }) {
  const [filters, setFilters] = useState<Filters>(() => Object.fromEntries(FILTERS.map((name) => [name, query.get(name) ?? ''])) as Filters);
  const [selected, setSelected] = useState<string | null>(null);
  const settled = useDebounced(filters, 300);
  const grouping: Grouping = filters.group === 'actor' ? 'actor' : 'type';
  const period = validPeriod(settled.from, settled.to);
  const loaded = useLoad((signal) => getJson<TimelineItems>('/api/timeline/items', { entity: settled.entity, ...period }, signal), [settled.entity, period.from, period.to]);
  const data = loaded.data;
  const drawn = useMemo(() => (data ? drawing(data, grouping) : null), [data, grouping]);
  const container = useRef<HTMLDivElement>(null);
  const timeline = useRef<Timeline | null>(null);
  const [library, setLibrary] = useState<'loading' | 'loaded' | 'failed'>('loading');
  const firstDrawn = useRef(false);
  const pendingWindow = useRef<{ start: Date; end: Date } | undefined>(undefined);
  /** Whether the answer left something out (counts, or too many documents): then zooming asks again for the window shown. */
  const partial = useRef(false);
  partial.current = data !== undefined && (data.eventCounts.length > 0 || !data.documentsComplete);

  useEffect(() => replaceHash(href('timeline', undefined, { ...settled, group: grouping === 'actor' ? 'actor' : undefined })), [settled, grouping]);

  useEffect(() => {
    let created: Timeline | undefined;
    let left = false;
    import('../timeline-library').then(
      ({ Timeline }) => {
        if (left) return;
        created = new Timeline(container.current!, [], [], {
          ...OPTIONS,
          // The timeline fits itself to its items when it first draws them: the window asked for comes after.
          onInitialDrawComplete: () => {
            firstDrawn.current = true;
            if (pendingWindow.current) created?.setWindow(pendingWindow.current.start, pendingWindow.current.end, { animation: false });
          },
        });
        created.on('select', ({ items }: { items: Array<string | number> }) => setSelected(items.length > 0 ? String(items[0]) : null));
        created.on('rangechanged', ({ start, end }: { start: Date; end: Date }) => {
          if (!partial.current) return;
          // The window's last day is the one before its end, so that drawing the period asked for asks for the same period again.
          const period = { from: dayOf(start), to: dayOf(new Date(end.getTime() - 1)) };
          setFilters((current) => (current.from === period.from && current.to === period.to ? current : { ...current, ...period }));
        });
        timeline.current = created;
        setLibrary('loaded');
      },
      () => setLibrary('failed'),
    );
    return () => {
      left = true;
      created?.destroy();
      timeline.current = null;
    };
  }, []);

  useEffect(() => {
    const drawnTimeline = timeline.current;
    if (!drawnTimeline || !drawn) return;
    drawnTimeline.setGroups(drawn.groups);
    drawnTimeline.setItems(drawn.items);
    if (selected && drawn.records.has(selected)) drawnTimeline.setSelection([selected]);
    else setSelected(null);
    const window = period.from && period.to ? { start: periodStart(period.from), end: periodEnd(period.to) } : busiestWindow(drawn.items);
    pendingWindow.current = window;
    if (window && firstDrawn.current) drawnTimeline.setWindow(window.start, window.end, { animation: false });
  }, [drawn, library]);

  const change = (name: keyof Filters, value: string) => setFilters((current) => ({ ...current, [name]: value }));
  const move = (share: number) => {
    const window = timeline.current?.getWindow();
    if (!window) return;
    const shift = (window.end.getTime() - window.start.getTime()) * share;
    timeline.current!.setWindow(window.start.getTime() + shift, window.end.getTime() + shift);
  };
  const record = selected ? drawn?.records.get(selected) : undefined;

  return (
    <section class="timeline-view">
      <h1>Timeline</h1>
      <form class="records-filters" onSubmit={(event) => event.preventDefault()}>
        <EntityFilter label="Only what concerns" entityId={filters.entity} onChange={(id) => change('entity', id)} />
        <PeriodFields from={filters.from} to={filters.to} onChange={change} />
        <fieldset class="field grouping">
          <legend>Rows</legend>
          <label>
            <input type="radio" name="group" value="type" checked={grouping === 'type'} onChange={() => change('group', '')} /> by type
          </label>
          <label>
            <input type="radio" name="group" value="actor" checked={grouping === 'actor'} onChange={() => change('group', 'actor')} /> by actor
          </label>
        </fieldset>
      </form>
      <div class="timeline-controls" role="toolbar" aria-label="Move and zoom the timeline">
        <button type="button" onClick={() => move(-0.5)}>← Earlier</button>
        <button type="button" onClick={() => timeline.current?.zoomIn(0.5)}>Zoom in</button>
        <button type="button" onClick={() => timeline.current?.zoomOut(0.5)}>Zoom out</button>
        <button type="button" onClick={() => move(0.5)}>Later →</button>
        <button type="button" onClick={() => timeline.current?.fit()}>Show all</button>
        <span class="hint">Drag to move, ctrl+wheel or pinch to zoom; select an item for its sources.</span>
      </div>
      <DateLegend />
      {loaded.state === 'failed' && <Notice tone="error">The timeline cannot be drawn: {loaded.error.message}</Notice>}
      {library === 'failed' && <Notice tone="error">The timeline cannot be drawn: its code did not load from the server. Reload the page.</Notice>}
      {!data && loaded.state === 'loading' && <Notice tone="loading">Loading the timeline…</Notice>}
      {data && data.documents.length === 0 && data.eventTotal === 0 && <Notice tone="empty">Nothing dated matches these filters.</Notice>}
      {data && data.eventCounts.length > 0 && (
        <Notice tone="info">
          {data.eventTotal} dated passages are too many to draw one by one: they are counted per {data.unit}. Zoom in or give a shorter period to see them.
        </Notice>
      )}
      {data && !data.documentsComplete && <Notice tone="info">Only the earliest {data.documents.length} dated documents are drawn: zoom in or give a shorter period to see the others.</Notice>}
      <div ref={container} class="timeline-canvas" data-testid="timeline" aria-busy={loaded.state === 'loading'} />
      {record && <Details record={record} />}
      {drawn && drawn.records.size > 0 && (
        <details class="timeline-list">
          <summary>The {drawn.records.size} drawn items as a list</summary>
          <ol>
            {[...drawn.records.entries()].map(([id, each]) => (
              <li key={id}>
                <RecordLine record={each} />
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}

function EntityLinks({ entities }: { entities: readonly EntityRef[] }) {
  if (entities.length === 0) return <span class="muted">not named</span>;
  return (
    <>
      {entities.map((entity, index) => (
        <span key={entity.id}>
          {index > 0 && ', '}
          <a href={href('entity', entity.id)}>{entity.label}</a>
        </span>
      ))}
    </>
  );
}

/** One item in a line: its date, what it is, and a link to where a source gives it. */
function RecordLine({ record }: { record: DrawnRecord }) {
  if (record.kind === 'count') return <span>{record.period}: {record.count} dated passages</span>;
  if (record.kind === 'document') {
    const { document } = record;
    return (
      <span>
        <DateLabel date={document} /> <a href={href('source', document.citation.sourceId, { at: document.citation.start })}>{documentLabel(document)}</a>
      </span>
    );
  }
  const { event } = record;
  return (
    <span>
      <DateLabel date={event} /> <a href={href('source', event.sourceId, { at: event.start })}>{event.sentence}</a>
    </span>
  );
}

/** The selected item: its date, parties or actors (links to their pages), and where a source says so. */
function Details({ record }: { record: DrawnRecord }) {
  if (record.kind === 'count') {
    return (
      <aside class="timeline-details" data-testid="timeline-details" aria-live="polite">
        <h2>
          {record.period}: {record.count} dated passages
        </h2>
        <p>Zoom in on this {record.unit} to see them one by one.</p>
      </aside>
    );
  }
  if (record.kind === 'document') {
    const { document } = record;
    return (
      <aside class="timeline-details" data-testid="timeline-details" aria-live="polite">
        <h2>
          {DOCUMENT_TYPE_NAMES[document.type] ?? document.type}
          {document.title ? `: ${document.title}` : ''}, <DateLabel date={document} />
        </h2>
        <p>
          From <EntityLinks entities={document.senders} /> to <EntityLinks entities={document.recipients} />.
        </p>
        <p>
          Cited in <a href={href('source', document.citation.sourceId, { at: document.citation.start })}>{document.citation.title}</a>: <q>{document.citation.text}</q>
        </p>
      </aside>
    );
  }
  const { event } = record;
  return (
    <aside class="timeline-details" data-testid="timeline-details" aria-live="polite">
      <h2>
        <DateLabel date={event} /> <span class="muted">({event.text})</span>
      </h2>
      <blockquote>{event.sentence}</blockquote>
      <p>
        Named here: <EntityLinks entities={event.actors} />. <a href={href('source', event.sourceId, { at: event.start })}>Read it in {event.title}</a>
      </p>
    </aside>
  );
}
