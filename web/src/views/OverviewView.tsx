import { useState } from 'preact/hooks';
import { getJson } from '../api';
import { ClaimStatusTag, ClaimSubject } from '../components/ClaimParts';
import { MonthChart } from '../components/MonthChart';
import { Notice } from '../components/Notice';
import { countOf, formatCount } from '../format';
import { useLoad } from '../load';
import { ENTITY_KINDS } from '../mentions';
import { href } from '../router';
import type { BusyEntity, EntityKind, Overview } from '../types';

/** The sparkline draws the fewest months that hold this share of the dated mentions: a few stray dates (a book published in 1982) would flatten the rest. */
const DRAWN_SHARE = 0.95;

/** A count's noun, one and many. */
type Noun = [string, string];

const ENTITY_NOUNS: Readonly<Record<EntityKind, Noun>> = {
  person: ['person', 'people'],
  place: ['place', 'places'],
  org: ['organisation', 'organisations'],
};

/** `1921-08` → months since year 0, so that spans of months are a subtraction. */
function monthNumber(month: string): number {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return year * 12 + number - 1;
}

/** The shortest run of months holding DRAWN_SHARE of the counts, and how many were left out before and after it. */
function mainSpan(months: Overview['mentionsByMonth']) {
  const total = months.reduce((sum, { count }) => sum + count, 0);
  const span = (first: number, last: number) => monthNumber(months[last]!.month) - monthNumber(months[first]!.month);
  let best = { first: 0, last: months.length - 1 };
  let first = 0;
  let held = 0;
  months.forEach(({ count }, last) => {
    held += count;
    while (held - months[first]!.count >= total * DRAWN_SHARE) held -= months[first++]!.count;
    if (held >= total * DRAWN_SHARE && span(first, last) < span(best.first, best.last)) best = { first, last };
  });
  const countOfRange = (from: number, to: number) => months.slice(from, to).reduce((sum, { count }) => sum + count, 0);
  return { months: months.slice(best.first, best.last + 1), before: countOfRange(0, best.first), after: countOfRange(best.last + 1, months.length) };
}

/** The landing page: what the store holds, who and where it speaks of most, when, and where the sources disagree — each a way in. */
export function OverviewView() {
  const overview = useLoad((signal) => getJson<Overview>('/api/overview', {}, signal), []);
  if (overview.state === 'failed' && !overview.data) return <Notice tone="error">The overview cannot be shown: {overview.error.message}</Notice>;
  if (!overview.data) return <Notice tone="loading">Loading the overview…</Notice>;
  const { counts, busiest, mentionsByMonth, claims } = overview.data;
  if (counts.sources === 0) {
    return (
      <section class="overview-view">
        <h1>Dossier</h1>
        <Notice tone="empty">
          No source is stored yet. <a href={href('ingest')}>Add documents</a> or run <code>dossier ingest FOLDER</code>: people, places, dates, cited documents and the claims of the sources will appear here.
        </Notice>
      </section>
    );
  }
  const span = mainSpan(mentionsByMonth);
  const compared = counts.claims.conflict + counts.claims.agree + counts.claims.single;

  return (
    <section class="overview-view">
      {overview.state === 'failed' && <Notice tone="error">{overview.error.message}</Notice>}
      <div class="overview-top">
        <h1>What the sources hold</h1>
        <OverviewSearch />
      </div>

      <ul class="overview-counts" data-testid="overview-counts">
        <CountTile count={counts.sources} noun={['source', 'sources']} to={href('sources')} name="sources" />
        <CountTile count={counts.passages} noun={['passage', 'passages']} to={href('search')} name="passages" />
        {ENTITY_KINDS.map((kind) => (
          <CountTile key={kind} count={counts.entities[kind]} noun={ENTITY_NOUNS[kind]} to={href('search', undefined, { kind })} name={kind} />
        ))}
        <CountTile count={counts.documents} noun={['cited document', 'cited documents']} to={href('calendar')} name="documents" />
        <CountTile count={compared} noun={['claim compared', 'claims compared']} to={href('claims')} name="claims" />
        <CountTile count={counts.claims.conflict} noun={['conflict', 'conflicts']} to={href('claims', undefined, { conflicts: 1 })} name="conflicts" />
      </ul>

      <section class="overview-section" aria-labelledby="over-time">
        <h2 id="over-time">The corpus over time</h2>
        <MonthChart
          months={span.months}
          sparkline
          counted="Names mentioned in passages dated within a month"
          empty="No passage is dated to a month yet: the chart fills as sources with dates are ingested."
        />
        {(span.before > 0 || span.after > 0) && (
          <p class="hint">
            Left out at the ends: {[span.before > 0 && `${formatCount(span.before)} before ${span.months[0]!.month}`, span.after > 0 && `${formatCount(span.after)} after ${span.months[span.months.length - 1]!.month}`].filter(Boolean).join(', ')} (stray dates, such as years of publication).
          </p>
        )}
      </section>

      <div class="busiest">
        {ENTITY_KINDS.map((kind) => (
          <BusiestList key={kind} kind={kind} entities={busiest[kind]} total={counts.entities[kind]} />
        ))}
      </div>

      <section class="overview-section" aria-labelledby="claims-compared" data-testid="overview-claims">
        <h2 id="claims-compared">
          <a href={href('claims')}>Claims compared</a>
        </h2>
        <p class="muted">
          {compared === 0
            ? 'No claims yet: figures and dates that several sources give are compared here.'
            : `${countOf(compared, 'group')}: ${counts.claims.conflict} in conflict, ${counts.claims.agree} agreeing, ${counts.claims.single} from one source.`}
          {compared > 0 && counts.claims.conflict === 0 && ' Wherever two sources speak of the same thing, they agree; these are the claims most sources confirm.'}
        </p>
        <ol class="overview-claims">
          {claims.map((group) => (
            <li key={group.id} class={`claim-line claim-group-${group.status}`}>
              <ClaimStatusTag status={group.status} /> <a href={href('claims', undefined, { item: group.item })}>{group.headline}</a>{' '}
              <span class="muted">
                {group.status === 'conflict' && group.difference ? group.difference : group.readings.map((reading) => reading.shown).join(' · ')} · {countOf(group.sources, 'source')}
              </span>{' '}
              <ClaimSubject group={group} />
            </li>
          ))}
        </ol>
      </section>
    </section>
  );
}

