import { KIND_NAMES, MENTION_KINDS } from '../mentions';
import type { MentionKind } from '../types';

interface KindLegendProps {
  counts: ReadonlyMap<MentionKind, number>;
  shown: ReadonlySet<MentionKind>;
  onToggle: (kind: MentionKind) => void;
}

/** The colour of each kind of mention, with a switch to show or hide it. */
export function KindLegend({ counts, shown, onToggle }: KindLegendProps) {
  return (
    <fieldset class="legend">
      <legend>Highlighted in the text</legend>
      {MENTION_KINDS.map((kind) => (
        <label key={kind} class="legend-item">
          <input type="checkbox" checked={shown.has(kind)} onChange={() => onToggle(kind)} />
          <span class={`swatch m-${kind}`}>{KIND_NAMES[kind]}</span>
          <span class="muted">{counts.get(kind) ?? 0}</span>
        </label>
      ))}
    </fieldset>
  );
}
