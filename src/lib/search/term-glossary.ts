import glossaryJson from "../../data/it-glossary.json";
import type { ServiceReading } from "./readings";
import {
  englishTermKey,
  isKoreanSpelling,
  koreanTermKey,
  termTableFromGroups,
  variantsIn,
  type TermGroup,
  type TermTable,
} from "./term-table";

/**
 * The curated bilingual IT glossary (src/data/it-glossary.json): one entry per concept, its English
 * spellings and every common Korean reading or established Korean term (bucket ↔ 버킷,
 * workflow ↔ 워크플로 / 워크플로우, database ↔ 데이터베이스 / 디비).
 */
export interface TermGlossary {
  readonly terms: readonly TermGroup[];
  /** Korean words that must never be paired (spaceless NFC key → why): 저장소 is repository and storage. */
  readonly ambiguous: ReadonlyMap<string, string>;
}

// Lower-case ASCII words separated by single spaces; inside a word letters, digits and . + ' / - (k8s, i18n, wi-fi).
const ENGLISH_SPELLING = /^[a-z0-9](?:[a-z0-9.+'/-]*[a-z0-9+])?(?: [a-z0-9](?:[a-z0-9.+'/-]*[a-z0-9+])?)*$/u;
const ENTRY_FIELDS = new Set(["en", "ko"]);

function spellingList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === "string") ? (value as string[]) : undefined;
}

/**
 * Validates the glossary JSON (`{ about?, ambiguous?, terms: [{ en, ko }] }`). Throws one Error that
 * lists every problem: English spellings must be lower-case ASCII, Korean ones NFC Hangul (single
 * spaces allowed), no spelling twice in an entry, no key (데이터 레이크 = 데이터레이크, real-time =
 * real time) in two entries, and no ambiguous word paired at all. A broken glossary is an authoring
 * mistake that must stop the build.
 */
export function parseTermGlossary(raw: unknown, source = "it-glossary.json"): TermGlossary {
  const problems: string[] = [];
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new Error(`${source}: expected an object with "terms"`);
  const record = raw as Record<string, unknown>;
  const ambiguous = new Map<string, string>();
  const rawAmbiguous = record["ambiguous"] ?? {};
  if (typeof rawAmbiguous !== "object" || rawAmbiguous === null || Array.isArray(rawAmbiguous)) {
    problems.push(`"ambiguous" must be an object of Korean word → reason`);
  } else {
    for (const [word, why] of Object.entries(rawAmbiguous)) {
      if (!isKoreanSpelling(word) || word.normalize("NFC") !== word) problems.push(`ambiguous "${word}": must be NFC Hangul`);
      if (typeof why !== "string" || why.trim() === "") problems.push(`ambiguous "${word}": needs a reason`);
      ambiguous.set(koreanTermKey(word), typeof why === "string" ? why : "");
    }
  }
  const unknownTop = Object.keys(record).find((field) => !["about", "ambiguous", "terms"].includes(field));
  if (unknownTop !== undefined) problems.push(`unknown field "${unknownTop}"`);
  if (!Array.isArray(record["terms"])) throw new Error(`${source}: "terms" must be an array of { en, ko }`);

  const terms: TermGroup[] = [];
  const owner = new Map<string, number>();
  record["terms"].forEach((value: unknown, position: number) => {
    const where = `terms[${position}]`;
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      problems.push(`${where}: expected { en, ko }`);
      return;
    }
    const entry = value as Record<string, unknown>;
    const unknownField = Object.keys(entry).find((field) => !ENTRY_FIELDS.has(field));
    if (unknownField !== undefined) problems.push(`${where}: unknown field "${unknownField}"`);
    const en = spellingList(entry["en"]);
    const ko = spellingList(entry["ko"]);
    if (en === undefined || ko === undefined) {
      problems.push(`${where}: "en" and "ko" must be non-empty lists of strings`);
      return;
    }
    const label = `${where} (${en[0] ?? ""})`;
    for (const spelling of en) {
      if (!ENGLISH_SPELLING.test(spelling)) problems.push(`${label}: English "${spelling}" must be lower-case ASCII words separated by single spaces`);
    }
    for (const spelling of ko) {
      if (spelling.normalize("NFC") !== spelling) problems.push(`${label}: Korean "${spelling}" is not NFC`);
      else if (!isKoreanSpelling(spelling)) problems.push(`${label}: Korean "${spelling}" must be Hangul words separated by single spaces`);
    }
    const seen = new Set<string>();
    for (const spelling of [...en, ...ko]) {
      if (seen.has(spelling)) problems.push(`${label}: "${spelling}" is listed twice`);
      seen.add(spelling);
    }
    const keys = new Set([...en.map(englishTermKey), ...ko.map(koreanTermKey)]);
    for (const key of keys) {
      const first = owner.get(key);
      if (first !== undefined && first !== position) problems.push(`${label}: "${key}" is already in terms[${first}] (${terms[first]?.en[0] ?? ""})`);
      else owner.set(key, position);
      if (ambiguous.has(key)) problems.push(`${label}: "${key}" is listed as ambiguous and must not be paired`);
    }
    terms.push({ en: [...en], ko: [...ko] });
  });
  if (problems.length > 0) throw new Error(`${source}:\n  ${problems.join("\n  ")}`);
  return { terms, ambiguous };
}

