import synonymsJson from "../../data/tag-synonyms.json";
import glossaryJson from "../../data/service-glossary.json";
import { normalizeTag } from "./normalize";

/** Non-canonical tag → canonical tag. Keys and values are normalised tags (see `normalizeTag`). */
export type TagSynonyms = Readonly<Record<string, string>>;

/**
 * Validates a synonyms table. Rejects un-normalised spellings (they could never match), self-maps,
 * chains (`a→b`, `b→c`: one lookup must be enough) and `service/x` targets missing from the glossary.
 * Throws an Error naming the offending key, because a bad table is a build-time authoring mistake.
 */
export function parseTagSynonyms(raw: unknown, knownServices: ReadonlySet<string>, source = "tag-synonyms.json"): TagSynonyms {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new Error(`${source}: expected an object of "tag": "canonical tag" pairs`);
  }
  const table: Record<string, string> = {};
  const entries = Object.entries(raw);
  for (const [from, to] of entries) {
    if (typeof to !== "string") throw new Error(`${source}: "${from}" must map to a string`);
    if (normalizeTag(from) !== from) throw new Error(`${source}: key "${from}" is not normalised (write "${normalizeTag(from)}")`);
    if (normalizeTag(to) !== to || to === "") throw new Error(`${source}: "${from}" maps to un-normalised "${to}"`);
    if (from === to) throw new Error(`${source}: "${from}" maps to itself`);
    if (Object.hasOwn(raw, to)) throw new Error(`${source}: "${from}" maps to "${to}", which is itself mapped (no chains)`);
    const service = /^service\/([^/]+)/.exec(to)?.[1];
    if (service !== undefined && !knownServices.has(service)) {
      throw new Error(`${source}: "${from}" maps to "${to}", but "${service}" is not in service-glossary.json`);
    }
    table[from] = to;
  }
  return Object.freeze(table);
}

/** The project's synonyms table (src/data/tag-synonyms.json), validated at import. */
export const tagSynonyms: TagSynonyms = parseTagSynonyms(synonymsJson, new Set(Object.keys(glossaryJson)));
