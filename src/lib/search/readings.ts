import { isHangulWord } from "./hangul";
import { stripKoreanParticles } from "./particles";
import { indexedTokens, splitWords } from "./words";

/** Korean readings of a service and the names it is written with (람다 ↔ Lambda, AWS Lambda). */
export interface ServiceReading {
  readonly reading: readonly string[];
  readonly names: readonly string[];
}

// Vendor words every note is full of; indexing them as a "name" of a Korean-written service adds nothing.
const VENDOR_WORDS = new Set(["aws", "amazon"]);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

// Compiled once per name: a build asks about the same few dozen names for every note.
const namePatterns = new Map<string, RegExp | null>();

function mentionsName(text: string, lowerText: string, name: string): boolean {
  // Cheap containment check first: most names are absent from most notes.
  const firstWord = name.trim().split(/\s+/u)[0]?.toLowerCase() ?? "";
  if (firstWord !== "" && !lowerText.includes(firstWord)) return false;
  let regex = namePatterns.get(name);
  if (regex === undefined) {
    const trimmed = name.trim();
    const pattern = trimmed.split(/\s+/u).map(escapeRegExp).join("\\s+");
    regex = trimmed.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{Ll}\\p{Lu}\\p{N}])`, "iu");
    namePatterns.set(name, regex);
  }
  return regex !== null && regex.test(text);
}

/** A reading is mentioned when a word (or spaced run of words) is the reading, particles aside. */
function mentionsReading(stems: readonly string[], reading: string): boolean {
  const parts = reading.trim().split(/\s+/u).filter((part) => part.length > 0);
  if (parts.length === 0) return false;
  for (let start = 0; start + parts.length <= stems.length; start++) {
    if (parts.every((part, offset) => stems[start + offset] === part)) return true;
  }
  const joined = parts.join("");
  return parts.length > 1 && stems.includes(joined);
}

/**
 * Extra words that let a service be found under the other script: the Korean readings of every
 * service the text names in English (Lambda → 람다), and the names of every service the text writes
 * in Korean (글루 → Glue). Deduplicated, without words already present as whole tokens.
 */
export function serviceReadingForms(text: string, readings: readonly ServiceReading[]): string[] {
  return [...serviceReadingFormSources(text, readings).keys()];
}

/** Words of a spelling that say something on their own (Amazon and AWS do not). */
const sourceWords = (spelling: string): string[] =>
  spelling
    .normalize("NFC")
    .toLowerCase()
    .split(/\s+/u)
    .filter((word) => word.length > 0 && !VENDOR_WORDS.has(word));

/**
 * The same forms, each with the words of the text it stands for (람다 → [lambda] for a note that
 * writes "AWS Lambda"), so search can highlight the visible word a reading matched.
 */
export function serviceReadingFormSources(text: string, readings: readonly ServiceReading[]): Map<string, string[]> {
  const normalized = text.normalize("NFC");
  const lowerText = normalized.toLowerCase();
  const words = splitWords(normalized);
  const present = indexedTokens(words);
  const stems = words.map((word) => (isHangulWord(word.text) ? stripKoreanParticles(word.text) : word.text));
  const forms = new Map<string, string[]>();
  const addForm = (form: string, sources: readonly string[]): void => {
    const known = forms.get(form) ?? [];
    for (const source of sources) if (!known.includes(source)) known.push(source);
    forms.set(form, known);
  };
  const add = (form: string, sources: readonly string[]): void => {
    const lower = form.normalize("NFC").trim().toLowerCase();
    if (lower.length === 0) return;
    const spaced = lower.split(/\s+/u);
    // A multi-word form is indexed word by word by Pagefind, so only its missing words matter,
    // plus the solid spelling for readings (키네시스데이터스트림).
    if (spaced.length > 1) {
      for (const part of spaced) if (!present.has(part) && !VENDOR_WORDS.has(part)) addForm(part, sources);
      if (spaced.every(isHangulWord) && !present.has(spaced.join(""))) addForm(spaced.join(""), sources);
      return;
    }
    if (!present.has(lower) && !VENDOR_WORDS.has(lower)) addForm(lower, sources);
  };

  for (const entry of readings) {
    const englishNames = entry.names.filter((name) => mentionsName(normalized, lowerText, name));
    const koreanReadings = entry.reading.filter((reading) => mentionsReading(stems, reading.normalize("NFC")));
    const englishSources = englishNames.flatMap(sourceWords);
    const koreanSources = koreanReadings.flatMap(sourceWords);
    if (englishNames.length > 0) for (const reading of entry.reading) add(reading, englishSources);
    if (koreanReadings.length > 0) for (const name of entry.names) add(name, koreanSources);
  }
  return forms;
}

export interface GlossaryReadings {
  readonly readings: ServiceReading[];
  /** Entries that could not be read, as "key: reason", so the caller can warn and carry on. */
  readonly problems: string[];
}

function stringList(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  return [];
}

/**
 * Reads a service glossary (an object keyed by service, or an array, of `{ name, reading, aliases }`)
 * into ServiceReading entries. Tolerant: entries without a reading or a name are reported, not thrown.
 */
export function readingsFromGlossary(glossary: unknown): GlossaryReadings {
  const readings: ServiceReading[] = [];
  const problems: string[] = [];
  const entries: [string, unknown][] = Array.isArray(glossary)
    ? glossary.map((entry, index): [string, unknown] => [String(index), entry])
    : typeof glossary === "object" && glossary !== null
      ? Object.entries(glossary)
      : [];
  if (entries.length === 0) problems.push("glossary: not an object or array of entries");
  for (const [key, entry] of entries) {
    if (typeof entry !== "object" || entry === null) {
      problems.push(`${key}: entry is not an object`);
      continue;
    }
    const record = entry as Record<string, unknown>;
    const reading = stringList(record["reading"]).filter((item) => item.trim().length > 0);
    const names = [...stringList(record["name"]), ...stringList(record["aliases"])].filter(
      (item) => item.trim().length > 0 && !/[가-힣]/u.test(item),
    );
    if (reading.length === 0 || names.length === 0) {
      problems.push(`${key}: needs a Korean reading and an English name`);
      continue;
    }
    readings.push({ reading, names });
  }
  return { readings, problems };
}
