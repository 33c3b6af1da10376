import type { MeasuredLine } from "./columns";
import type { TextToken } from "./lex";

/** One box of text on a row, with its display-column span. */
export interface Cell {
  label: string;
  notes: string[];
  start: number;
  end: number;
  /** Written as `[Label]`: a sure sign of a node, never of a description. */
  bracketed: boolean;
  /** The whole cell is one parenthesised group, e.g. `(메타데이터 저장)` on its own. */
  parenOnly: boolean;
  /** The cell text as written (whitespace collapsed), for description rows. */
  raw: string;
}

const OPEN = new Set(["(", "（"]);
const CLOSE = new Set([")", "）"]);

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Index of the `(` matching the `)` that ends `text`, or -1 when unbalanced. */
function matchingOpen(text: string): number {
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i] ?? "";
    if (CLOSE.has(ch)) depth++;
    else if (OPEN.has(ch)) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * Peels trailing ` (note)` groups. A group must be separated from the label by a space (or follow a
 * `]`): `f(x)` and `S3(원본)` stay whole labels because the parenthesis is part of the name there.
 */
function peelNotes(text: string): { rest: string; notes: string[] } {
  const notes: string[] = [];
  let rest = text;
  while (rest.length > 0 && CLOSE.has(rest.at(-1) ?? "")) {
    const open = matchingOpen(rest);
    if (open < 0) break;
    const before = rest.slice(0, open);
    if (open > 0 && !/[\s\]]$/.test(before)) break;
    const inner = collapseSpaces(rest.slice(open + 1, -1));
    if (inner !== "") notes.unshift(inner);
    rest = before.trim();
  }
  return { rest, notes };
}

/** Index of the `]` matching a leading `[`, or -1. */
function matchingBracket(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "[") depth++;
    else if (text[i] === "]") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** `[Glue Crawler] (메타)` → label `Glue Crawler`, notes [`메타`]; `AWS Glue Crawler (Schema Discovery)` likewise. */
export function parseCellText(text: string): Omit<Cell, "start" | "end"> {
  const raw = collapseSpaces(text);
  if (raw.startsWith("[")) {
    const close = matchingBracket(raw);
    if (close > 1) {
      const { rest, notes } = peelNotes(raw.slice(close + 1).trim());
      const label = collapseSpaces(raw.slice(1, close));
      if (rest === "" && label !== "") return { label, notes, bracketed: true, parenOnly: false, raw };
    }
  }
  const { rest, notes } = peelNotes(raw);
  if (rest === "") {
    // The whole cell is parenthesised: keep it as written; callers decide whether it is a note.
    return { label: raw, notes: [], bracketed: false, parenOnly: notes.length > 0, raw };
  }
  return { label: rest, notes, bracketed: false, parenOnly: false, raw };
}

function cellAt(line: MeasuredLine, from: number, to: number): Cell {
  return { ...parseCellText(line.text.slice(from, to)), start: line.columns[from] ?? 0, end: line.columns[to] ?? 0 };
}

/** The whole text token as one cell (a run between two arrows is always a single box). */
export function wholeCell(line: MeasuredLine, token: TextToken): Cell {
  return cellAt(line, token.from, token.to);
}

/**
 * Splits a text run into boxes at runs of two or more spaces (side-by-side boxes in a grid or in a
 * description row; labels themselves use single spaces). A parenthesised-only piece is a note of the
 * box before it, so `[Data Catalog]  (메타데이터 저장)` stays one box.
 */
export function splitCells(line: MeasuredLine, token: TextToken): Cell[] {
  const cells: Cell[] = [];
  const gap = /\s{2,}/g;
  let from = token.from;
  const pieces: Array<[number, number]> = [];
  for (const match of line.text.slice(token.from, token.to).matchAll(gap)) {
    const at = token.from + match.index;
    pieces.push([from, at]);
    from = at + match[0].length;
  }
  pieces.push([from, token.to]);
  for (const [a, b] of pieces) {
    const cell = cellAt(line, a, b);
    const previous = cells.at(-1);
    if (cell.parenOnly && previous !== undefined && !previous.parenOnly) {
      previous.notes.push(...peelNotes(cell.raw).notes);
      previous.end = cell.end;
      previous.raw = `${previous.raw} ${cell.raw}`;
      continue;
    }
    cells.push(cell);
  }
  return cells;
}

/** Notes carried by a parenthesised-only cell. */
export function notesOf(cell: Cell): string[] {
  return cell.parenOnly ? peelNotes(cell.raw).notes : [];
}

/** Text of an edge label or description written as `(…)`: one enclosing pair is dropped. */
export function unwrapParens(text: string): string {
  const raw = collapseSpaces(text);
  if (raw.length >= 2 && OPEN.has(raw[0] ?? "") && CLOSE.has(raw.at(-1) ?? "") && matchingOpen(raw) === 0) {
    return collapseSpaces(raw.slice(1, -1));
  }
  return raw;
}
