/** vis-timeline with its styles, in a chunk of its own: only the Timeline view loads it. */
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';

export { Timeline } from 'vis-timeline';
