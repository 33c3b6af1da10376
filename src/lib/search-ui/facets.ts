/** One tag chip: the filter value, how many notes it would leave, and whether it is chosen. */
export interface TagFacet {
  readonly tag: string;
  readonly count: number;
  readonly chosen: boolean;
  /** 0 for a top-level tag (`service`), 1 for `service/glue`, … */
  readonly depth: number;
}

const parentOf = (tag: string): string | undefined => {
  const cut = tag.lastIndexOf("/");
  return cut > 0 ? tag.slice(0, cut) : undefined;
};

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The chips worth showing, kept short: every top-level tag, plus the children of each chosen tag
 * (choosing `service` reveals `service/glue`, `service/lambda`), plus whatever is chosen.
 * Tags that would leave no note are hidden unless chosen (so they can be switched off).
 * Ordered as a tree — a tag, then its shown children — so chips do not jump around while typing.
 */
export function visibleFacets(counts: Readonly<Record<string, number>>, chosen: readonly string[]): TagFacet[] {
  const picked = new Set(chosen);
  const shown = new Set<string>();
  for (const [tag, count] of Object.entries(counts)) {
    const parent = parentOf(tag);
    const revealed = parent === undefined || picked.has(parent);
    if (picked.has(tag) || (revealed && count > 0)) shown.add(tag);
  }
  // A chosen deep tag (from a shared URL) stays reachable even if Pagefind did not report it.
  for (const tag of chosen) shown.add(tag);

  const ordered: TagFacet[] = [];
  const visit = (tag: string, depth: number): void => {
    ordered.push({ tag, count: counts[tag] ?? 0, chosen: picked.has(tag), depth });
    [...shown]
      .filter((child) => parentOf(child) === tag)
      .sort(byCodePoint)
      .forEach((child) => visit(child, depth + 1));
  };
  [...shown]
    .filter((tag) => {
      const parent = parentOf(tag);
      return parent === undefined || !shown.has(parent);
    })
    .sort(byCodePoint)
    .forEach((tag) => visit(tag, tag.split("/").length - 1));
  return ordered;
}
