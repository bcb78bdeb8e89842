/**
 * The API's shapes as JSON schemas (TypeBox): Fastify validates every request against them,
 * serializes every response through them, and the OpenAPI document is made from them.
 */
import { Type, type Static, type TSchema } from 'typebox';
import { DOCUMENT_TYPES } from '../model.js';
import { NETWORK_DEFAULTS } from '../store/network-period.js';
import { MAX_LIMIT } from '../store/search-page.js';

const PLAIN_DATE = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';
const LANGUAGE_CODE = '^[a-z]{2,3}$';
const YEAR_OR_MONTH = '^\\d{4}(-(0[1-9]|1[0-2]))?$';

/** What a value failing a pattern should look like, in words. */
const PATTERN_MEANINGS: Readonly<Record<string, string>> = {
  [PLAIN_DATE]: 'a year, year-month or day: 1921, 1921-08, 1921-08-18',
  [LANGUAGE_CODE]: 'a language code: ru, en, tr, pl…',
  [YEAR_OR_MONTH]: 'a year or year-month: 1921, 1921-08',
};

const Limit = (maximum: number) => Type.Integer({ minimum: 1, maximum, description: 'at most this many results' });
const Offset = Type.Integer({ minimum: 0, description: 'skip this many results' });
const PartialDate = (description: string) => Type.String({ pattern: PLAIN_DATE, description: `${description}: a year, year-month or day (1921, 1921-08, 1921-08-18)` });
const EntityKind = Type.Enum(['person', 'place', 'org']);
const EntityId = (description: string) => Type.String({ minLength: 1, maxLength: 200, description: `${description}: its id` });
const Lang = Type.String({ pattern: LANGUAGE_CODE, description: 'an ISO 639 language code (ru, en, tr, pl, und…)' });
/** A source by id, unique id prefix, path or file name. */
const SourceRef = Type.String({ minLength: 1, maxLength: 4096 });
/** Objects whose every field is not spelled out here; extra fields are serialized as they are. */
const open = { additionalProperties: true } as const;

export const ErrorBody = Type.Object({
  error: Type.String({ description: 'bad-request, unauthorized, not-found, conflict, too-large, unsupported-media-type or internal' }),
  message: Type.String(),
});

export const StatsResponse = Type.Object({
  sources: Type.Integer(),
  passages: Type.Integer(),
  entities: Type.Object({ person: Type.Integer(), place: Type.Integer(), org: Type.Integer() }),
  documents: Type.Integer(),
});

export const SearchQuerystring = Type.Object(
  {
    q: Type.String({ minLength: 1, maxLength: 2000, description: 'words, "phrases", OR, NOT or -word, prefix*, (groups)' }),
    lang: Type.Optional(Lang),
    source: Type.Optional(SourceRef),
    kind: Type.Optional(EntityKind),
    from: Type.Optional(PartialDate('only passages with a date mention that begins on or after this')),
    to: Type.Optional(PartialDate('only passages with a date mention that ends on or before this')),
    limit: Type.Optional(Limit(MAX_LIMIT)),
    offset: Type.Optional(Offset),
  },
  { additionalProperties: false },
);

const Highlight = Type.Object({ start: Type.Integer(), end: Type.Integer() });

export const SearchResponse = Type.Object({
  total: Type.Integer(),
  hits: Type.Array(
    Type.Object({
      sourceId: Type.String(),
      path: Type.String(),
      title: Type.String(),
      passage: Type.Integer(),
      start: Type.Integer(),
      end: Type.Integer(),
      lang: Type.String(),
      score: Type.Number(),
      snippet: Type.String(),
      highlights: Type.Array(Highlight),
    }),
  ),
  interpreted: Type.String(),
  warnings: Type.Array(Type.String()),
});

export const SourceSummary = Type.Object({
  id: Type.String(),
  path: Type.String(),
  title: Type.String(),
  format: Type.String(),
  encoding: Type.String(),
  languages: Type.Array(Type.String()),
  bytes: Type.Integer(),
  chars: Type.Integer(),
  passages: Type.Integer(),
  ingestedAt: Type.String(),
});

