import { CERTAINTY_NAMES, certaintyOf, describeDate } from '../dates';

/** A date in words, marked by how sure it is with a border style and a word, never by colour alone. */
export function DateLabel({ date }: { date?: { edtf: string; inferred: boolean } }) {
  if (!date) return <span class="muted">undated</span>;
  const certainty = certaintyOf(date);
  return (
    <span class={`date-label date-${certainty}`} title={`${date.edtf}: ${CERTAINTY_NAMES[certainty]}`}>
      {describeDate(date.edtf)}
      {certainty !== 'stated' && <span class="date-certainty"> {certainty === 'inferred' ? 'inferred' : 'uncertain'}</span>}
    </span>
  );
}

/** The three markings, explained. */
export function DateLegend() {
  return (
    <ul class="date-legend" aria-label="How dates are marked">
      {(['stated', 'inferred', 'span'] as const).map((certainty) => (
        <li key={certainty}>
          <span class={`date-label date-${certainty}`}>{certainty === 'stated' ? '1921-08-18' : certainty === 'inferred' ? '[1921]-08-18' : 'summer 1921'}</span> {CERTAINTY_NAMES[certainty]}
        </li>
      ))}
    </ul>
  );
}
