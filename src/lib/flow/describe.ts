import type { FlowEdge, FlowGraph } from "./types";

const ARROW = " → ";

/**
 * A sentence a screen reader can read instead of the diagram: each chain of the flow as
 * `A → B → C`, branches as further chains joined with "; ", edge labels as `A —label→ B`.
 * Chains follow the longest way on first, so the main line of a branched flow reads first.
 */
export function describeFlow(graph: FlowGraph): string {
  const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const outgoing = new Map<string, FlowEdge[]>();
  const incoming = new Map<string, number>();
  for (const edge of graph.edges) {
    outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge]);
    incoming.set(edge.to, (incoming.get(edge.to) ?? 0) + 1);
  }
  const depthMemo = new Map<string, number>();
  const depth = (id: string, visiting: Set<string>): number => {
    const known = depthMemo.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0;
    visiting.add(id);
    const best = Math.max(0, ...(outgoing.get(id) ?? []).map((e) => 1 + depth(e.to, visiting)));
    visiting.delete(id);
    depthMemo.set(id, best);
    return best;
  };

  const used = new Set<FlowEdge>();
  const chains: string[] = [];
  const walk = (start: string): void => {
    let text = label.get(start) ?? start;
    let at = start;
    const visited = new Set([start]);
    for (;;) {
      const next = (outgoing.get(at) ?? [])
        .filter((e) => !used.has(e))
        .reduce<FlowEdge | undefined>((best, e) => (best === undefined || depth(e.to, new Set()) > depth(best.to, new Set()) ? e : best), undefined);
      if (next === undefined) break;
      used.add(next);
      text += next.label === undefined ? ARROW : ` —${next.label}→ `;
      text += label.get(next.to) ?? next.to;
      if (visited.has(next.to)) break;
      visited.add(next.to);
      at = next.to;
    }
    if (text !== (label.get(start) ?? start)) chains.push(text);
  };

  const sources = graph.nodes.filter((n) => (incoming.get(n.id) ?? 0) === 0).map((n) => n.id);
  for (const id of sources) walk(id);
  // Branches (and cycles) start from any node that still has an edge to tell.
  for (let changed = true; changed; ) {
    changed = false;
    for (const node of graph.nodes) {
      if ((outgoing.get(node.id) ?? []).some((e) => !used.has(e))) {
        walk(node.id);
        changed = true;
      }
    }
  }
  const lonely = graph.nodes.filter((n) => !outgoing.has(n.id) && !incoming.has(n.id)).map((n) => n.label);
  return [...chains, ...lonely].join("; ");
}
