import { claimHeadline, formatClaimReading, statementsByValue } from '../../resolve/claim-display.js';
import type { ClaimEntry } from '../../store/store.js';
import type { Api, RouteOptions } from '../app.js';
import { CLAIM_PAGE, ClaimsQuerystring, ClaimsResponse, withErrors } from '../schemas.js';

/** Items offered to filter by: every item of most corpora, a bounded list of any. */
const ITEMS_LISTED = 100;

/** A claim group as the API gives it: with its headline, each value in words, the statements by value. */
export function presentClaim(group: ClaimEntry) {
  return {
    ...group,
    headline: claimHeadline(group),
    readings: group.readings.map((reading) => ({ ...reading, shown: formatClaimReading(reading) })),
    statements: statementsByValue(group.statements).map((statement) => ({ ...statement, shown: formatClaimReading(statement) })),
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
          'A page at a time (limit, offset); total and counts say how many there are, items which items there are to filter by.',
        tags: ['claims'],
        querystring: ClaimsQuerystring,
        response: withErrors({ 200: ClaimsResponse }),
      },
    },
    async (request) => {
      const { conflicts = false, item, limit = CLAIM_PAGE.default, offset = 0 } = request.query;
      const [groups, counts, items] = await Promise.all([
        store.claims({ conflictsOnly: conflicts, item, limit, offset }),
        store.claimCounts({ item }),
        store.claimItems(ITEMS_LISTED),
      ]);
      const total = conflicts ? counts.conflict : counts.conflict + counts.agree + counts.single;
      return { total, counts, items, groups: groups.map(presentClaim) };
    },
  );
}