export const SourceParams = Type.Object({ id: SourceRef });

/** Passages in a reader's window unless asked otherwise, and at most. */
export const READER_PASSAGES = { default: 100, max: 2000 } as const;

export const ReaderQuerystring = Type.Object(
  {
    from: Type.Optional(Type.Integer({ minimum: 0, description: 'index of the window\'s first passage (default 0); a 400 when beyond the last passage' })),
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: READER_PASSAGES.max, description: `at most this many passages in the window (default ${READER_PASSAGES.default})` }),
    ),
    at: Type.Optional(
      Type.Integer({ minimum: 0, description: 'a character offset in the source: the window starts a few passages before the passage holding it (from is then ignored); a 400 when beyond the end' }),
    ),
  },
  { additionalProperties: false },
);

const EntityRef = Type.Object({ id: Type.String(), label: Type.String(), type: EntityKind });

export const ReaderResponse = Type.Object({
  id: Type.String(),
  path: Type.String(),
  title: Type.String(),
  format: Type.String(),
  languages: Type.Array(Type.String()),
  passageCount: Type.Integer({ description: 'all the passages of the source, in the window or not' }),
  window: Type.Object(
    { from: Type.Integer({ description: 'index of the first passage' }), to: Type.Integer({ description: 'index after the last passage' }) },
    { description: 'the passages this answer holds' },
  ),
  textStart: Type.Integer({ description: 'where text begins in the whole normalized text: the offsets of passages and mentions minus this index into text' }),
  text: Type.String({
    description: "the normalized text of the window, as data, never markup: from the first passage's start (0 for the first passage) to the last passage's end (the end of the text for the last passage)",
  }),
  passages: Type.Array(Type.Object({ index: Type.Integer(), start: Type.Integer(), end: Type.Integer(), lang: Type.String() }), {
    description: "the window's passages, offsets in the whole text",
  }),
  mentions: Type.Array(
    Type.Object({
      start: Type.Integer(),
      end: Type.Integer(),
      text: Type.String(),
      kind: Type.Enum(['person', 'place', 'org', 'date', 'quantity', 'document', 'citation', 'work']),
      entity: Type.Optional(EntityRef),
      value: Type.Optional(
        Type.Object({}, { ...open, description: 'dates {edtf, inferred}; quantities {value, item?, unit?, approximate}; documents {type, date?}; citations and bibliography entries {authors, year?, title?, pages?}' }),
      ),
    }),
    { description: "the mentions inside the window's text, offsets in the whole text" },
  ),
});

const Alias = Type.Object({ text: Type.String(), lang: Type.String(), count: Type.Integer() });

const EntitySummaryProperties = {
  id: Type.String(),
  type: EntityKind,
  label: Type.String(),
  aliases: Type.Array(Alias),
  attributes: Type.Object({}, { ...open, description: 'titles, coordinates {lat, lon}, gazetteer ids…' }),
  mentions: Type.Integer(),
  sources: Type.Integer(),
};

export const EntitySummary = Type.Object(EntitySummaryProperties);

export const EntitiesQuerystring = Type.Object(
  {
    type: Type.Optional(EntityKind),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'any name, in any script (Чичерин, Chicherin)' })),
    limit: Type.Optional(Limit(1000)),
    offset: Type.Optional(Offset),
  },
  { additionalProperties: false },
);

export const EntityParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });

export const EntityMentionsQuerystring = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, description: 'at most this many mentions in mentionList (default 100)' })),
    offset: Type.Optional(Type.Integer({ minimum: 0, description: 'skip this many of the mentions' })),
  },
  { additionalProperties: false },
);

const MentionInContextProperties = {
  sourceId: Type.String(),
  path: Type.String(),
  title: Type.String(),
  start: Type.Integer(),
  end: Type.Integer(),
  text: Type.String(),
  sentence: Type.String(),
  sentenceStart: Type.Integer(),
  lang: Type.String(),
};

