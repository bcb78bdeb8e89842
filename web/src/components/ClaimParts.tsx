/** Pieces of a claim group that the Claims view and the overview both show. */
import { Fragment } from 'preact';
import { KIND_NAMES } from '../mentions';
import { href } from '../router';
import type { ClaimStatus, ClaimSummary } from '../types';

const STATUS_NAMES: Readonly<Record<ClaimStatus, string>> = { conflict: 'Conflict', agree: 'Agree', single: 'One source' };

/** The status in words, with a glyph so that it reads without its colour: ≠ conflict, = agree, · one source. */
export function ClaimStatusTag({ status }: { status: ClaimStatus }) {
  return <span class={`claim-status claim-${status}`}>{STATUS_NAMES[status]}</span>;
}

/** Who or what the group is about, each entity linking to its page; the words alone when no entity is left to link. */
export function ClaimSubject({ group }: { group: Pick<ClaimSummary, 'subject' | 'subjectEntities'> }) {
  if (group.subjectEntities.length === 0) return group.subject ? <span class="claim-subject">{group.subject}</span> : null;
  return (
    <span class="claim-subject">
      {group.subjectEntities.map((entity, k) => (
        <Fragment key={entity.id}>
          {k > 0 && ', '}
          <a href={href('entity', entity.id)} class={`entity-link kind-${entity.type}`} title={KIND_NAMES[entity.type]}>
            {entity.label}
          </a>
        </Fragment>
      ))}
    </span>
  );
}
