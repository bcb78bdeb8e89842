import { claimHeadline, formatClaimReading, statementsByValue } from '../../resolve/claim-display.js';
import type { ClaimEntry } from '../../store/store.js';
import type { Api, RouteOptions } from '../app.js';
import { notFound } from '../errors.js';
import { CLAIM_PAGE, CLAIM_STATEMENTS, ClaimGroup, ClaimParams, ClaimsQuerystring, ClaimsResponse, withErrors } from '../schemas.js';

/** Items offered to filter by: every item of most corpora, a bounded list of any. */
const ITEMS_LISTED = 100;

/**
 * A claim group as the API gives it: with its headline, each value in words, and at most `shown`
 * of its statements by value (a claim a large corpus repeats has hundreds), taken from each
 * value in turn so that every value keeps some.
 */
export function presentClaim(group: ClaimEntry, shown: number = CLAIM_STATEMENTS.default) {
  const statements = statementsByValue(group.statements).map((statement) => ({ ...statement, shown: formatClaimReading(statement) }));
  const byValue = new Map<string, typeof statements>();
  for (const statement of statements) byValue.set(statement.shown, [...(byValue.get(statement.shown) ?? []), statement]);
  const kept = new Set<(typeof statements)[number]>();
  for (let round = 0; kept.size < Math.min(shown, statements.length); round++) {
    for (const same of byValue.values()) {
      const next = same[round];
      if (next && kept.size < shown) kept.add(next);
    }
  }
  return {
    ...group,
    headline: claimHeadline(group),
    readings: group.readings.map((reading) => ({ ...reading, shown: formatClaimReading(reading) })),
    statements: statements.filter((statement) => kept.has(statement)),
    statementCount: statements.length,
  };
}

export function claimRoutes(api: Api, { store }: RouteOptions): void {
  api.get(
    '/api/claims',
    {
      schema: {
        summary: 'Claim groups: what several sources say about the same thing, compared; conflicts first',
        description:
          'As `dossier claims` lists them: quantities of one item and the dates of one document, each group agreeing, in conflict, or single (one source). ' +
          'A page at a time (limit, offset), each group with some of its statements (statements; statementCount counts them all); total and counts say how many groups there are, items which items there are to filter by.',
        tags: ['claims'],
        querystring: ClaimsQuerystring,
        response: withErrors({ 200: ClaimsResponse }),
      },
    },
    async (request) => {
      const { conflicts = false, item, limit = CLAIM_PAGE.default, offset = 0, statements = CLAIM_STATEMENTS.default } = request.query;
      const [groups, counts, items] = await Promise.all([
        store.claims({ conflictsOnly: conflicts, item, limit, offset }),
        store.claimCounts({ item }),
        store.claimItems(ITEMS_LISTED),
      ]);
      const total = conflicts ? counts.conflict : counts.conflict + counts.agree + counts.single;
      return { total, counts, items, groups: groups.map((group) => presentClaim(group, statements)) };
    },
  );

  api.get(
    '/api/claims/:id',
    {
      schema: {
        summary: `One claim group with its statements (the first ${CLAIM_STATEMENTS.max})`,
        tags: ['claims'],
        params: ClaimParams,
        response: withErrors({ 200: ClaimGroup }),
      },
    },
    async (request) => {
      const [group] = await store.claims({ id: request.params.id, limit: 1 });
      if (!group) throw notFound(`no claim group has the id "${request.params.id}"`);
      return presentClaim(group, CLAIM_STATEMENTS.max);
    },
  );
}
