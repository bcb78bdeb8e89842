import { Type } from 'typebox';
import type { Api, RouteOptions } from '../app.js';
import { TimelineEntry, TimelineQuerystring, withErrors } from '../schemas.js';

export function timelineRoutes(api: Api, { store }: RouteOptions): void {
  api.get(
    '/api/timeline',
    {
      schema: {
        summary: 'Every dated sentence, in order of date',
        tags: ['timeline'],
        querystring: TimelineQuerystring,
        response: withErrors({ 200: Type.Array(TimelineEntry) }),
      },
    },
    (request) => store.timeline(request.query),
  );
}
