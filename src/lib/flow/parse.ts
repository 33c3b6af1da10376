import { splitBlockLines } from "./columns";
import { notesOf, unwrapParens, type Cell } from "./cells";
import { classifyLine, type Row, type VerticalArrow } from "./rows";
import { continuationRows, joinConnectors, neighbour, type Connector } from "./connectors";
import { assignDescriptions, describedCells, nearestCell } from "./band";
import type { FlowEdge, FlowGraph, FlowNode, FlowParseResult } from "./types";

interface PendingEdge {
  from: number;
  to: number;
  label?: string;
  line: number;
  column: number;
  vertical: boolean;
}

type Failure = { ok: false; reason: string; line: number };

function pushNotes(node: FlowNode, notes: readonly string[]): void {
  for (const note of notes) if (note !== "" && !node.notes.includes(note)) node.notes.push(note);
}

/**
 * Reads an ASCII/Unicode architecture-flow block into a graph. Never throws: text it cannot read
 * yields `{ ok: false, reason, line }` so the caller can warn and keep the code block.
 * Columns are display columns (Hangul = 2); tabs expand to stops of TAB_STOP (4, see columns.ts).
 */
export function parseFlowDiagram(text: string): FlowParseResult {
  const rows: Row[] = [];
  const lines = splitBlockLines(text);
  for (const [index, line] of lines.entries()) {
    const result = classifyLine(line, index + 1);
    if (!result.ok) return result;
    rows.push(result.row);
  }

  const continued = continuationRows(rows);

  // Connector groups and the rows they join.
  const groups: Array<{ first: number; last: number; above: number; below: number; connectors: Connector[] }> = [];
  const descriptionRows = new Set<number>();
  const fans: Array<{ above: number; arrows: VerticalArrow[]; owners: number[] }> = [];
  for (let i = 0; i < rows.length; i++) {
    if (rows[i]?.kind !== "arrows") continue;
    let last = i;
    while (rows[last + 1]?.kind === "arrows") last++;
    const connectors = joinConnectors(rows, i, last);
    const firstLine = connectors[0]?.line ?? i + 1;
    const above = neighbour(rows, i - 1, -1, continued);
    if (above === undefined || rows[above]?.kind !== "cells") {
      return { ok: false, reason: "arrow has no label above it", line: firstLine };
    }
    const owners = describedCells(rows, i, last, above);
    const group = rows[i];
    if (owners !== undefined && group?.kind === "arrows") {
      fans.push({ above, arrows: group.arrows, owners });
      for (let r = last + 1; r < rows.length; r++) {
        if (rows[r]?.kind !== "cells") continue;
        descriptionRows.add(r);
        continued.delete(r);
      }
      break; // description rows run to the end of the block
    }
    const below = neighbour(rows, last + 1, 1, continued);
    if (below === undefined || rows[below]?.kind !== "cells") {
      return { ok: false, reason: "arrow has no label below it", line: firstLine };
    }
    groups.push({ first: i, last, above, below, connectors });
    i = last;
  }

  // Nodes, in reading order; same label = same node.
  const nodes: FlowNode[] = [];
  const byLabel = new Map<string, number>();
  const cellNode = new Map<number, number[]>();
  const nodeFor = (cell: Cell): number => {
    let index = byLabel.get(cell.label);
    if (index === undefined) {
      index = nodes.length;
      byLabel.set(cell.label, index);
      nodes.push({ id: `n${index}`, label: cell.label, notes: [] });
    }
    const node = nodes[index];
    if (node) pushNotes(node, cell.notes);
    return index;
  };
  let boxRow: number | undefined;
  for (const [r, row] of rows.entries()) {
    if (row.kind !== "cells" || descriptionRows.has(r)) continue;
    const upper = boxRow === undefined ? undefined : rows[boxRow];
    if (continued.has(r) && upper?.kind === "cells") {
      const ids = cellNode.get(boxRow ?? -1) ?? [];
      for (const cell of row.cells) {
        const target = nodes[ids[nearestCell(upper.cells, (cell.start + cell.end - 1) / 2)] ?? -1];
        if (target) pushNotes(target, notesOf(cell));
      }
      continue;
    }
    cellNode.set(r, row.cells.map(nodeFor));
    boxRow = r;
  }

  for (const fan of fans) {
    const upper = rows[fan.above];
    const ids = cellNode.get(fan.above) ?? [];
    if (upper?.kind !== "cells") continue;
    for (const r of descriptionRows) {
      const row = rows[r];
      if (row?.kind !== "cells") continue;
      const slots = assignDescriptions(row.cells, fan.arrows);
      row.cells.forEach((cell, i) => {
        const node = nodes[ids[fan.owners[slots[i] ?? 0] ?? -1] ?? -1];
        if (node) pushNotes(node, [unwrapParens(cell.raw)]);
      });
    }
  }

  // Edges.
  const pending: PendingEdge[] = [];
  const connected = new Set<string>();
  const add = (from: [number, number], to: [number, number], dir: "forward" | "back" | "both", edge: Omit<PendingEdge, "from" | "to">): Failure | undefined => {
    const a = cellNode.get(from[0])?.[from[1]];
    const b = cellNode.get(to[0])?.[to[1]];
    if (a === undefined || b === undefined) return { ok: false, reason: "arrow does not point at a label", line: edge.line };
    connected.add(`${from[0]}:${from[1]}`).add(`${to[0]}:${to[1]}`);
    if (dir !== "back") pending.push({ ...edge, from: a, to: b });
    if (dir !== "forward") pending.push({ ...edge, from: b, to: a });
    return undefined;
  };
  const labelled = (label: string | undefined): { label?: string } => (label === undefined ? {} : { label });
  for (const [r, row] of rows.entries()) {
    if (row.kind !== "cells" || !cellNode.has(r)) continue;
    for (const link of row.links) {
      const dir = link.dir === "right" ? "forward" : link.dir === "left" ? "back" : "both";
      const failure = add([r, link.from], [r, link.to], dir, { line: row.line, column: link.column, vertical: false, ...labelled(link.label) });
      if (failure) return failure;
    }
  }
  for (const group of groups) {
    const upper = rows[group.above];
    const lower = rows[group.below];
    if (upper?.kind !== "cells" || lower?.kind !== "cells") continue;
    for (const connector of group.connectors) {
      const top: [number, number] = [group.above, nearestCell(upper.cells, connector.column)];
      const bottom: [number, number] = [group.below, nearestCell(lower.cells, connector.column)];
      const dir = connector.dir === "down" ? "forward" : connector.dir === "up" ? "back" : "both";
      const failure = add(top, bottom, dir, { line: connector.line, column: connector.column, vertical: true, ...labelled(connector.label) });
      if (failure) return failure;
    }
  }

  if (pending.length === 0) {
    const first = rows.find((row) => row.kind !== "blank");
    return { ok: false, reason: "no arrows between labels", line: first?.line ?? 1 };
  }
  for (const [r, ids] of cellNode) {
    const index = ids.findIndex((_, c) => !connected.has(`${r}:${c}`));
    if (index >= 0) {
      const row = rows[r];
      const label = nodes[ids[index] ?? -1]?.label ?? "";
      return { ok: false, reason: `label "${label}" is not connected to any arrow`, line: row?.line ?? r + 1 };
    }
  }
  pending.sort((a, b) => a.line - b.line || a.column - b.column);
  const edges: FlowEdge[] = [];
  const seen = new Set<string>();
  let vertical = 0;
  let horizontal = 0;
  for (const edge of pending) {
    const key = `${edge.from}\u0000${edge.to}\u0000${edge.label ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (edge.vertical) vertical++;
    else horizontal++;
    const out: FlowEdge = { from: `n${edge.from}`, to: `n${edge.to}` };
    if (edge.label !== undefined && edge.label !== "") out.label = edge.label;
    edges.push(out);
  }
  const graph: FlowGraph = { direction: vertical >= horizontal ? "TD" : "LR", nodes, edges };
  return { ok: true, graph };
}
