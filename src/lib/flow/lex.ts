import type { MeasuredLine } from "./columns";

export type HorizontalDirection = "right" | "left" | "both";
/** `stem` is a headless `|`; it takes its direction from a head (`v`, `^`) in the next or previous row. */
export type VerticalDirection = "down" | "up" | "both" | "stem";

interface Located {
  /** UTF-16 range in the measured text. */
  from: number;
  to: number;
  /** Display-column range [start, end). */
  start: number;
  end: number;
}

export interface TextToken extends Located {
  kind: "text";
  text: string;
}
export interface HorizontalArrowToken extends Located {
  kind: "harrow";
  dir: HorizontalDirection;
}
export interface VerticalArrowToken extends Located {
  kind: "varrow";
  dir: VerticalDirection;
  /** `v ^ |` count as arrows only when they stand alone between spaces in a row of arrows. */
  ascii: boolean;
}
export type LineToken = TextToken | HorizontalArrowToken | VerticalArrowToken;

// Longest alternatives first so `-->` is one arrow, not `-` plus `->`. Shafts (`-─━=`) may precede a
// Unicode head. `<=` is deliberately not an arrow: it reads as "less than or equal" in study notes.
const ARROWS = new RegExp(
  [
    String.raw`(?<both><-+>|<=+>|[↔⇔⟷]\uFE0F?)`,
    String.raw`(?<right>[-─━=]*[→⇒⟶⟹➔➜➝➞➡▶►]\uFE0F?|-+>|=+>)`,
    String.raw`(?<left>[←⇐⟵⟸⬅◀◄]\uFE0F?[-─━=]*|<-+)`,
    String.raw`(?<down>[↓⇓▼▽⬇]\uFE0F?)`,
    String.raw`(?<up>[↑⇑▲△⬆]\uFE0F?)`,
    String.raw`(?<vboth>[↕⇕]\uFE0F?)`,
    String.raw`(?<=^|\s)(?:(?<asciiDown>[vV])|(?<asciiUp>\^)|(?<stem>[|│┃]))(?=\s|$)`,
  ].join("|"),
  "gu",
);

type ArrowShape =
  | { kind: "harrow"; dir: HorizontalDirection; ascii: false }
  | { kind: "varrow"; dir: VerticalDirection; ascii: boolean };

function directionOf(groups: Record<string, string | undefined>): ArrowShape {
  if (groups["both"] !== undefined) return { kind: "harrow", dir: "both", ascii: false };
  if (groups["right"] !== undefined) return { kind: "harrow", dir: "right", ascii: false };
  if (groups["left"] !== undefined) return { kind: "harrow", dir: "left", ascii: false };
  if (groups["down"] !== undefined) return { kind: "varrow", dir: "down", ascii: false };
  if (groups["up"] !== undefined) return { kind: "varrow", dir: "up", ascii: false };
  if (groups["vboth"] !== undefined) return { kind: "varrow", dir: "both", ascii: false };
  if (groups["asciiDown"] !== undefined) return { kind: "varrow", dir: "down", ascii: true };
  if (groups["asciiUp"] !== undefined) return { kind: "varrow", dir: "up", ascii: true };
  return { kind: "varrow", dir: "stem", ascii: true };
}

function pushText(tokens: LineToken[], line: MeasuredLine, from: number, to: number): void {
  const raw = line.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text === "") return;
  const start = from + lead;
  const end = start + text.length;
  tokens.push({ kind: "text", text, from: start, to: end, start: line.columns[start] ?? 0, end: line.columns[end] ?? 0 });
}

/**
 * Splits a line into arrows and the text runs between them. With `asciiVertical` off, standalone
 * `v ^ |` are ordinary text (a label row such as `A | B` is not a connector).
 */
export function lexLine(line: MeasuredLine, asciiVertical: boolean): LineToken[] {
  const tokens: LineToken[] = [];
  let last = 0;
  for (const match of line.text.matchAll(ARROWS)) {
    const shape = directionOf(match.groups ?? {});
    if (shape.ascii && !asciiVertical) continue;
    const from = match.index;
    const to = from + match[0].length;
    pushText(tokens, line, last, from);
    const located = { from, to, start: line.columns[from] ?? 0, end: line.columns[to] ?? 0 };
    tokens.push(
      shape.kind === "harrow"
        ? { kind: "harrow", dir: shape.dir, ...located }
        : { kind: "varrow", dir: shape.dir, ascii: shape.ascii, ...located },
    );
    last = to;
  }
  pushText(tokens, line, last, line.text.length);
  return tokens;
}
