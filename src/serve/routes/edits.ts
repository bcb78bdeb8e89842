import { Type } from 'typebox';
import { describeEdit } from '../../curate/describe.js';
import { commitRequest, EditRequestError, type EditRequest } from '../../ingest/edit-requests.js';
import { editLog } from '../../ingest/knowledge.js';
import type { Api, RouteOptions } from '../app.js';
import { EditRequestBody, EditResponse, ErrorBody, LoggedEditSchema, withErrors } from '../schemas.js';

export function editRoutes(api: Api, { store }: RouteOptions): void {
  api.get(
    '/api/edits',
    {
      schema: {
        summary: "The log of the researcher's corrections, oldest first, each with whether it holds now",
        description: 'Status: applied; undone (by a later undo); orphaned, when the words or the entity it is about are no longer in the corpus (kept, and applied again if they come back).',
        tags: ['edits'],
        response: withErrors({ 200: Type.Array(LoggedEditSchema) }),
      },
    },
    () => editLog(store),
  );

  api.post(
    '/api/edits',
    {
      schema: {
        summary: 'Make an edit: merge, split, rename, retype, reject, accept or undo',
        description:
          'The edit is logged with its time and reason and its effect stored at once; it is replayed after every ingest, so it holds when the corpus changes. ' +
          'Entities are named by id (or by a name only they have), sources by id, path or file name, mentions by their offsets in the source text. ' +
          '409 when the edit would change nothing or cannot apply to the corpus as it is.',
        tags: ['edits'],
        body: EditRequestBody,
        response: withErrors({ 201: EditResponse, 409: ErrorBody }),
      },
    },
    async (request, reply) => {
      const asked = request.body as EditRequest;
      const { edit, changed } = await commitRequest(store, checkedReject(asked));
      const entities = (await Promise.all(changed.map((id) => store.getEntity(id)))).filter((entity) => entity !== undefined);
      return reply.status(201).send({ edit: { ...edit, description: describeEdit(edit), status: 'applied' as const }, entities });
    },
  );
}

/** A reject names one mention (source, start, end) or every mention of a name (every): the schema cannot say "one or the other". */
function checkedReject(request: EditRequest): EditRequest {
  if (request.kind !== 'reject') return request;
  const fields = request as { source?: string; start?: number; end?: number; every?: string; reason?: string };
  if (fields.every !== undefined) {
    if (fields.start !== undefined || fields.end !== undefined) throw new EditRequestError('invalid', 'a reject names one mention (source, start, end) or every mention written so (every), not both');
    return { kind: 'reject', every: fields.every, source: fields.source, reason: fields.reason };
  }
  if (fields.source === undefined || fields.start === undefined || fields.end === undefined) {
    throw new EditRequestError('invalid', 'a reject needs source, start and end (one mention) or every (each mention written so)');
  }
  return { kind: 'reject', source: fields.source, start: fields.start, end: fields.end, reason: fields.reason };
}