export const EntityResponse = Type.Object({
  ...EntitySummaryProperties,
  mentionList: Type.Array(Type.Object(MentionInContextProperties), { description: 'a page of the mentions, in order of source path and offset' }),
  mentionTotal: Type.Integer({ description: 'all mentions of the entity, listed or not' }),
  coOccurring: Type.Array(Type.Object({ id: Type.String(), type: EntityKind, label: Type.String(), passages: Type.Integer() })),
  firstDate: Type.Optional(Type.String()),
  lastDate: Type.Optional(Type.String()),
  mentionsByMonth: Type.Array(Type.Object({ month: Type.String({ description: 'YYYY-MM' }), count: Type.Integer() })),
});

export const TimelineQuerystring = Type.Object(
  {
    from: Type.Optional(PartialDate('only dates that begin on or after this')),
    to: Type.Optional(PartialDate('only dates that end on or before this')),
    source: Type.Optional(SourceRef),
    limit: Type.Optional(Limit(5000)),
  },
  { additionalProperties: false },
);

export const TimelineEntry = Type.Object({
  ...MentionInContextProperties,
  edtf: Type.String(),
  inferred: Type.Boolean(),
  min: Type.String(),
  max: Type.String(),
});

export const CalendarQuerystring = Type.Object(
  {
    from: Type.Optional(PartialDate('only documents dated wholly on or after this')),
    to: Type.Optional(PartialDate('only documents dated wholly on or before this')),
    type: Type.Optional(Type.Enum([...DOCUMENT_TYPES])),
    person: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'only documents this person or organisation sent or received, by any name' })),
    entity: Type.Optional(EntityId('only documents this entity sent or received')),
    limit: Type.Optional(Limit(5000)),
  },
  { additionalProperties: false },
);

export const CalendarEntry = Type.Object(
  {
    id: Type.String(),
    type: Type.String(),
    date: Type.Optional(Type.Object({ edtf: Type.String(), inferred: Type.Boolean() })),
    senders: Type.Array(EntityRef),
    recipients: Type.Array(EntityRef),
    senderRoles: Type.Array(Type.String()),
    recipientRoles: Type.Array(Type.String()),
    citations: Type.Array(Type.Object({ source: Type.String(), path: Type.String(), title: Type.String(), start: Type.Integer(), end: Type.Integer(), text: Type.String() }, open)),
    holdings: Type.Array(Type.Object({ text: Type.String() }, open)),
  },
  { ...open, description: 'a document record: also signedAt {label, entity?} for treaties, title when the references give one' },
);

export const IngestResponse = Type.Object({
  results: Type.Array(
    Type.Object({
      file: Type.String({ description: 'the name the file was uploaded with' }),
      status: Type.Enum(['added', 'replaced', 'unchanged', 'failed']),
      error: Type.Optional(Type.String()),
    }),
  ),
});

/** The error answers every route can give, for the OpenAPI document. */
export function withErrors<T extends Record<number, TSchema>>(responses: T) {
  return { ...responses, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody } as const;
}

