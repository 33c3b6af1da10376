import type { Cell } from "./cells";
import type { Row, VerticalArrow } from "./rows";

/** Column span distance: 0 inside, otherwise how many columns outside. */
function spanDistance(start: number, end: number, column: number): number {
  if (column < start) return start - column;
  if (column >= end) return column - end + 1;
  return 0;
}

/** The cell a vertical arrow at `column` points at: the one whose span holds it, else the closest. */
export function nearestCell(cells: readonly Cell[], column: number): number {
  let best = -1;
  let bestCost = Infinity;
  cells.forEach((cell, index) => {
    const cost = spanDistance(cell.start, cell.end, column) * 1000 + Math.abs((cell.start + cell.end - 1) / 2 - column);
    if (cost < bestCost) {
      bestCost = cost;
      best = index;
    }
  });
  return best;
}

/**
 * Description rows vs next nodes. The rows after a row of `↓` are DESCRIPTIONS (notes of the boxes the
 * arrows hang from) when all of these hold, and NODES otherwise:
 *  1. the arrow row is a single line of plain down arrows with no edge labels;
 *  2. the row above it is a horizontal chain (at least one `→`-style arrow between boxes);
 *  3. it fans out: two or more arrows, each under a different box of that chain (one `↓` under one
 *     box reads as the flow continuing downwards, e.g. `A → B` then `↓` under B then `C`);
 *  4. every non-blank row after it, to the end of the block, has no arrows at all and no `[bracketed]`
 *     box (brackets mark nodes; another arrow row would make those rows part of a grid of nodes).
 * This is data-pipeline-lambda-integration's shape (and gen-notes kind 2), while a vertical flow such
 * as aws-glue-serverless-etl, whose last `↓` hangs under one box of a chain, keeps its last row a node.
 */
export function describedCells(rows: readonly Row[], groupStart: number, groupEnd: number, above: number): number[] | undefined {
  if (groupStart !== groupEnd) return undefined;
  const arrowRow = rows[groupStart];
  const upper = rows[above];
  if (arrowRow?.kind !== "arrows" || upper?.kind !== "cells") return undefined;
  const arrows = arrowRow.arrows;
  if (arrows.length < 2 || arrows.some((a) => a.dir !== "down" || a.label !== undefined)) return undefined;
  if (upper.links.length === 0) return undefined;
  const owners = arrows.map((a) => nearestCell(upper.cells, a.start));
  if (new Set(owners).size !== owners.length) return undefined;
  let descriptionRows = 0;
  for (let i = groupEnd + 1; i < rows.length; i++) {
    const row = rows[i];
    if (row === undefined || row.kind === "blank") continue;
    if (row.kind !== "cells" || row.links.length > 0 || row.cells.some((c) => c.bracketed)) return undefined;
    descriptionRows++;
  }
  return descriptionRows > 0 ? owners : undefined;
}

/**
 * Assigns the pieces of one description row to the arrows above, keeping left-to-right order and
 * using each arrow at most once when possible, so a row whose wide (Hangul) text drifts right of its
 * arrow (gen-notes pads by UTF-16 length, not display width) still maps piece i to arrow i.
 */
export function assignDescriptions(pieces: readonly Cell[], arrows: readonly VerticalArrow[]): number[] {
  const k = pieces.length;
  const m = arrows.length;
  const cost = (i: number, j: number): number => {
    const piece = pieces[i];
    const arrow = arrows[j];
    if (piece === undefined || arrow === undefined) return Infinity;
    return spanDistance(piece.start, piece.end, arrow.start) + 0.001 * Math.abs((piece.start + piece.end) / 2 - arrow.start);
  };
  if (k > m) {
    return pieces.map((_, i) => {
      let best = 0;
      for (let j = 1; j < m; j++) if (cost(i, j) < cost(i, best)) best = j;
      return best;
    });
  }
  // dp[i][j]: best cost placing pieces 0..i-1 on arrows 0..j-1, monotone and one-to-one.
  const dp: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const took: boolean[][] = Array.from({ length: k + 1 }, () => new Array<boolean>(m + 1).fill(false));
  for (let j = 0; j <= m; j++) (dp[0] as number[])[j] = 0;
  for (let i = 1; i <= k; i++) {
    const row = dp[i] as number[];
    const prev = dp[i - 1] as number[];
    for (let j = i; j <= m; j++) {
      const skip = row[j - 1] ?? Infinity;
      const take = (prev[j - 1] ?? Infinity) + cost(i - 1, j - 1);
      if (take <= skip) {
        row[j] = take;
        (took[i] as boolean[])[j] = true;
      } else row[j] = skip;
    }
  }
  const result = new Array<number>(k).fill(0);
  for (let i = k, j = m; i > 0 && j > 0; ) {
    if (took[i]?.[j] === true) {
      result[i - 1] = j - 1;
      i--;
      j--;
    } else j--;
  }
  return result;
}
