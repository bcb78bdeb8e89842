import type { LinkedMention } from '../../store/store.js';
import type { Api, RouteOptions } from '../app.js';
import { notFound } from '../errors.js';
import { ReaderResponse, SourceParams, SourceSummary, withErrors } from '../schemas.js';
import { Type } from 'typebox';

export function sourceRoutes(api: Api, { store }: RouteOptions): void {
  api.get(
    '/api/sources',
    { schema: { summary: 'Every stored source', tags: ['sources'], response: withErrors({ 200: Type.Array(SourceSummary) }) } },
    () => store.listSources(),
  );

  api.get(
    '/api/sources/:id',
    {
      schema: {
        summary: 'A source to read: its text, passages and every mention, names with their entities',
        description: 'By id, a unique id prefix, the path it was ingested from or its file name. The text is data, never markup.',
        tags: ['sources'],
        params: SourceParams,
        response: withErrors({ 200: ReaderResponse }),
      },
    },
    async (request) => {
      const source = await store.getSource(request.params.id);
      if (!source) throw notFound(`no stored source matches "${request.params.id}"`);
      return {
        id: source.id,
        path: source.path,
        title: source.title,
        format: source.format,
        languages: source.languages,
        text: source.text,
        passages: source.passageList.map(({ start, end, lang }) => ({ start, end, lang })),
        mentions: (await store.linkedMentions(source.id)).map(readerMention),
      };
    },
  );
}

/** What a reader shows of a mention: names link to their entity; dates, quantities, documents and citations carry their value. */
function readerMention(mention: LinkedMention) {
  const { start, end, text, kind } = mention;
  switch (mention.kind) {
    case 'date':
      return { start, end, text, kind, value: { edtf: mention.value.edtf, inferred: mention.value.inferred } };
    case 'quantity':
      return { start, end, text, kind, value: mention.value };
    case 'document': {
      const { type, date } = mention.value;
      return { start, end, text, kind, value: date ? { type, date: { edtf: date.edtf, inferred: date.inferred } } : { type } };
    }
    case 'citation':
    case 'work': {
      const { authors, year, title, pages } = mention.value;
      return { start, end, text, kind, value: { authors, ...(year !== undefined ? { year } : {}), ...(title ? { title } : {}), ...(pages ? { pages } : {}) } };
    }
    default:
      return { start, end, text, kind, ...(mention.entity ? { entity: mention.entity } : {}) };
  }
}
