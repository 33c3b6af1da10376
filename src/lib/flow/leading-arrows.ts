import { measureLine, splitBlockLines } from "./columns";
import { lexLine } from "./lex";

/**
 * A pipeline written as a label followed by arrow-led lines, one step per line:
 *
 *     User Query
 *      → Embed query
 *      → Vector search
 *
 * rewritten as the vertical flow it means (`User Query` / `↓` / `Embed query` / `↓` / …), which the
 * flow parser reads. Null when the block is not exactly that shape (a first line of labels without
 * arrows, then only lines that start with a right arrow followed by one label, no blank lines).
 */
export function leadingArrowsToVertical(text: string): string | null {
  const lines = splitBlockLines(text);
  while (lines.length > 0 && lines.at(-1)?.trim() === "") lines.pop();
  if (lines.length < 2) return null;
  const steps: string[] = [];
  for (const [i, line] of lines.entries()) {
    const tokens = lexLine(measureLine(line), false);
    const [first, second] = tokens;
    if (i === 0) {
      if (tokens.length !== 1 || first?.kind !== "text") return null;
      steps.push(first.text);
    } else {
      if (tokens.length !== 2 || first?.kind !== "harrow" || first.dir !== "right" || second?.kind !== "text") return null;
      steps.push(second.text);
    }
  }
  return steps.join("\n↓\n");
}
