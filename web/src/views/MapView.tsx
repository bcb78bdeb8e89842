import { useEffect, useState } from 'preact/hooks';
import { getJson } from '../api';
import { DrawnList } from '../components/DrawnList';
import { Notice } from '../components/Notice';
import { PeriodSlider } from '../components/PeriodSlider';
import { PlaceMap } from '../components/PlaceMap';
import { countOf } from '../format';
import { useLoad } from '../load';
import { describePeriod, periodBounds, periodFromQuery, periodQuery } from '../period';
import { href, replaceHash } from '../router';
import type { PlaceMapData } from '../types';

const PLACE_COUNTS = [25, 50, 100, 250, 500];
const DEFAULT_PLACES = 100;

function countFromQuery(query: URLSearchParams): number {
  const count = Number(query.get('places'));
  return PLACE_COUNTS.includes(count) ? count : DEFAULT_PLACES;
}

/** The places the sources mention in a period, on a map and as a list. */
export function MapView({ query }: { query: URLSearchParams }) {
  const [period, setPeriod] = useState(() => periodFromQuery(query));
  const [count, setCount] = useState(() => countFromQuery(query));
  const [name, setName] = useState(() => query.get('name') ?? '');
  const map = useLoad((signal) => getJson<PlaceMapData>('/api/map', { ...periodBounds(period), limit: count }, signal), [JSON.stringify(period), count]);

  useEffect(
    () => replaceHash(href('map', undefined, { ...periodQuery(period), places: count === DEFAULT_PLACES ? undefined : count, name: name.trim() })),
    [period, count, name],
  );

  const data = map.data;
  const wanted = name.trim().toLocaleLowerCase();
  const places = (data?.places ?? []).filter((place) => !wanted || place.label.toLocaleLowerCase().includes(wanted));

  return (
    <section class="graph-view map-view">
      <h1>Map</h1>
      <form class="graph-controls" role="search" onSubmit={(event) => event.preventDefault()}>
        <label class="field">
          <span>Places named</span>
          <input type="search" name="name" value={name} placeholder="Batum, Kars…" onInput={(event) => setName((event.currentTarget as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>At most</span>
          <select name="places" value={String(count)} onChange={(event) => setCount(Number((event.currentTarget as HTMLSelectElement).value))}>
            {PLACE_COUNTS.map((each) => (
              <option key={each} value={String(each)}>
                {each} places
              </option>
            ))}
          </select>
        </label>
        <PeriodSlider months={data?.months ?? []} period={period} unit="mentions of places" onChange={setPeriod} />
      </form>

      {map.state === 'failed' && <Notice tone="error">The map cannot be drawn: {map.error.message}</Notice>}
      {!data && map.state === 'loading' && <Notice tone="loading">Loading the places…</Notice>}
      {data && (
        <>
          <p class="graph-summary" data-testid="map-summary">
            {places.length} of {data.totalPlaces} places with coordinates, {describePeriod(period)}
            {data.unlocated > 0 && `; ${data.unlocated} more ${data.unlocated === 1 ? 'has' : 'have'} no coordinates`}.{' '}
            <span class="muted">Circle size: mentions in the period.</span>
          </p>
          {places.length === 0 && (
            <Notice tone="empty">
              No place to draw{wanted ? ` named “${name.trim()}”` : ''} for {describePeriod(period)}. Move the slider, choose all time{wanted ? ' or clear the name' : ''}.
            </Notice>
          )}
          <div class="graph-layout">
            <PlaceMap places={places} description={`Map of ${places.length} places mentioned, ${describePeriod(period)}. The same places are listed beside it.`} />
            <DrawnList
              heading={countOf(places.length, 'place')}
              testId="map-places"
              items={places.map((place) => ({ id: place.id, kind: place.type, label: place.label, details: countOf(place.mentions, 'mention') }))}
            />
          </div>
        </>
      )}
    </section>
  );
}
