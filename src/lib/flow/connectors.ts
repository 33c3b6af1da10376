import type { Row, VerticalArrow } from "./rows";

/** Vertical arrows stacked in consecutive rows (`|` over `v`) joined into one connector. */
export interface Connector {
  dir: "down" | "up" | "both";
  column: number;
  line: number;
  label?: string;
}

export function joinConnectors(rows: readonly Row[], first: number, last: number): Connector[] {
  type Chain = { arrows: Array<VerticalArrow & { line: number }>; lastRow: number; column: number };
  const chains: Chain[] = [];
  for (let r = first; r <= last; r++) {
    const row = rows[r];
    if (row?.kind !== "arrows") continue;
    for (const arrow of row.arrows) {
      const chain = chains.find((c) => c.lastRow === r - 1 && Math.abs(c.column - arrow.start) <= 1);
      const located = { ...arrow, line: row.line };
      if (chain) {
        chain.arrows.push(located);
        chain.lastRow = r;
        if (arrow.dir !== "stem") chain.column = arrow.start;
      } else chains.push({ arrows: [located], lastRow: r, column: arrow.start });
    }
  }
  return chains.map((chain) => {
    const down = chain.arrows.some((a) => a.dir === "down" || a.dir === "both");
    const up = chain.arrows.some((a) => a.dir === "up" || a.dir === "both");
    // A bare `|` between two boxes reads top to bottom, like the rest of a vertical flow.
    const dir = down && up ? "both" : up ? "up" : "down";
    const labels = chain.arrows.flatMap((a) => (a.label === undefined ? [] : [a.label]));
    const connector: Connector = { dir, column: chain.column, line: chain.arrows[0]?.line ?? 0 };
    if (labels.length > 0) connector.label = labels.join(" ");
    return connector;
  });
}

/** Nearest row in that direction that is neither blank nor a `(…)` continuation of the row above. */
export function neighbour(rows: readonly Row[], from: number, step: 1 | -1, skip: ReadonlySet<number>): number | undefined {
  for (let i = from; i >= 0 && i < rows.length; i += step) {
    if (rows[i]?.kind !== "blank" && !skip.has(i)) return i;
  }
  return undefined;
}

/**
 * Rows holding only parenthesised text right under a row of boxes, e.g. `AWS Glue` then `(Crawler)`:
 * they continue the boxes above as notes instead of being boxes of their own.
 */
export function continuationRows(rows: readonly Row[]): Set<number> {
  const found = new Set<number>();
  let previous: Row | undefined;
  for (const [r, row] of rows.entries()) {
    if (row.kind === "blank") continue;
    if (row.kind === "cells" && previous?.kind === "cells" && row.links.length === 0 && row.cells.every((c) => c.parenOnly)) {
      found.add(r);
      continue; // `previous` stays the box row, so several such rows stack
    }
    previous = row;
  }
  return found;
}
