import type { Api, RouteOptions } from '../app.js';
import { SearchQuerystring, SearchResponse, withErrors } from '../schemas.js';

export function searchRoutes(api: Api, { store }: RouteOptions): void {
  api.get(
    '/api/search',
    {
      schema: {
        summary: 'Full-text search over passages, matching inflected forms',
        description: 'Ranked passages with snippets; filters by language, source, what the passage mentions (kind) and the dates it mentions (from, to).',
        tags: ['search'],
        querystring: SearchQuerystring,
        response: withErrors({ 200: SearchResponse }),
      },
    },
    (request) => {
      const { q, ...filters } = request.query;
      return store.search({ text: q, ...filters });
    },
  );
}
