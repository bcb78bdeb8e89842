import { Fragment } from 'preact';
import { getJson } from '../api';
import { EntityMentions } from '../components/EntityMentions';
import { MergeEntityForm } from '../components/MergeEntityForm';
import { MonthChart } from '../components/MonthChart';
import { Notice } from '../components/Notice';
import { RenameEntityForm } from '../components/RenameEntityForm';
import { RetypeEntityForm } from '../components/RetypeEntityForm';
import { SplitEntityForm } from '../components/SplitEntityForm';
import { useLoad } from '../load';
import { KIND_NAMES } from '../mentions';
import { href } from '../router';
import type { Alias, EntityDetails } from '../types';

function aliasesByLanguage(aliases: readonly Alias[]): [string, Alias[]][] {
  const groups = new Map<string, Alias[]>();
  for (const alias of aliases) groups.set(alias.lang, [...(groups.get(alias.lang) ?? []), alias]);
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
}

/** Attributes other than coordinates (shown apart), as label and words. */
function attributeRows(attributes: Record<string, unknown>): [string, string][] {
  return Object.entries(attributes)
    .filter(([name]) => name !== 'coordinates')
    .map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value)]);
}

/** One person, place or organisation: its names, where it is mentioned, with whom, when, and its corrections. */
export function EntityView({ entityId }: { entityId: string }) {
  const entity = useLoad((signal) => getJson<EntityDetails>(`/api/entities/${encodeURIComponent(entityId)}`, {}, signal), [entityId]);

  if (entity.state === 'failed' && !entity.data) return <Notice tone="error">This entity cannot be shown: {entity.error.message}</Notice>;
  if (!entity.data) return <Notice tone="loading">Loading the entity…</Notice>;
  const details = entity.data;
  const coordinates = details.attributes.coordinates as { lat: number; lon: number } | undefined;

  return (
    <section class="entity-view">
      {entity.state === 'failed' && <Notice tone="error">{entity.error.message}</Notice>}
      <header class="view-header">
        <h1>
          {details.label} <span class={`kind-tag kind-${details.type}`}>{KIND_NAMES[details.type]}</span>
        </h1>
        <p class="muted">
          {details.mentions} mentions in {details.sources} source{details.sources === 1 ? '' : 's'}
          {details.firstDate && ` · dated passages from ${details.firstDate} to ${details.lastDate ?? details.firstDate}`}
        </p>
      </header>

      <div class="entity-columns">
        <div>
          <section>
            <h2>Names</h2>
            <dl class="aliases" data-testid="aliases">
              {aliasesByLanguage(details.aliases).map(([lang, aliases]) => (
                <div key={lang} class="alias-group">
                  <dt>{lang}</dt>
                  <dd>
                    {aliases.map((alias) => (
                      <span key={alias.text} class="alias" lang={lang}>
                        {alias.text} <span class="muted">×{alias.count}</span>
                      </span>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>

          {(attributeRows(details.attributes).length > 0 || coordinates) && (
            <section>
              <h2>Attributes</h2>
              <dl class="attributes">
                {coordinates && (
                  <>
                    <dt>coordinates</dt>
                    <dd>
                      latitude {coordinates.lat.toFixed(4)}, longitude {coordinates.lon.toFixed(4)}
                    </dd>
                  </>
                )}
                {attributeRows(details.attributes).map(([name, value]) => (
                  <Fragment key={name}>
                    <dt>{name}</dt>
                    <dd>{value}</dd>
                  </Fragment>
                ))}
              </dl>
            </section>
          )}

          <section>
            <h2>When it is mentioned</h2>
            <MonthChart months={details.mentionsByMonth} />
          </section>

          <EntityMentions entityId={details.id} firstPage={details.mentionList} total={details.mentionTotal} />

          <section>
            <h2>Named in the same passages</h2>
            {details.coOccurring.length === 0 ? (
              <p class="muted">No other entity shares a passage with this one.</p>
            ) : (
              <ul class="co-occurring">
                {details.coOccurring.map((other) => (
                  <li key={other.id}>
                    <a href={href('entity', other.id)}>{other.label}</a> <span class={`kind-tag kind-${other.type}`}>{KIND_NAMES[other.type]}</span>{' '}
                    <span class="muted">
                      {other.passages} passage{other.passages === 1 ? '' : 's'}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>

        <aside class="curation" aria-label="Corrections">
          <h2>Correct this entity</h2>
          <p class="hint">Every correction is kept in the log, applied again after each ingest, and can be undone.</p>
          <RenameEntityForm details={details} />
          <RetypeEntityForm details={details} />
          <MergeEntityForm details={details} />
          <SplitEntityForm details={details} />
        </aside>
      </div>
    </section>
  );
}
