import { isNameMention } from '../../resolve/index.js';
import type { LinkedMention } from '../../store/store.js';
import type { Api, RouteOptions } from '../app.js';
import { notFound } from '../errors.js';
import { READER_PASSAGES, ReaderQuerystring, ReaderResponse, SourceParams, SourceSummary, withErrors } from '../schemas.js';
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
        summary: 'A window of a source to read: its text, passages and mentions, names with their entities',
        description:
          'By id, a unique id prefix, the path it was ingested from or its file name. Names the researcher rejected are left out. A window of passages (from, limit), or the window around a character offset (at); without them, the first 100 passages: the whole of most articles. Offsets are in the whole text; text begins at textStart. The text is data, never markup.',
        tags: ['sources'],
        params: SourceParams,
        querystring: ReaderQuerystring,
        response: withErrors({ 200: ReaderResponse }),
      },
    },
    async (request) => {
      const { from, at, limit = READER_PASSAGES.default } = request.query;
      const window = await store.readWindow(request.params.id, { from, at, limit });
      if (!window) throw notFound(`no stored source matches "${request.params.id}"`);
      const { source } = window;
      return {
        id: source.id,
        path: source.path,
        title: source.title,
        format: source.format,
        languages: source.languages,
        passageCount: source.passages,
        window: { from: window.from, to: window.to },
        textStart: window.textStart,
        text: window.text,
        passages: window.passages,
        mentions: window.mentions.filter(notRejected).map(readerMention),
      };
    },
  );
}

/** Every name the recognizers found is linked to an entity unless the researcher rejected it. */
function notRejected(mention: LinkedMention): boolean {
  return mention.entity !== undefined || !isNameMention(mention);
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
      // A name is of its entity's kind: the researcher may have changed it (retype).
      return mention.entity ? { start, end, text, kind: mention.entity.type, entity: mention.entity } : { start, end, text, kind };
  }
}
