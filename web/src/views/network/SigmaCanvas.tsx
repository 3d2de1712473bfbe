/**
 * The network drawn by sigma.js (WebGL). Positions are the server's and stay fixed; the year
 * hides what came later; hovering a node highlights it and its neighbours; a click opens its page.
 */
import Sigma from 'sigma';
import { useEffect, useRef } from 'preact/hooks';
import { presentIn, type DrawGraph, type DrawSigma } from './draw-graph';

/** What a test or benchmark can ask of the drawing (window.teikeiExplorer). */
interface ExplorerHook {
  sigma: DrawSigma;
  /** A node's position in the page's CSS pixels, or null when it is not drawn. */
  nodePosition(id: string): { x: number; y: number } | null;
}
declare global {
  interface Window {
    teikeiExplorer?: ExplorerHook;
  }
}

interface Props {
  graph: DrawGraph;
  year: number | null;
  label: string;
  onOpen: (id: string, kind: string) => void;
  onReady?: (sigma: DrawSigma) => void;
}

export function SigmaCanvas({ graph, year, label, onOpen, onReady }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<DrawSigma | null>(null);
  const state = useRef({ year, hovered: null as string | null, neighbours: new Set<string>() });
  const openRef = useRef(onOpen);
  openRef.current = onOpen;

  useEffect(() => {
    const el = container.current!;
    const sigma: DrawSigma = new Sigma(graph, el, {
      labelFont: 'system-ui, "Noto Sans CJK JP", sans-serif',
      labelSize: 12,
      labelRenderedSizeThreshold: 9,
      labelDensity: 0.6,
      minCameraRatio: 0.05,
      // Large networks (the 10× synthetic data) pan smoothly only without their edges and labels while moving.
      hideEdgesOnMove: graph.size > 2000,
      hideLabelsOnMove: graph.size > 2000,
      maxCameraRatio: 4,
      nodeReducer(node, data) {
        const s = state.current;
        if (!presentIn(data.firstYear, s.year)) return { ...data, hidden: true };
        if (s.hovered && node !== s.hovered && !s.neighbours.has(node)) return { ...data, color: '#e3e5e8', label: '' };
        if (s.hovered) return { ...data, forceLabel: true, highlighted: node === s.hovered };
        return data;
      },
      edgeReducer(edge, data) {
        const s = state.current;
        if (!presentIn(data.firstYear, s.year)) return { ...data, hidden: true };
        if (s.hovered && !graph.hasExtremity(edge, s.hovered)) return { ...data, hidden: true };
        return data;
      },
    });
    sigmaRef.current = sigma;
    sigma.on('enterNode', ({ node }) => {
      state.current.hovered = node;
      state.current.neighbours = new Set(graph.neighbors(node));
      el.style.cursor = 'pointer';
      sigma.refresh({ skipIndexation: true });
    });
    sigma.on('leaveNode', () => {
      state.current.hovered = null;
      state.current.neighbours = new Set();
      el.style.cursor = '';
      sigma.refresh({ skipIndexation: true });
    });
    sigma.on('clickNode', ({ node }) => openRef.current(node, graph.getNodeAttribute(node, 'kind')));
    window.teikeiExplorer = {
      sigma,
      nodePosition(id) {
        if (!graph.hasNode(id) || !presentIn(graph.getNodeAttribute(id, 'firstYear'), state.current.year)) return null;
        const data = sigma.getNodeDisplayData(id);
        if (!data) return null;
        const p = sigma.framedGraphToViewport(data);
        const box = el.getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y };
      },
    };
    // Navigation → interactive network, for the benchmark (bench/explorer.ts): the first frame drawn with its handlers attached.
    sigma.once('afterRender', () => {
      if (!performance.getEntriesByName('network-interactive').length) performance.mark('network-interactive');
    });
    onReady?.(sigma);
    return () => {
      sigma.kill();
      sigmaRef.current = null;
      if (window.teikeiExplorer?.sigma === sigma) delete window.teikeiExplorer;
    };
  }, [graph]);

  useEffect(() => {
    state.current.year = year;
    sigmaRef.current?.refresh(); // what is hidden changed: index again
  }, [year]);

  return <div ref={container} class="sigma" role="img" aria-label={label} />;
}
