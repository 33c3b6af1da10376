/** What the table of contents needs of a heading. */
export interface TocHeading {
  depth: number;
  id: string;
  text: string;
}

export interface TocEntry extends TocHeading {
  /** The text shown: the heading's own, made distinct when other entries read the same. */
  label: string;
}

/**
 * Table-of-contents entries (levels 2–3) whose labels are all distinct: a lecture note that repeats
 * `# AWS Data Pipeline` on every slide would otherwise list twelve identical links. A repeated text
 * takes its parent heading (`파이프라인 구성요소 › 개요`); a repeated top-level text takes its first
 * sub-heading (`AWS Data Pipeline › ETL`); whatever still repeats is numbered (`(2)`).
 * `headings` are the note's, in document order, with levels already normalised (no skips).
 */
export function tocEntries(headings: readonly TocHeading[], maxDepth = 3): TocEntry[] {
  const parentOf = new Map<number, TocHeading>();
  const firstChildOf = new Map<number, TocHeading>();
  const stack: { heading: TocHeading; index: number }[] = [];
  headings.forEach((heading, index) => {
    while (stack.length > 0 && (stack.at(-1)?.heading.depth ?? 0) >= heading.depth) stack.pop();
    const parent = stack.at(-1);
    if (parent !== undefined) {
      parentOf.set(index, parent.heading);
      if (!firstChildOf.has(parent.index)) firstChildOf.set(parent.index, heading);
    }
    stack.push({ heading, index });
  });

  const shown = headings.map((h, index) => ({ h, index })).filter(({ h }) => h.depth >= 2 && h.depth <= maxDepth);
  const count = (labels: string[]) => labels.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>());
  const own = shown.map(({ h }) => h.text);
  const ownCount = count(own);
  const withContext = shown.map(({ h, index }, i) => {
    const text = own[i] ?? h.text;
    if ((ownCount.get(text) ?? 0) < 2) return text;
    const parent = parentOf.get(index);
    if (parent !== undefined && parent.depth >= 2) return `${parent.text} › ${text}`;
    const child = firstChildOf.get(index);
    return child === undefined ? text : `${text} › ${child.text}`;
  });
  const contextCount = count(withContext);
  const seen = new Map<string, number>();
  return shown.map(({ h }, i) => {
    const label = withContext[i] ?? h.text;
    if ((contextCount.get(label) ?? 0) < 2) return { ...h, label };
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return { ...h, label: n === 1 ? label : `${label} (${n})` };
  });
}
