/** Previous and next buttons around "Page 2 of 5", for a list shown `pageSize` items at a time from `offset`. */
export function Pager({ label, offset, total, pageSize, onOffset }: { label: string; offset: number; total: number; pageSize: number; onOffset: (offset: number) => void }) {
  if (total <= pageSize) return null;
  return (
    <nav class="pager" aria-label={label}>
      <button type="button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - pageSize))}>
        ← Previous
      </button>
      <span>
        Page {Math.floor(offset / pageSize) + 1} of {Math.ceil(total / pageSize)}
      </span>
      <button type="button" disabled={offset + pageSize >= total} onClick={() => onOffset(offset + pageSize)}>
        Next →
      </button>
    </nav>
  );
}
