/**
 * How the network and the map draw each kind of entity: a shape as well as a colour, so that
 * kinds are told apart in greyscale and by readers who do not see the colours.
 */
import type { EntityKind } from './types';

export type Shape = 'disc' | 'square' | 'diamond';

export const SHAPE_OF: Readonly<Record<EntityKind, Shape>> = {
  person: 'disc',
  org: 'square',
  place: 'diamond',
};

/** Apart in lightness as well as in hue. */
export const COLOUR_OF: Readonly<Record<EntityKind, string>> = {
  person: '#e8590c',
  org: '#1c5fa8',
  place: '#74b816',
};
