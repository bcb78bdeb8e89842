import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'preact/hooks';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { COLOUR_OF } from '../kind-style';
import { href } from '../router';
import type { PlacePoint } from '../types';

const RADIUS = { least: 4, most: 22 };
/** The most mentioned places carry their name on the map; the others on hover. */
const NAMED_ON_MAP = 4;
/** The first view frames the most mentioned places, not the odd far one. */
const FRAMED_PLACES = 20;
/** Mercator's world: no panning into the blank beyond it. */
const WORLD: L.LatLngBoundsExpression = [[-85, -200], [85, 200]];

/** The countries as GeoJSON, from the shapes built in with the workbench: no tile server, nothing from elsewhere. */
async function countries(): Promise<GeoJSON.FeatureCollection> {
  const response = await fetch(countriesUrl);
  if (!response.ok) throw new Error(`the country shapes could not be loaded (${response.status})`);
  const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
  return feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection;
}

function radiusOf(mentions: number, most: number): number {
  return RADIUS.least + (RADIUS.most - RADIUS.least) * Math.sqrt(mentions / Math.max(1, most));
}

/** Places as circles sized by mentions on an offline map of present-day countries; a click opens the place's page. */
export function PlaceMap({ places, description }: { places: readonly PlacePoint[]; description: string }) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const markers = useRef<L.LayerGroup | null>(null);
  /** The first places drawn set the view; later periods keep the reader's. */
  const viewSet = useRef(false);

  useEffect(() => {
    const element = container.current!;
    const leaflet = L.map(element, { minZoom: 1, maxZoom: 9, zoomSnap: 0.25, maxBounds: WORLD, maxBoundsViscosity: 1 }).setView([35, 20], 2);
    leaflet.attributionControl.setPrefix('Leaflet').addAttribution('Country shapes: Natural Earth (present-day borders)');
    let alive = true;
    countries().then(
      (shapes) => {
        if (!alive) return;
        L.geoJSON(shapes, { interactive: false, style: { color: '#868e96', weight: 0.7, fillColor: '#fdfdfd', fillOpacity: 1 } }).addTo(leaflet).bringToBack();
        element.dataset.baseMap = 'drawn';
      },
      (error: Error) => element.setAttribute('data-base-map-error', error.message),
    );
    markers.current = L.layerGroup().addTo(leaflet);
    map.current = leaflet;
    const resized = new ResizeObserver(() => leaflet.invalidateSize());
    resized.observe(element);
    return () => {
      alive = false;
      resized.disconnect();
      leaflet.remove();
    };
  }, []);

  useEffect(() => {
    const layer = markers.current!;
    layer.clearLayers();
    const most = Math.max(1, ...places.map((place) => place.mentions));
    // Largest first, so that smaller circles lie on top and stay clickable.
    places.forEach((place, rank) => {
      const marker = L.circleMarker([place.lat, place.lon], {
        radius: radiusOf(place.mentions, most),
        color: '#1f2328',
        weight: 1.5,
        fillColor: COLOUR_OF.place,
        fillOpacity: 0.7,
        className: 'place-marker',
      })
        .bindTooltip(rank < NAMED_ON_MAP ? place.label : `${place.label}: ${place.mentions} mention${place.mentions === 1 ? '' : 's'}`, {
          permanent: rank < NAMED_ON_MAP,
          direction: 'right',
          className: rank < NAMED_ON_MAP ? 'place-label' : '',
        })
        .on('click', () => {
          window.location.hash = href('entity', place.id);
        })
        .addTo(layer);
      marker.getElement()?.setAttribute('data-entity-id', place.id);
      // The name of a more mentioned place lies over those of the less mentioned near it.
      const name = marker.getTooltip()?.getElement();
      if (name && rank < NAMED_ON_MAP) name.style.zIndex = String(NAMED_ON_MAP - rank);
    });
    container.current!.dataset.drawnPlaces = String(places.length);
    if (!viewSet.current && places.length > 0) {
      const framed = places.slice(0, FRAMED_PLACES).map((place): L.LatLngTuple => [place.lat, place.lon]);
      map.current!.fitBounds(L.latLngBounds(framed), { padding: [30, 30], maxZoom: 6, animate: false });
      viewSet.current = true;
    }
  }, [places]);

  return <div ref={container} class="place-map" role="img" aria-label={description} data-testid="place-map" />;
}
