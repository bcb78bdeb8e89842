import { COLOUR_OF, SHAPE_OF } from '../kind-style';
import type { EntityKind } from '../types';

/** The SVG outline of each node shape, in a 12 × 12 box. */
const OUTLINES = {
  disc: <circle cx="6" cy="6" r="5" />,
  square: <rect x="1" y="1" width="10" height="10" />,
  diamond: <polygon points="6,0.5 11.5,6 6,11.5 0.5,6" />,
};

/** The shape and colour a kind of entity is drawn with, beside its name. */
export function ShapeKey({ kind }: { kind: EntityKind }) {
  return (
    <svg class="shape-key" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
      <g fill={COLOUR_OF[kind]} stroke="#1f2328" stroke-width="1.3">
        {OUTLINES[SHAPE_OF[kind]]}
      </g>
    </svg>
  );
}
