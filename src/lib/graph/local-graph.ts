/**
 * A note's neighbourhood drawn at build time as a small SVG: the note in the middle, the notes it
 * links to, that link to it and that are related, around it. No script; colours come from the page's
 * CSS variables, so it reads in light and dark; every neighbour is a link.
 */

export type NeighbourKind = "links" | "backlink" | "related";

export interface GraphNeighbour {
  title: string;
  href: string;
  kind: NeighbourKind;
}

export interface LocalGraphOptions {
  /** Most neighbours drawn: the drawing must stay small on every page (see MAX_NEIGHBOURS). */
  max?: number;
  /** Accessible name of the drawing. */
  label: string;
}

/** Eight neighbours keep the SVG around 2 KB and the labels apart on a 480 px wide drawing. */
export const MAX_NEIGHBOURS = 8;
const WIDTH = 480;
const HEIGHT = 240;
const RADIUS_X = 100;
const RADIUS_Y = 80;
const LABEL_CHARS = 10;

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A label short enough not to run into its neighbours; the full title stays in the link's <title>. */
export function shortLabel(title: string, max = LABEL_CHARS): string {
  const chars = [...title];
  return chars.length <= max ? title : `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}

/** One entry per note, the strongest kind kept (a note both linked and related is drawn as linked). */
export function pickNeighbours(neighbours: readonly GraphNeighbour[], max = MAX_NEIGHBOURS): GraphNeighbour[] {
  const rank: Record<NeighbourKind, number> = { links: 0, backlink: 1, related: 2 };
  const byHref = new Map<string, GraphNeighbour>();
  for (const n of neighbours) {
    const seen = byHref.get(n.href);
    if (seen === undefined || rank[n.kind] < rank[seen.kind]) byHref.set(n.href, n);
  }
  return [...byHref.values()].sort((a, b) => rank[a.kind] - rank[b.kind]).slice(0, max);
}

/** The SVG, or "" when the note has no neighbours (no drawing is better than a lone dot). */
export function localGraphSvg(centre: string, neighbours: readonly GraphNeighbour[], options: LocalGraphOptions): string {
  const picked = pickNeighbours(neighbours, options.max ?? MAX_NEIGHBOURS);
  if (picked.length === 0) return "";
  const cx = WIDTH / 2;
  const cy = HEIGHT / 2;
  const round = (n: number) => Math.round(n * 10) / 10;
  const points = picked.map((n, i) => {
    // Start at the top and go clockwise, so the strongest neighbour sits where the eye starts.
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / picked.length;
    return { n, x: round(cx + RADIUS_X * Math.cos(angle)), y: round(cy + RADIUS_Y * Math.sin(angle)) };
  });
  const edges = points.map(({ n, x, y }) => `<line x1="${cx}" y1="${cy}" x2="${x}" y2="${y}" class="local-graph__edge local-graph__edge--${n.kind}"/>`).join("");
  const nodes = points
    .map(({ n, x, y }) => {
      const anchor = x < cx - 10 ? "end" : x > cx + 10 ? "start" : "middle";
      const dx = anchor === "end" ? -7 : anchor === "start" ? 7 : 0;
      const dy = anchor === "middle" ? (y < cy ? -9 : 15) : 4;
      return (
        `<a href="${escapeXml(n.href)}" class="local-graph__node local-graph__node--${n.kind}"><title>${escapeXml(n.title)}</title>` +
        `<circle cx="${x}" cy="${y}" r="5"/><text x="${round(x + dx)}" y="${round(y + dy)}" text-anchor="${anchor}">${escapeXml(shortLabel(n.title))}</text></a>`
      );
    })
    .join("");
  const self = `<g class="local-graph__self"><circle cx="${cx}" cy="${cy}" r="7"/><text x="${cx}" y="${cy + 20}" text-anchor="middle">${escapeXml(shortLabel(centre))}</text></g>`;
  return `<svg class="local-graph" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="group" aria-label="${escapeXml(options.label)}">${edges}${self}${nodes}</svg>`;
}
