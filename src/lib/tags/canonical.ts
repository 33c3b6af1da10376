import glossaryJson from "../../data/service-glossary.json";
import { normalizeTag } from "./normalize";
import type { TagSynonyms } from "./synonyms";

/** Canonical service keys (`glue`, `lambda`, …) from the glossary; read raw here to keep modules acyclic. */
export const knownServiceKeys: ReadonlySet<string> = new Set(Object.keys(glossaryJson));

/** Longest-prefix synonym on whole segments, so `service/aws-glue/crawler` → `service/glue/crawler`. */
function applySynonyms(tag: string, synonyms: TagSynonyms): string {
  const segments = tag.split("/");
  for (let i = segments.length; i > 0; i--) {
    const prefix = segments.slice(0, i).join("/");
    if (Object.hasOwn(synonyms, prefix)) {
      const rest = segments.slice(i);
      return [synonyms[prefix] ?? prefix, ...rest].join("/");
    }
  }
  return tag;
}

/**
 * The canonical spelling of a tag: normalised (see `normalizeTag`), mapped through the synonyms table, and
 * for `service/aws-x` / `service/amazon-x` the vendor prefix is dropped when `x` is a known service or
 * itself a synonym (`service/aws-kinesis-data-firehose` → `service/kinesis-firehose`). Unknown
 * `service/amazon-foo` is kept as written rather than guessed. Returns "" for an unusable tag.
 */
export function canonicalTag(tag: string, synonyms: TagSynonyms, knownServices: ReadonlySet<string> = knownServiceKeys): string {
  const mapped = applySynonyms(normalizeTag(tag), synonyms);
  const vendor = /^service\/(?:aws|amazon)-([^/]+)(\/.*)?$/.exec(mapped);
  const stripped = vendor?.[1];
  if (stripped === undefined) return mapped;
  const candidate = `service/${stripped}`;
  if (!knownServices.has(stripped) && !Object.hasOwn(synonyms, candidate)) return mapped;
  return applySynonyms(candidate + (vendor?.[2] ?? ""), synonyms);
}

/** A note's tags as the site knows them: canonical, without duplicates, in the order the note gives them. */
export function canonicalTags(raw: readonly string[], synonyms: TagSynonyms, knownServices: ReadonlySet<string> = knownServiceKeys): string[] {
  return [...new Set(raw.map((t) => canonicalTag(t, synonyms, knownServices)).filter((t) => t !== ""))];
}
