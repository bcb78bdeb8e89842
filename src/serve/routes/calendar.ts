import { Type } from 'typebox';
import { calendarFilter } from '../../store/calendar-query.js';
import type { Api, RouteOptions } from '../app.js';
import { CalendarEntry, CalendarQuerystring, withErrors } from '../schemas.js';

export function calendarRoutes(api: Api, { store }: RouteOptions): void {
  api.get(
    '/api/calendar',
    {
      schema: {
        summary: 'The documents the sources cite: who wrote to whom, when, where held',
        description: 'person: any name of a sender or recipient, in any script.',
        tags: ['calendar'],
        querystring: CalendarQuerystring,
        response: withErrors({ 200: Type.Array(CalendarEntry) }),
      },
    },
    async (request) => store.calendar(await calendarFilter(store, request.query)),
  );
}
