// No imports: scripts/measure-math.mjs loads this file with Node's type stripping.

/** What Sätteri's `inlineMath` node was written as: `$…$`, or `$$…$$` inside a paragraph. */
export type InlineMathForm = "inline" | "display";

export function inlineMathForm(sourceSlice: string): InlineMathForm {
  return sourceSlice.startsWith("$$") && sourceSlice.endsWith("$$") && sourceSlice.length >= 4 ? "display" : "inline";
}

const WHITESPACE = /\s/u;
const ASCII_DIGIT = /[0-9]/;

/**
 * Obsidian's inline-math rule, checked on a node Sätteri's looser rule made:
 * the opening `$` is not followed by whitespace, the closing `$` is not preceded
 * by whitespace and is not escaped (`\$` is a dollar sign), and, when the caller
 * passes the character after the node, the closing `$` is not followed by a digit
 * (Pandoc's rule: `USD$30,000 and $20,000` stays text; Obsidian documents no rule
 * for this case). `$$…$$` inside a paragraph is display math in Obsidian and is
 * always accepted when it holds something.
 *
 * @param sourceSlice the source the node spans, delimiters included
 * @param following the source character right after the node, if any
 */
export function isObsidianInlineMath(node: { value: string }, sourceSlice: string, following?: string): boolean {
  const tex = node.value;
  if (tex.trim() === "") return false;
  if (inlineMathForm(sourceSlice) === "display") return true;
  if (!sourceSlice.startsWith("$") || !sourceSlice.endsWith("$")) return false;
  const first = tex[0] as string;
  const last = tex[tex.length - 1] as string;
  if (WHITESPACE.test(first) || WHITESPACE.test(last)) return false;
  if (endsWithEscape(tex)) return false;
  return following === undefined || !ASCII_DIGIT.test(following.charAt(0));
}

// An odd number of backslashes before the closing `$` escapes it.
function endsWithEscape(tex: string): boolean {
  let backslashes = 0;
  for (let i = tex.length - 1; i >= 0 && tex[i] === "\\"; i -= 1) backslashes += 1;
  return backslashes % 2 === 1;
}

/** The text to show for a node the rule rejects: exactly its delimiters and value. */
export function literalInlineMath(node: { value: string }, sourceSlice: string): string {
  const fence = inlineMathForm(sourceSlice) === "display" ? "$$" : "$";
  return `${fence}${node.value}${fence}`;
}
