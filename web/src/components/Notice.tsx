import type { ComponentChildren } from 'preact';

export type NoticeTone = 'loading' | 'empty' | 'error' | 'success' | 'info';

/** A line telling the user what is happening: loading, nothing found, an error, a done edit. */
export function Notice({ tone, children }: { tone: NoticeTone; children: ComponentChildren }) {
  return (
    <p class={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {tone === 'loading' && <span class="spinner" aria-hidden="true" />}
      {children}
    </p>
  );
}
