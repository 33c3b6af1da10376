import { compareText } from "../tags/normalize";

/**
 * Inverts resolved links: target slug → slugs of the notes linking to it, unique and sorted.
 * Self-links (`[[#heading]]`, a note naming itself) are not backlinks. Targets nobody links to are absent.
 */
export function buildBacklinks(linksBySource: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const sources = new Map<string, Set<string>>();
  for (const [source, targets] of linksBySource) {
    for (const target of targets) {
      if (target === source) continue;
      const set = sources.get(target) ?? new Set<string>();
      set.add(source);
      sources.set(target, set);
    }
  }
  return new Map([...sources].sort(([a], [b]) => compareText(a, b)).map(([target, set]) => [target, [...set].sort(compareText)]));
}
