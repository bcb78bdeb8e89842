import type { Api, RouteOptions } from '../app.js';
import { StatsResponse, withErrors } from '../schemas.js';

export function statsRoutes(api: Api, { store }: RouteOptions): void {
  api.get(
    '/api/stats',
    { schema: { summary: 'How much the store holds', tags: ['store'], response: withErrors({ 200: StatsResponse }) } },
    () => store.stats(),
  );
}
