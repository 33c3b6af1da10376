/**
 * Pictures drawn in text that the flow converter must leave alone: they stay monospace, exactly as
 * written. The converter reads arrows between labels; it cannot read boxes, so a boxed picture would
 * come out as "diagrams" whose nodes are border pieces (`┌──┐`, `├──`), and a tree or table as nonsense.
 */
export type PictureKind = "box-drawing" | "ascii-box" | "table" | "tree" | "diagonal" | "symbol-line";

// Box-drawing characters other than the two the flow lexer reads (`│ ┃` as stems; `─ ━` as arrow
// shafts, handled below): corners, junctions, double and dashed lines, plus block elements (`█ ░`).
const BOX_PIECES = /[\u2504-\u259f]/u;
const SHAFT_RUN = /[─━]+/gu;
// The heads the lexer accepts after a Unicode shaft (`──>` is not one: it would lex as a label).
const ARROW_HEAD = /^[→⇒⟶⟹➔➜➝➞➡▶►]/u;
const ARROW_TAIL = /[←⇐⟵⟸⬅◀◄]$/u;

// ASCII boxes and tables: `+------+`, `+===+===+`, `.-----.`, `'-----'`, `/-----\`, `\-----/`.
const ASCII_EDGE = /[+.'/\\][-=]{3,}[+.'/\\]/u;
// A Markdown table's delimiter row inside a code block: `|---|:---:|`.
const TABLE_DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/u;
// `tree` in ASCII mode: `|-- src/`, `` `-- index.js ``, `+-- lib`, `\-- a`.
const ASCII_TREE_BRANCH = /^[\s|]*[|`+\\]--+\s+\S/u;
// A line of nothing but diagonals, pipes and underscores: the branches of a drawn tree or a figure.
const DIAGONAL_LINE = /^[\s/\\|_]*[/\\][\s/\\|_]*$/u;
// Arrows and stems the flow lexer reads, so a line of them is a connector row, not a picture.
const ARROWISH = /[→⇒⟶⟹➔➜➝➞➡▶►←⇐⟵⟸⬅◀◄↔⇔⟷↓⇓▼▽⬇↑⇑▲△⬆↕⇕│┃]|-+>|<-+|=+>|<=+>|(?:^|\s)[vV^|](?:\s|$)/u;
const ELLIPSIS = /^(?:\.{2,}|…+|⋮|⋯|·{2,})$/u;

/** Whether a run of `─`/`━` is an arrow's shaft (`──▶`, `◀──`) rather than a box edge. */
function shaftsAreArrows(line: string): boolean {
  for (const match of line.matchAll(SHAFT_RUN)) {
    const after = line.slice(match.index + match[0].length);
    const before = line.slice(0, match.index);
    if (!ARROW_HEAD.test(after) && !ARROW_TAIL.test(before)) return false;
  }
  return true;
}

/** A line holding only symbols (`=`, `+`, `***`, `~~~~`, `(_)`) and no letter, digit or arrow. */
function isSymbolLine(line: string): boolean {
  const text = line.trim();
  return text !== "" && !/[\p{L}\p{N}]/u.test(text) && !ARROWISH.test(text) && !ELLIPSIS.test(text);
}

/** What kind of picture a block's lines draw, or null when it may be a flow. */
export function pictureKind(lines: readonly string[]): PictureKind | null {
  for (const line of lines) {
    if (BOX_PIECES.test(line) || !shaftsAreArrows(line)) return "box-drawing";
  }
  for (const line of lines) {
    if (TABLE_DELIMITER.test(line)) return "table";
    if (ASCII_TREE_BRANCH.test(line)) return "tree";
    if (ASCII_EDGE.test(line)) return "ascii-box";
    if (DIAGONAL_LINE.test(line)) return "diagonal";
  }
  if (lines.some(isSymbolLine)) return "symbol-line";
  return null;
}