interface ValidationIssue {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

/** A validation failure in words a user can act on: which parameter, and what it must be. */
export function describeValidation(issues: readonly ValidationIssue[], part: string): Error {
  const lines = issues.map((issue) => {
    const where = issue.instancePath ? `${part} parameter ${issue.instancePath.slice(1).replaceAll('/', '.')}` : part;
    if (issue.keyword === 'discriminator') {
      return `${where}: ${issue.params.tag as string} must be one of ${DISCRIMINATED_KINDS}${issue.params.tagValue === undefined ? '' : `, not ${JSON.stringify(issue.params.tagValue)}`}`;
    }
    if (issue.keyword === 'enum') return `${where} must be one of ${(issue.params.allowedValues as string[]).join(', ')}`;
    if (issue.keyword === 'pattern') return `${where} must be ${PATTERN_MEANINGS[issue.params.pattern as string] ?? `like ${String(issue.params.pattern)}`}`;
    if (issue.keyword === 'additionalProperties') return `${where}: unknown parameter ${String(issue.params.additionalProperty)}`;
    return `${where} ${issue.message ?? 'is not valid'}`;
  });
  return new Error(lines.join('; '));
}

const EntityNamed = (description: string) => Type.String({ minLength: 1, maxLength: 200, description: `${description}: its id, or a name only it has` });
const Reason = Type.Optional(Type.String({ maxLength: 2000, description: 'why: kept with the edit in the log' }));
const TextOffset = (description: string) => Type.Integer({ minimum: 0, description });

/** One kind of edit request: `kind` names it, the rest says what to change. */
function editRequest<K extends string, P extends Record<string, TSchema>>(kind: K, description: string, properties: P) {
  return Type.Object({ kind: Type.Literal(kind), ...properties, reason: Reason }, { additionalProperties: false, description });
}

const MergeRequest = editRequest('merge', 'make two entities one: `from` joins `into`, which keeps its id', {
  into: EntityNamed('the entity that stays'),
  from: EntityNamed('the entity that joins it'),
  label: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: "the merged entity's label (default: into's)" })),
});
const SplitRequest = editRequest('split', 'take mentions out of an entity into a new one: those written in `forms`, and single `mentions`', {
  entity: EntityNamed('the wrongly merged entity'),
  forms: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 200, description: 'forms as the texts write them' })),
  mentions: Type.Optional(
    Type.Array(Type.Object({ source: SourceRef, start: TextOffset('where the mention starts') }, { additionalProperties: false }), { maxItems: 1000 }),
  ),
  label: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: "the new entity's label (default: its commonest name)" })),
});
const RenameRequest = editRequest('rename', 'give an entity another label', {
  entity: EntityNamed('the entity'),
  label: Type.String({ minLength: 1, maxLength: 200 }),
});
const RetypeRequest = editRequest('retype', 'change what kind of entity it is', { entity: EntityNamed('the entity'), type: EntityKind });
const RejectRequest = editRequest('reject', 'a name the recognizers found is no name: the one at `start`–`end` of `source`, or (`every`) each written so, in `source` or everywhere', {
  source: Type.Optional(SourceRef),
  start: Type.Optional(TextOffset('where the mention starts in the source text')),
  end: Type.Optional(TextOffset('where it ends (exclusive)')),
  every: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'every name mention written so' })),
});
const AcceptRequest = editRequest('accept', 'add a name the recognizers missed, at `start`–`end` of `source`', {
  source: SourceRef,
  start: TextOffset('where the name starts in the source text'),
  end: TextOffset('where it ends (exclusive)'),
  type: EntityKind,
  entity: Type.Optional(EntityNamed('the entity it names (default: the entity of that name, else a new one)')),
});
const UndoRequest = editRequest('undo', 'take back an edit (an undo of an undo puts it back)', { edit: Type.String({ minLength: 1, maxLength: 64, description: "the edit's id or a unique prefix" }) });

const EDIT_REQUESTS = [MergeRequest, SplitRequest, RenameRequest, RetypeRequest, RejectRequest, AcceptRequest, UndoRequest];
const DISCRIMINATED_KINDS = EDIT_REQUESTS.map((request) => request.properties.kind.const).join(', ');

/** Chosen by `kind`, so that a wrong request is told what is wrong with its own kind, not with all seven. */
export const EditRequestBody = Type.Unsafe<Static<(typeof EDIT_REQUESTS)[number]>>({
  type: 'object',
  required: ['kind'],
  discriminator: { propertyName: 'kind' },
  oneOf: EDIT_REQUESTS,
  description: 'one edit: merge, split, rename, retype, reject, accept or undo',
});

export const LoggedEditSchema = Type.Object(
  {
    id: Type.String(),
    at: Type.String({ description: 'when it was made, ISO 8601' }),
    kind: Type.Enum(['merge', 'split', 'rename', 'retype', 'reject', 'accept', 'undo']),
    payload: Type.Object({}, { ...open, description: 'what it changes, anchored so that it holds when the corpus changes' }),
    reason: Type.Optional(Type.String()),
    description: Type.String({ description: 'the edit in words' }),
    status: Type.Enum(['applied', 'undone', 'orphaned']),
    orphanedBecause: Type.Optional(Type.String({ description: 'why an orphaned edit no longer applies' })),
  },
);

