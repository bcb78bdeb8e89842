import type { Api, RouteOptions } from '../app.js';
import { NetworkQuerystring, NetworkResponse, PlaceMapQuerystring, PlaceMapResponse, withErrors } from '../schemas.js';

export function networkRoutes(api: Api, { store }: RouteOptions): void {
  api.get(
    '/api/network',
    {
      schema: {
        summary: 'Who wrote to whom, or who is named with whom, in a period: the most active entities and the links between them',
        description:
          'A period of whole months (from, to); a document counts when its date lies wholly inside, a passage when its dates fall in its months. months lists every active month, for a period slider.',
        tags: ['network'],
        querystring: NetworkQuerystring,
        response: withErrors({ 200: NetworkResponse }),
      },
    },
    (request) => {
      const { kind = 'letters', type, ...filter } = request.query;
      return store.network({ ...filter, kind, ...(type === undefined ? {} : { types: type }) });
    },
  );

  api.get(
    '/api/map',
    {
      schema: {
        summary: 'The places with coordinates mentioned in a period, most mentioned first',
        description: 'unlocated counts the places mentioned in the period that have no coordinates. months lists every month with mentions of places, for a period slider.',
        tags: ['network'],
        querystring: PlaceMapQuerystring,
        response: withErrors({ 200: PlaceMapResponse }),
      },
    },
    (request) => store.placeMap(request.query),
  );
}
