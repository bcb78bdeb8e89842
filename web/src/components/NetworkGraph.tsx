import Graph from 'graphology';
import { useEffect, useRef } from 'preact/hooks';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import { layOut, type Positions } from '../network-layout';
import { NODE_PROGRAMS } from '../node-shapes';
import { href } from '../router';
import type { NetworkData } from '../types';

/**
 * What the canvas shows, on the element that holds it: how many nodes and edges are drawn, and
 * where each node's centre is in the element, for whoever needs to point at one (a test).
 */
function describeDrawing(renderer: Sigma, element: HTMLElement): void {
  const graph = renderer.getGraph();
  element.dataset.renderedNodes = String(graph.order);
  element.dataset.renderedEdges = String(graph.size);
  const centres: Record<string, [number, number]> = {};
  graph.forEachNode((node) => {
    const shown = renderer.getNodeDisplayData(node);
    if (!shown) return;
    const { x, y } = renderer.framedGraphToViewport(shown);
    centres[node] = [Math.round(x), Math.round(y)];
  });
  element.dataset.nodeCentres = JSON.stringify(centres);
}

function positionsOf(graph: Graph): Positions {
  return new Map(graph.mapNodes((node, attributes) => [node, { x: attributes.x as number, y: attributes.y as number }]));
}

/** The network drawn by sigma (WebGL); a click on a node opens its entity page. */
export function NetworkGraph({ data, description, highlighted }: { data: NetworkData; description: string; highlighted?: string }) {
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Sigma | null>(null);

  useEffect(() => {
    const element = container.current!;
    const sigma = new Sigma(new Graph(), element, {
      nodeProgramClasses: NODE_PROGRAMS,
      defaultNodeType: 'disc',
      edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeRectangleProgram },
      defaultEdgeType: 'line',
      labelFont: 'system-ui, sans-serif',
      labelSize: 13,
      labelWeight: '600',
      labelRenderedSizeThreshold: 7,
      // Denser than sigma's default: the names are what a reader scans the graph for.
      labelDensity: 2,
      labelGridCellSize: 80,
      stagePadding: 40,
      // The container loses its size for a moment when the window is resized or the view is
      // left while a frame is pending; sigma then draws nothing instead of throwing.
      allowInvalidContainer: true,
    });
    sigma.on('clickNode', ({ node }) => {
      window.location.hash = href('entity', node);
    });
    sigma.on('enterNode', () => element.classList.add('pointing'));
    sigma.on('leaveNode', () => element.classList.remove('pointing'));
    sigma.on('afterRender', () => describeDrawing(sigma, element));
    renderer.current = sigma;
    // sigma only follows the window's size; the canvas must also follow its own box.
    const resizing = new ResizeObserver(() => sigma.scheduleRender());
    resizing.observe(element);
    return () => {
      resizing.disconnect();
      sigma.kill();
    };
    // The renderer is made once; later networks replace its graph below.
  }, []);

  useEffect(() => {
    const sigma = renderer.current!;
    sigma.setGraph(layOut(data, positionsOf(sigma.getGraph())));
  }, [data]);

  useEffect(() => {
    const graph = renderer.current!.getGraph();
    graph.forEachNode((node) => graph.setNodeAttribute(node, 'highlighted', node === highlighted));
  }, [highlighted, data]);

  return <div ref={container} class="network-canvas" role="img" aria-label={description} data-testid="network-canvas" />;
}
