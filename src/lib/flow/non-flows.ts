import type { LineToken } from "./lex";

// Blocks with arrows between labels that are still not flows: lists of pairs and prose. Each takes the
// block's lines as the flow lexer tokenises them (`lexLine(…, true)`), one token list per line.

/** A label names something: it has a letter (`1 → 16` is a range of steps, not a flow). */
export function isLabel(token: LineToken): boolean {
  return token.kind === "text" && /\p{L}/u.test(token.text);
}

/**
 * A list of `key → value` pairs (`GET → Read`, `localhost → 127.0.0.1 (IPv4)`, `Hash` then
 * `    → Integrity`): two or more chains of exactly one arrow, no vertical arrows, and no value that is
 * also a key (so nothing flows on). A table in prose form, not a flow.
 */
export function isMappingList(tokenLines: readonly LineToken[][]): boolean {
  const chains: string[][] = [];
  let current: string[] | undefined;
  let arrows = 0;
  const counts: number[] = [];
  const close = () => {
    if (current && arrows > 0) {
      chains.push(current);
      counts.push(arrows);
    }
    current = undefined;
    arrows = 0;
  };
  for (const tokens of tokenLines) {
    if (tokens.length === 0) {
      close();
      continue;
    }
    if (tokens.some((t) => t.kind === "varrow")) return false;
    const ledByArrow = tokens[0]?.kind === "harrow";
    if (!ledByArrow) close();
    current ??= [];
    for (const token of tokens) {
      if (token.kind === "harrow") arrows++;
      else if (token.kind === "text") current.push(token.text);
    }
    // A line with arrows ends its chain; a label-only line may be continued by an arrow-led line.
    if (tokens.some((t) => t.kind === "harrow")) close();
  }
  close();
  if (chains.length < 2 || counts.some((n) => n !== 1)) return false;
  const keys = new Set(chains.map((c) => c[0]));
  return chains.every((c) => c.length === 2 && !keys.has(c[1]));
}

/**
 * Whether most label lines stand apart from every arrow: notes written in a code block with an arrow
 * somewhere are prose, not a flow. A label line is connected when it has an arrow, or when its run of
 * label-only lines (consecutive, no blank line) touches a row of vertical arrows (a multi-line label
 * above `↓`, description rows under a fan) or is continued by an arrow-led line (`Hash` / `→ …`).
 */
export function isMostlyProse(tokenLines: readonly LineToken[][]): boolean {
  const hasVertical = (tokens: readonly LineToken[] | undefined) => tokens?.some((t) => t.kind === "varrow") ?? false;
  const labelOnly = (tokens: readonly LineToken[] | undefined) => tokens !== undefined && tokens.length > 0 && tokens.every((t) => t.kind === "text");
  let connected = 0;
  let apart = 0;
  for (let i = 0; i < tokenLines.length; i++) {
    const tokens = tokenLines[i] ?? [];
    if (!labelOnly(tokens)) {
      if (tokens.some(isLabel)) connected++; // a label line with arrows
      continue;
    }
    let last = i;
    while (labelOnly(tokenLines[last + 1])) last++;
    const run = tokenLines.slice(i, last + 1).filter((t) => t.some(isLabel)).length;
    const joined = hasVertical(tokenLines[i - 1]) || hasVertical(tokenLines[last + 1]) || tokenLines[last + 1]?.[0]?.kind === "harrow";
    if (joined) connected += run;
    else apart += run;
    i = last;
  }
  return apart > connected;
}
