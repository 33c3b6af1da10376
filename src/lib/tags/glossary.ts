import glossaryJson from "../../data/service-glossary.json";
import { canonicalTag } from "./canonical";
import { tagSynonyms, type TagSynonyms } from "./synonyms";

/** One AWS service, keyed in the glossary by its canonical tag segment (`glue` for `service/glue`). */
export interface ServiceInfo {
  /** Official English name, e.g. "AWS Glue". */
  name: string;
  /** Korean readings (transliterations) a reader may type, e.g. ["글루"]. */
  reading: string[];
  /** English spellings found in note prose, e.g. ["Glue", "AWS Glue"]; search maps 람다 → these. */
  aliases: string[];
  /** One-line Korean description. */
  description: string;
}

export type ServiceGlossary = Readonly<Record<string, Readonly<ServiceInfo>>>;

export interface ServiceLookup extends ServiceInfo {
  key: string;
  /** `service/<key>` */
  tag: string;
}

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HANGUL = /\p{Script=Hangul}/u;

function nonEmptyStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "string" && v.trim() === v && v !== "");
}

/**
 * Validates glossary JSON. Throws an Error naming the bad key and field: a broken glossary is an authoring
 * mistake that must stop the build, not a reader-facing condition.
 */
export function parseServiceGlossary(raw: unknown, source = "service-glossary.json"): ServiceGlossary {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new Error(`${source}: expected an object keyed by service`);
  const glossary: Record<string, Readonly<ServiceInfo>> = {};
  for (const [key, value] of Object.entries(raw)) {
    const where = `${source}: "${key}"`;
    if (!KEY.test(key)) throw new Error(`${where}: key must be a lowercase tag segment like "step-functions"`);
    if (typeof value !== "object" || value === null) throw new Error(`${where}: expected an object`);
    const entry = value as Record<string, unknown>;
    const { name, reading, aliases, description } = entry;
    if (typeof name !== "string" || name.trim() === "") throw new Error(`${where}: "name" must be a non-empty string`);
    if (!nonEmptyStrings(reading) || !reading.every((r) => HANGUL.test(r) && r.normalize("NFC") === r)) {
      throw new Error(`${where}: "reading" must be a non-empty list of NFC Korean readings`);
    }
    if (!nonEmptyStrings(aliases)) throw new Error(`${where}: "aliases" must be a non-empty list of English spellings`);
    if (typeof description !== "string" || !HANGUL.test(description)) {
      throw new Error(`${where}: "description" must be a one-line Korean string`);
    }
    if (/\n/.test(description)) throw new Error(`${where}: "description" must be one line`);
    const unknownField = Object.keys(entry).find((f) => !["name", "reading", "aliases", "description"].includes(f));
    if (unknownField !== undefined) throw new Error(`${where}: unknown field "${unknownField}"`);
    glossary[key] = Object.freeze({ name, reading: [...reading], aliases: [...aliases], description });
  }
  return Object.freeze(glossary);
}

/** The project's glossary (src/data/service-glossary.json), validated at import. */
export const serviceGlossary: ServiceGlossary = parseServiceGlossary(glossaryJson);

/**
 * Looks a service up by tag (`service/aws-glue`), bare key (`glue`, `aws-glue`, `kinesis-data-firehose`):
 * the input goes through `canonicalTag`, so every synonym finds its entry. Undefined for non-services.
 */
export function lookupService(tagOrKey: string, synonyms: TagSynonyms = tagSynonyms): ServiceLookup | undefined {
  const trimmed = tagOrKey.trim();
  const asTag = /^#?service\//i.test(trimmed) ? trimmed : `service/${trimmed}`;
  const key = /^service\/([^/]+)$/.exec(canonicalTag(asTag, synonyms))?.[1];
  const info = key === undefined ? undefined : serviceGlossary[key];
  return key === undefined || info === undefined ? undefined : { key, tag: `service/${key}`, ...info };
}

function termKey(term: string): string {
  return term.normalize("NFC").toLowerCase().replace(/[\s\-_]+/g, "");
}

const byTerm: ReadonlyMap<string, readonly string[]> = (() => {
  const index = new Map<string, string[]>();
  for (const [key, info] of Object.entries(serviceGlossary)) {
    for (const term of [key, info.name, ...info.reading, ...info.aliases]) {
      const k = termKey(term);
      const keys = index.get(k) ?? [];
      if (!keys.includes(key)) keys.push(key);
      index.set(k, keys);
    }
  }
  return index;
})();

/**
 * Services a search term names, matching a Korean reading or English spelling whole, ignoring case,
 * spaces and hyphens (`람다`, `스텝펑션`, `step functions`). Returns [] for ordinary words. Note: `배치`
 * is both AWS Batch's reading and the everyday word for batch processing; callers should boost, not replace.
 */
export function servicesForTerm(term: string): ServiceLookup[] {
  const keys = byTerm.get(termKey(term)) ?? [];
  return keys.flatMap((key) => {
    const info = serviceGlossary[key];
    return info === undefined ? [] : [{ key, tag: `service/${key}`, ...info }];
  });
}
