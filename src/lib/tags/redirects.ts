import { canonicalTag } from "./canonical";
import { compareText, normalizeTag, tagAncestry } from "./normalize";
import type { TagSynonyms } from "./synonyms";

export interface TagRedirect {
  /** Non-canonical route param, e.g. `service/aws-glue`. */
  from: string;
  /** Canonical route param, e.g. `service/glue`. */
  to: string;
}

/**
 * Redirect pages for tag paths people may have bookmarked or typed: every level of every raw tag whose
 * normalised spelling differs from its canonical one (`service/aws-glue/crawler` yields both
 * `service/aws-glue` and `service/aws-glue/crawler`). Paths that are themselves canonical pages are never
 * redirected. Sorted by `from`.
 */
export function tagRedirects(allRawTags: Iterable<string>, synonyms: TagSynonyms): TagRedirect[] {
  const canonicalPages = new Set<string>();
  const candidates = new Map<string, string>();
  for (const raw of allRawTags) {
    const canonical = canonicalTag(raw, synonyms);
    if (canonical === "") continue;
    for (const level of tagAncestry(canonical)) canonicalPages.add(level);
    for (const level of tagAncestry(normalizeTag(raw))) {
      const to = canonicalTag(level, synonyms);
      if (to !== level) candidates.set(level, to);
    }
  }
  return [...candidates]
    .filter(([from]) => !canonicalPages.has(from))
    .map(([from, to]) => ({ from, to }))
    .sort((a, b) => compareText(a.from, b.from));
}
