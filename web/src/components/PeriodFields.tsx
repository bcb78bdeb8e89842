import { isPartialDate } from '../dates';

/** `from` and `to` as the API may be asked them: what is not a year, month or day is left out (the fields say why). */
export function validPeriod(from: string, to: string): { from?: string; to?: string } {
  return { ...(isPartialDate(from) ? { from } : {}), ...(isPartialDate(to) ? { to } : {}) };
}

/** The period filter: two fields, each told when it is not a year, year-month or day. */
export function PeriodFields({ from, to, onChange }: { from: string; to: string; onChange: (name: 'from' | 'to', value: string) => void }) {
  const field = (name: 'from' | 'to', label: string, value: string, placeholder: string) => {
    const wrong = value !== '' && !isPartialDate(value);
    return (
      <label class="field">
        <span>{label}</span>
        <input
          type="text"
          name={name}
          value={value}
          onInput={(event) => onChange(name, event.currentTarget.value.trim())}
          placeholder={placeholder}
          size={12}
          aria-invalid={wrong}
          aria-describedby={wrong ? `${name}-problem` : undefined}
        />
        {wrong && (
          <span class="field-problem" id={`${name}-problem`} role="alert">
            {label.toLowerCase()} must be a year, year-month or day: 1921, 1921-08, 1921-08-18
          </span>
        )}
      </label>
    );
  };
  return (
    <>
      {field('from', 'Dated from', from, '1919 or 1921-08')}
      {field('to', 'To', to, '1923-12')}
    </>
  );
}
