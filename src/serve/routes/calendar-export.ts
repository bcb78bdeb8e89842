import { Type } from 'typebox';
import { CMIF_DEFAULTS, exportCalendar } from '../../export/calendar-export.js';
import type { Api, RouteOptions } from '../app.js';
import { CalendarExportQuerystring, withErrors } from '../schemas.js';

const MEDIA_TYPES = { csv: 'text/csv; charset=utf-8', cmif: 'application/tei+xml; charset=utf-8' } as const;
const FILE_NAMES = { csv: 'calendar.csv', cmif: 'calendar-cmif.xml' } as const;

export function calendarExportRoutes(api: Api, { store }: RouteOptions): void {
  api.get(
    '/api/export/calendar',
    {
      schema: {
        summary: 'The calendar of documents as a file to download: CSV or CMIF, with the filters of /api/calendar',
        description: 'What `dossier export` writes. CMIF leaves treaties out, and is a 400 when no letter, telegram or note matches.',
        tags: ['calendar'],
        querystring: CalendarExportQuerystring,
        response: withErrors({ 200: Type.String({ description: 'the file' }) }),
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const options = format === 'csv' ? { format, bom: false } : { format, ...CMIF_DEFAULTS, exportedAt: new Date() };
      const { text } = await exportCalendar(store, query, options);
      return reply.type(MEDIA_TYPES[format]).header('content-disposition', `attachment; filename="${FILE_NAMES[format]}"`).send(text);
    },
  );
}