export const EditResponse = Type.Object({
  edit: LoggedEditSchema,
  entities: Type.Array(EntitySummary, { description: 'the entities the edit made or changed, as they are now' }),
});

// The Calendar and Timeline views: the calendar as a file, and the timeline as drawn items.

export const CalendarExportQuerystring = Type.Object(
  {
    ...CalendarQuerystring.properties,
    format: Type.Enum(['csv', 'cmif'], { description: 'csv: one row per document; cmif: TEI correspondence metadata (letters, telegrams, notes; no treaties)' }),
  },
  { additionalProperties: false },
);

export const TimelineItemsQuerystring = Type.Object(
  {
    from: Type.Optional(PartialDate('only dates that begin on or after this')),
    to: Type.Optional(PartialDate('only dates that end on or before this')),
    entity: Type.Optional(EntityId('only documents this entity sent or received, and dates in passages that mention it')),
    limit: Type.Optional(Limit(2000)),
  },
  { additionalProperties: false },
);

const DatedItem = {
  edtf: Type.String(),
  inferred: Type.Boolean({ description: 'part of the date (usually the year) was taken from context' }),
  min: Type.String({ description: 'first day the date covers' }),
  max: Type.String({ description: 'last day the date covers' }),
};

export const TimelineItemsResponse = Type.Object({
  documents: Type.Array(
    Type.Object({
      id: Type.String(),
      type: Type.String(),
      title: Type.Optional(Type.String()),
      ...DatedItem,
      senders: Type.Array(EntityRef),
      recipients: Type.Array(EntityRef),
      citation: Type.Object({ sourceId: Type.String(), title: Type.String(), start: Type.Integer(), text: Type.String() }, { description: 'the first place a source cites it' }),
    }),
    { description: 'dated documents, in order of date' },
  ),
  documentsComplete: Type.Boolean({ description: 'false when more documents match than limit' }),
  events: Type.Array(
    Type.Object({
      sourceId: Type.String(),
      title: Type.String({ description: "the source's title" }),
      start: Type.Integer(),
      text: Type.String({ description: 'the date as the text writes it' }),
      sentence: Type.String(),
      ...DatedItem,
      actors: Type.Array(EntityRef, { description: 'the people and organisations its sentence names' }),
    }),
    { description: 'the dated sentences, when no more than limit match; else none, and eventCounts counts them' },
  ),
  eventTotal: Type.Integer({ description: 'all the dated sentences that match' }),
  unit: Type.Enum(['year', 'month', 'day'], { description: 'the period eventCounts counts by' }),
  eventCounts: Type.Array(Type.Object({ period: Type.String({ description: 'YYYY, YYYY-MM or YYYY-MM-DD' }), count: Type.Integer() }), {
    description: 'when more dated sentences match than limit: how many begin in each period',
  }),
});

// ── The network and the map of a period ──────────────────────────────────────

const PeriodEnd = (description: string) =>
  Type.String({ pattern: YEAR_OR_MONTH, description: `${description}: a year or year-month (1921, 1921-08); with neither end, all time, undated passages and documents included` });
const PeriodProperties = {
  from: Type.Optional(PeriodEnd('the first month of the period')),
  to: Type.Optional(PeriodEnd('the last month of the period')),
};
const MonthActivity = Type.Array(Type.Object({ month: Type.String({ description: 'YYYY-MM' }), count: Type.Integer() }), {
  description: 'every month with any activity, in order, whatever the period asked for: the steps of a period slider',
});

/** Most nodes, edges and places one answer holds: a view draws a few hundred things, never the store. */
export const NETWORK_LIMITS = { nodes: 300, edges: 2000, places: 1000 } as const;

