import type { EntityType } from '../../model.js';
import type { Api, RouteOptions } from '../app.js';
import { OVERVIEW_DEFAULT_LIMIT, OverviewQuerystring, OverviewResponse, withErrors } from '../schemas.js';
import { presentClaim } from './claims.js';

const KINDS: readonly EntityType[] = ['person', 'place', 'org'];

export function overviewRoutes(api: Api, { store }: RouteOptions): void {
  api.get(
    '/api/overview',
    {
      schema: {
        summary: 'The store at a glance: counts, the most mentioned entities, the corpus over time, the first claim groups',
        description:
          'Aggregates only, whatever the size of the store: the top entities of each kind, mentions per month (worked out when the store was resolved), and the first claim groups in the order of /api/claims.',
        tags: ['store'],
        querystring: OverviewQuerystring,
        response: withErrors({ 200: OverviewResponse }),
      },
    },
    async (request) => {
      const { limit = OVERVIEW_DEFAULT_LIMIT } = request.query;
      const [stats, claimCounts, busiest, mentionsByMonth, claims] = await Promise.all([
        store.stats(),
        store.claimCounts(),
        Promise.all(KINDS.map((type) => store.listEntities({ type, limit }))),
        store.mentionsByMonth(),
        store.claims({ limit }),
      ]);
      const [person, place, org] = busiest;
      return {
        counts: { ...stats, claims: claimCounts },
        busiest: { person: person!, place: place!, org: org! },
        mentionsByMonth,
        claims: claims.map((group) => presentClaim(group)),
      };
    },
  );
}