/** A count and what it counts, opening the view that lists them. */
function CountTile({ count, noun, to, name }: { count: number; noun: Noun; to: string; name: string }) {
  const words = (
    <>
      <span class="count-number">{formatCount(count)}</span> <span class="count-noun">{count === 1 ? noun[0] : noun[1]}</span>
    </>
  );
  return (
    <li>
      <a class="count-tile" href={to} data-count={name}>
        {words}
      </a>
    </li>
  );
}

/** The most mentioned entities of one kind, each with a bar of its mentions beside the first's. */
function BusiestList({ kind, entities, total }: { kind: EntityKind; entities: BusyEntity[]; total: number }) {
  const most = entities[0]?.mentions ?? 1;
  return (
    <section class={`busiest-list busiest-${kind}`} data-testid={`busiest-${kind}`} aria-labelledby={`busiest-${kind}-title`}>
      <h2 id={`busiest-${kind}-title`}>
        <span class={`kind-tag kind-${kind}`}>{ENTITY_NOUNS[kind][1]}</span> <span class="muted">most mentioned of {formatCount(total)}</span>
      </h2>
      {entities.length === 0 ? (
        <p class="muted">No {ENTITY_NOUNS[kind][1]} named yet.</p>
      ) : (
        <ol>
          {entities.map((entity) => (
            <li key={entity.id}>
              <a href={href('entity', entity.id)}>{entity.label}</a>
              <span class="busy-bar" style={{ width: `${Math.max(4, (entity.mentions / most) * 100)}%` }} aria-hidden="true" />
              <span class="muted busy-count">
                {countOf(entity.mentions, 'mention')} · {countOf(entity.sources, 'source')}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** A search box that opens the Search view with the words typed. */
function OverviewSearch() {
  const [words, setWords] = useState('');
  return (
    <form
      class="overview-search"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        window.location.hash = href('search', undefined, { q: words.trim() });
      }}
    >
      <label class="visually-hidden" for="overview-q">
        Search every passage
      </label>
      <input id="overview-q" type="search" name="q" value={words} onInput={(event) => setWords(event.currentTarget.value)} placeholder="Search: Энвер Батум, Chicherin, treaty…" />
      <button type="submit">Search</button>
    </form>
  );
}