export const NetworkQuerystring = Type.Object(
  {
    kind: Type.Optional(
      Type.Enum(['letters', 'co-occurrence'], { description: 'letters (default): who wrote to whom in the cited documents; co-occurrence: who is named in the same passages' }),
    ),
    ...PeriodProperties,
    type: Type.Optional(
      Type.Array(EntityKind, { minItems: 1, maxItems: 3, uniqueItems: true, description: 'only entities of these types, repeated for several: type=person&type=org (default: all)' }),
    ),
    nodes: Type.Optional(Type.Integer({ minimum: 1, maximum: NETWORK_LIMITS.nodes, description: `at most this many nodes, the most active in the period first (default ${NETWORK_DEFAULTS.nodes})` })),
    edges: Type.Optional(Type.Integer({ minimum: 1, maximum: NETWORK_LIMITS.edges, description: `at most this many edges between them, the heaviest first (default ${NETWORK_DEFAULTS.edges})` })),
  },
  { additionalProperties: false },
);

export const NetworkResponse = Type.Object({
  kind: Type.Enum(['letters', 'co-occurrence']),
  directed: Type.Boolean({ description: 'letters go from sender to recipient' }),
  nodes: Type.Array(
    Type.Object({
      ...EntityRef.properties,
      mentions: Type.Integer({ description: 'mentions in the period' }),
      documents: Type.Optional(Type.Integer({ description: 'letters: documents of the period it sent or received' })),
    }),
  ),
  edges: Type.Array(
    Type.Object({
      source: Type.String({ description: 'an entity id: the sender (letters)' }),
      target: Type.String(),
      weight: Type.Integer({ description: 'documents from source to target (letters), or passages naming both (co-occurrence), in the period' }),
    }),
  ),
  totalNodes: Type.Integer({ description: 'entities active in the period, shown or not' }),
  totalEdges: Type.Integer({ description: 'edges between the nodes shown, shown or not' }),
  months: MonthActivity,
});

export const PlaceMapQuerystring = Type.Object(
  {
    ...PeriodProperties,
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: NETWORK_LIMITS.places, description: `at most this many places, the most mentioned first (default ${NETWORK_DEFAULTS.places})` })),
  },
  { additionalProperties: false },
);

export const PlaceMapResponse = Type.Object({
  places: Type.Array(
    Type.Object({
      ...EntityRef.properties,
      lat: Type.Number(),
      lon: Type.Number(),
      mentions: Type.Integer({ description: 'mentions in the period' }),
    }),
  ),
  totalPlaces: Type.Integer({ description: 'places with coordinates mentioned in the period, shown or not' }),
  unlocated: Type.Integer({ description: 'places mentioned in the period without coordinates, which no map can show' }),
  months: MonthActivity,
});

// ── Claims and the overview ───────────────────────────────────────────────────

/** Claim groups on a page unless asked otherwise, and at most. */
export const CLAIM_PAGE = { default: 20, max: 100 } as const;
/** Statements of each claim group unless asked otherwise, and at most. */
export const CLAIM_STATEMENTS = { default: 12, max: 1000 } as const;
/** Entities of each kind and claim groups on the overview unless asked otherwise. */
export const OVERVIEW_DEFAULT_LIMIT = 8;

const ClaimStatus = Type.Enum(['conflict', 'agree', 'single']);
const ClaimValue = Type.Union([Type.Number(), Type.String()], { description: 'quantities: the figure; dates: the EDTF' });
const Shown = Type.String({ description: 'the value in words: thousands marked, ~ when approximate (~40,000)' });
const ClaimCounts = Type.Object(
  { conflict: Type.Integer(), agree: Type.Integer(), single: Type.Integer() },
  { description: 'claim groups of each status' },
);

export const ClaimsQuerystring = Type.Object(
  {
    conflicts: Type.Optional(Type.Boolean({ description: 'true: only groups whose sources give different values or dates' })),
    item: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: 'only groups of this item: its English kind (rifle, gold ruble) or as a text names it (винтовка), in any case' }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: CLAIM_PAGE.max, description: `at most this many groups (default ${CLAIM_PAGE.default})` })),
    offset: Type.Optional(Offset),
    statements: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: CLAIM_STATEMENTS.max,
        description: `at most this many statements of each group (default ${CLAIM_STATEMENTS.default}), some of each value`,
      }),
    ),
  },
  { additionalProperties: false },
);

