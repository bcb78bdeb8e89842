import { href } from '../router';
import type { EntityKind } from '../types';
import { ShapeKey } from './ShapeKey';

export interface DrawnItem {
  id: string;
  kind: EntityKind;
  label: string;
  /** What the drawing sizes it by, in words. */
  details: string;
}

interface DrawnListProps {
  /** The list's heading, which also names it for screen readers. */
  heading: string;
  items: readonly DrawnItem[];
  testId: string;
  /** Told which item the pointer or the keyboard is on, or none. */
  onPoint?: (id: string | undefined) => void;
}

/** What a drawing shows, as a list beside it: each item a link to its entity page, reached by the keyboard too. */
export function DrawnList({ heading, items, testId, onPoint }: DrawnListProps) {
  return (
    <aside class="graph-list" aria-label={heading}>
      <h2>{heading}</h2>
      <ol data-testid={testId}>
        {items.map((item) => (
          <li key={item.id} data-entity-id={item.id} onMouseEnter={() => onPoint?.(item.id)} onMouseLeave={() => onPoint?.(undefined)}>
            <ShapeKey kind={item.kind} />{' '}
            <a href={href('entity', item.id)} onFocus={() => onPoint?.(item.id)} onBlur={() => onPoint?.(undefined)}>
              {item.label}
            </a>{' '}
            <span class="muted">{item.details}</span>
          </li>
        ))}
      </ol>
    </aside>
  );
}
