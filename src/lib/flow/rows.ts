import { measureLine } from "./columns";
import { lexLine, type HorizontalDirection, type LineToken, type VerticalDirection } from "./lex";
import { splitCells, unwrapParens, wholeCell, type Cell } from "./cells";

/** A horizontal arrow joining two cells of the same row. */
export interface RowLink {
  from: number;
  to: number;
  dir: HorizontalDirection;
  label?: string;
  column: number;
}

export interface VerticalArrow {
  dir: VerticalDirection;
  ascii: boolean;
  start: number;
  end: number;
  label?: string;
}

export type Row =
  | { kind: "blank"; line: number }
  | { kind: "arrows"; line: number; arrows: VerticalArrow[] }
  | { kind: "cells"; line: number; cells: Cell[]; links: RowLink[] };

export type RowResult = { ok: true; row: Row } | { ok: false; reason: string; line: number };

function arrowsRow(line: number, tokens: LineToken[]): RowResult {
  const arrows: VerticalArrow[] = [];
  const labels: Array<{ at: number; text: string }> = [];
  for (const token of tokens) {
    if (token.kind === "varrow") arrows.push({ dir: token.dir, ascii: token.ascii, start: token.start, end: token.end });
    else if (token.kind === "text") labels.push({ at: token.start, text: token.text });
  }
  // A label belongs to the nearest arrow on its left (`↓ (filtering, …)`), else to the first arrow.
  for (const { at, text } of labels) {
    const owner = arrows.filter((a) => a.end <= at).at(-1) ?? arrows[0];
    if (owner === undefined) continue;
    const label = unwrapParens(text);
    owner.label = owner.label === undefined ? label : `${owner.label} ${label}`;
  }
  return { ok: true, row: { kind: "arrows", line, arrows } };
}

type Piece = { kind: "cells"; cells: Cell[] } | { kind: "arrow"; dir: HorizontalDirection; column: number; label?: string };

function cellsRow(line: number, tokens: LineToken[], measured: ReturnType<typeof measureLine>): RowResult {
  const pieces: Piece[] = [];
  const arrowCount = tokens.filter((t) => t.kind === "harrow").length;
  let seenArrows = 0;
  let expectText = true;
  for (const token of tokens) {
    if (token.kind === "varrow") {
      return { ok: false, reason: "vertical arrow inside a row of labels", line };
    }
    if (token.kind === "harrow") {
      if (expectText) pieces.push({ kind: "cells", cells: [] });
      pieces.push({ kind: "arrow", dir: token.dir, column: token.start });
      seenArrows++;
      expectText = true;
      continue;
    }
    // Runs between two arrows are one box; outer runs may hold side-by-side boxes.
    const inner = seenArrows > 0 && seenArrows < arrowCount;
    pieces.push({ kind: "cells", cells: inner ? [wholeCell(measured, token)] : splitCells(measured, token) });
    expectText = false;
  }
  if (expectText) pieces.push({ kind: "cells", cells: [] });

  // `A → (batch) → B`: a parenthesised run between two same-way arrows labels one edge.
  const merged: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    const before = merged.at(-1);
    const after = pieces[i + 1];
    if (
      piece?.kind === "cells" && piece.cells.length === 1 && piece.cells[0]?.parenOnly === true &&
      before?.kind === "arrow" && after?.kind === "arrow" && before.dir === after.dir && before.label === undefined
    ) {
      before.label = unwrapParens(piece.cells[0].raw);
      i++; // the second arrow is the same edge
      continue;
    }
    if (piece !== undefined) merged.push(piece);
  }

  const cells: Cell[] = [];
  const links: RowLink[] = [];
  for (let i = 0; i < merged.length; i++) {
    const piece = merged[i];
    if (piece === undefined) continue;
    if (piece.kind === "cells") {
      cells.push(...piece.cells);
      continue;
    }
    const left = merged[i - 1];
    const right = merged[i + 1];
    if (left?.kind !== "cells" || left.cells.length === 0) {
      return { ok: false, reason: "arrow has no label on its left", line };
    }
    if (right?.kind !== "cells" || right.cells.length === 0) {
      return { ok: false, reason: "arrow has no label on its right", line };
    }
    // The arrow joins the last box on its left to the first box on its right.
    const link: RowLink = { from: cells.length - 1, to: cells.length, dir: piece.dir, column: piece.column };
    if (piece.label !== undefined) link.label = piece.label;
    links.push(link);
  }
  return { ok: true, row: { kind: "cells", line, cells, links } };
}

/**
 * Classifies one line. A row is a row of vertical arrows when it has no horizontal arrow and either
 * starts with a vertical arrow or holds a Unicode one (`↓ ↑ ⇓ ▼ …`); any text on it labels the arrow.
 */
export function classifyLine(rawLine: string, line: number): RowResult {
  const measured = measureLine(rawLine);
  if (measured.text.trim() === "") return { ok: true, row: { kind: "blank", line } };
  const withAscii = lexLine(measured, true);
  const hasHorizontal = withAscii.some((t) => t.kind === "harrow");
  if (!hasHorizontal) {
    const first = withAscii[0];
    const unicodeVertical = withAscii.some((t) => t.kind === "varrow" && !t.ascii);
    if (first?.kind === "varrow" || unicodeVertical) return arrowsRow(line, withAscii);
  }
  return cellsRow(line, lexLine(measured, false), measured);
}