const ClaimSummaryProperties = {
  id: Type.String(),
  kind: Type.Enum(['quantity', 'date']),
  item: Type.String({ description: 'the English kind (rifle), else the lemma; for dates, the document (treaty (Kars))' }),
  headline: Type.String({ description: 'what the group is about, in words: rifle (total), date of treaty (Kars)' }),
  subject: Type.String({ description: 'labels of the entities most statements name' }),
  subjectEntities: Type.Array(EntityRef, { description: 'those entities, to link to' }),
  role: Type.Optional(Type.Enum(['total', 'part'])),
  part: Type.Optional(Type.String()),
  document: Type.Optional(Type.String({ description: 'dates: the id of the document record whose citations are compared' })),
  status: ClaimStatus,
  sources: Type.Integer({ description: 'distinct sources among the statements' }),
  difference: Type.Optional(Type.String({ description: 'for conflicts, what differs: 39,000 (2 sources) vs 40,000 (1 source)' })),
  readings: Type.Array(Type.Object({ value: ClaimValue, approximate: Type.Boolean(), shown: Shown, sources: Type.Array(Type.String(), { description: 'source ids' }) }), {
    description: 'the distinct values, most sources first',
  }),
};

export const ClaimSummary = Type.Object(ClaimSummaryProperties);

export const ClaimGroup = Type.Object({
  ...ClaimSummaryProperties,
  statements: Type.Array(
    Type.Object({
      source: Type.String(),
      path: Type.String(),
      title: Type.String(),
      mention: Type.Integer({ description: "the mention's index in its source" }),
      start: Type.Integer({ description: 'where the statement begins in the source text: the reader opens there' }),
      end: Type.Integer(),
      text: Type.String({ description: "the quantity's or the citation's text" }),
      passage: Type.String({ description: 'the sentence it is said in' }),
      value: ClaimValue,
      approximate: Type.Boolean(),
      shown: Shown,
      item: Type.Optional(Type.String({ description: 'the counted thing as the text names it' })),
      role: Type.Optional(Type.Enum(['total', 'part'])),
      part: Type.Optional(Type.String()),
      period: Type.Optional(Type.Object({ edtf: Type.String(), from: Type.Enum(['sentence', 'context']) })),
      subjects: Type.Array(Type.String(), { description: 'ids of the entities the sentence names' }),
    }),
    { description: 'statements by value, so that those of one reading stand together: as many as asked for, some of each value' },
  ),
  statementCount: Type.Integer({ description: 'all the statements of the group, shown or not' }),
});

export const ClaimParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });

export const ClaimsResponse = Type.Object({
  total: Type.Integer({ description: 'groups matching the filters, on every page' }),
  counts: ClaimCounts,
  items: Type.Array(Type.Object({ item: Type.String(), groups: Type.Integer(), conflicts: Type.Integer() }), {
    description: 'the items groups are about, most groups first (at most 100, whatever the filters)',
  }),
  groups: Type.Array(ClaimGroup),
});

export const OverviewQuerystring = Type.Object(
  {
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 50, description: `at most this many entities of each kind, and claim groups (default ${OVERVIEW_DEFAULT_LIMIT})` }),
    ),
  },
  { additionalProperties: false },
);

const BusyEntity = Type.Object({ id: Type.String(), type: EntityKind, label: Type.String(), mentions: Type.Integer(), sources: Type.Integer() });

export const OverviewResponse = Type.Object({
  counts: Type.Object({ ...StatsResponse.properties, claims: ClaimCounts }, { description: 'what /api/stats counts, and the claim groups of each status' }),
  busiest: Type.Object(
    { person: Type.Array(BusyEntity), place: Type.Array(BusyEntity), org: Type.Array(BusyEntity) },
    { description: 'the most mentioned entities of each kind, most first' },
  ),
  mentionsByMonth: Type.Array(Type.Object({ month: Type.String({ description: 'YYYY-MM' }), count: Type.Integer() }), {
    description: 'the corpus over time: mentions of people, places and organisations in passages dated within each month, in order of month',
  }),
  claims: Type.Array(ClaimSummary, { description: 'the first claim groups: conflicts first, then those more sources speak of' }),
});
