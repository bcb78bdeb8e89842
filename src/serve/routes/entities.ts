import { Type } from 'typebox';
import type { Api, RouteOptions } from '../app.js';
import { notFound } from '../errors.js';
import { EntitiesQuerystring, EntityMentionsQuerystring, EntityParams, EntityResponse, EntitySummary, withErrors } from '../schemas.js';

const DEFAULT_LIMIT = 100;
/** Mentions on an entity's page unless asked otherwise: a page, not all of a much-mentioned name's thousands. */
const DEFAULT_MENTIONS = 100;

export function entityRoutes(api: Api, { store }: RouteOptions): void {
  api.get(
    '/api/entities',
    {
      schema: {
        summary: 'People, places and organisations, most mentioned first',
        description: 'With q, the entities of that name in any script (Чичерин finds Chicherin), as `dossier entity` finds them.',
        tags: ['entities'],
        querystring: EntitiesQuerystring,
        response: withErrors({ 200: Type.Array(EntitySummary) }),
      },
    },
    async (request) => {
      const { type, q, limit = DEFAULT_LIMIT, offset = 0 } = request.query;
      if (q === undefined) return store.listEntities({ type, limit, offset });
      const named = await store.findEntities(q);
      return named.filter((entity) => type === undefined || entity.type === type).slice(offset, offset + limit);
    },
  );

  api.get(
    '/api/entities/:id',
    {
      schema: {
        summary: 'One entity: names, mentions in their sentences, co-occurring entities, mentions per month',
        description: 'The mentions come a page at a time (limit, offset), in order of source path and offset; mentionTotal counts them all.',
        tags: ['entities'],
        params: EntityParams,
        querystring: EntityMentionsQuerystring,
        response: withErrors({ 200: EntityResponse }),
      },
    },
    async (request) => {
      const { id } = request.params;
      const { limit = DEFAULT_MENTIONS, offset = 0 } = request.query;
      const details = await store.getEntity(id, { limit, offset });
      if (!details) throw notFound(`no entity has the id "${id}"`);
      return details;
    },
  );
}
