/**
 * The shapes of kind-style.ts as sigma draws them, with a dark outline: each is sigma's point
 * program with another fragment shader.
 */
import { NodePointProgram, type NodeProgramType } from 'sigma/rendering';
import type { Shape } from './kind-style';

/** The fragment shader of a shape whose distance from the centre, in point coordinates (0.5 at the edge), is `distance`. */
function fragmentShader(distance: string): string {
  return /* glsl */ `
precision mediump float;
varying vec4 v_color;
varying float v_border;
const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
const vec4 outline = vec4(0.12, 0.14, 0.16, 1.0);
void main(void) {
  vec2 m = gl_PointCoord - vec2(0.5, 0.5);
  float inside = 0.5 - (${distance});
  #ifdef PICKING_MODE
  gl_FragColor = inside > 0.0 ? v_color : transparent;
  #else
  // v_border is one pixel: an outline of about two, the edge smoothed over one.
  if (inside <= 0.0) gl_FragColor = transparent;
  else if (inside < v_border) gl_FragColor = mix(transparent, outline, inside / v_border);
  else if (inside < 2.5 * v_border) gl_FragColor = outline;
  else gl_FragColor = v_color;
  #endif
}
`;
}

function shapeProgram(distance: string): NodeProgramType {
  const shader = fragmentShader(distance);
  return class extends NodePointProgram {
    override getDefinition() {
      return { ...super.getDefinition(), FRAGMENT_SHADER_SOURCE: shader };
    }
  };
}

/** Sigma's node types, one per shape. */
export const NODE_PROGRAMS: Record<Shape, NodeProgramType> = {
  disc: shapeProgram('length(m)'),
  square: shapeProgram('max(abs(m.x), abs(m.y))'),
  diamond: shapeProgram('abs(m.x) + abs(m.y)'),
};