/** The project's glossary, validated at import. */
export const itGlossary: TermGlossary = parseTermGlossary(glossaryJson);

/** The glossary as a lookup table (curated spellings only; buildTermTable adds pairs mined from notes). */
export const itGlossaryTable: TermTable = termTableFromGroups(itGlossary.terms);

/**
 * Every other spelling of a word in the IT glossary, both ways: 버킷 → [bucket, buckets],
 * Buckets → [bucket, 버킷], 워크플로 → [workflow, workflows, 워크플로우]. Particles are not stripped here
 * (see bilingualForms for running text). Empty for words the glossary does not know.
 */
export function termVariants(word: string): string[] {
  return variantsIn(itGlossaryTable, word);
}

const VENDOR_WORDS = new Set(["aws", "amazon"]);

/**
 * Where the IT glossary and the service glossary disagree about a word, as messages (empty when they
 * agree). A Korean spelling that is also a service reading must pair with a word of that service's
 * names (배치 ↔ batch and AWS Batch agree); an English spelling that is a whole service name must list
 * that service's readings. Both files can then feed one search table without a word meaning two things.
 */
export function glossaryServiceConflicts(glossary: TermGlossary, services: readonly ServiceReading[]): string[] {
  const conflicts: string[] = [];
  const table = termTableFromGroups(glossary.terms);
  for (const service of services) {
    const nameWords = new Set(
      service.names.flatMap((name) => englishTermKey(name).split(" ")).filter((word) => !VENDOR_WORDS.has(word)),
    );
    const nameKeys = new Set(service.names.map(englishTermKey));
    const readingKeys = new Set(service.reading.map(koreanTermKey));
    for (const reading of service.reading) {
      const position = table.index.get(koreanTermKey(reading));
      const group = position === undefined ? undefined : table.groups[position];
      if (group === undefined) continue;
      const agrees = group.en.some((spelling) => englishTermKey(spelling).split(" ").every((word) => nameWords.has(word)));
      if (!agrees) conflicts.push(`"${reading}" is ${service.names[0] ?? "a service"} in the service glossary but ${group.en.join("/")} in the IT glossary`);
    }
    for (const name of nameKeys) {
      const position = table.index.get(name);
      const group = position === undefined ? undefined : table.groups[position];
      if (group === undefined) continue;
      if (!group.ko.some((spelling) => readingKeys.has(koreanTermKey(spelling)))) {
        conflicts.push(`"${name}" is read ${[...readingKeys].join("/")} in the service glossary but ${group.ko.join("/")} in the IT glossary`);
      }
    }
  }
  return conflicts;
}
