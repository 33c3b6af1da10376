import { isHangulWord } from "./hangul";

/**
 * Spellings of one concept in both scripts: English (lower case) and Korean (NFC), each possibly
 * several words (data lake, 데이터 레이크 / 데이터레이크).
 */
export interface TermGroup {
  readonly en: readonly string[];
  readonly ko: readonly string[];
}

/** A site-wide table of term groups, looked up by any spelling. Plain data: `groups` is JSON. */
export interface TermTable {
  readonly groups: readonly TermGroup[];
  /** termKey(spelling) → index into groups. */
  readonly index: ReadonlyMap<string, number>;
  /** Most words in an English spelling, and in a spaced Korean one: how far a text scan must look ahead. */
  readonly longestEnglish: number;
  readonly longestKorean: number;
}

const HANGUL = /[가-힣]/u;

/** English spellings meet as lower-case words separated by one space; hyphens count as spaces (real-time). */
export function englishTermKey(term: string): string {
  return term.normalize("NFC").toLowerCase().replace(/[-_]+/gu, " ").replace(/\s+/gu, " ").trim();
}

/** Korean spellings meet without spaces: 데이터 레이크 and 데이터레이크 are one key. */
export function koreanTermKey(term: string): string {
  return term.normalize("NFC").replace(/\s+/gu, "");
}

/** The key a spelling is looked up by: Korean when it contains Hangul, English otherwise. */
export function termKey(term: string): string {
  return HANGUL.test(term) ? koreanTermKey(term) : englishTermKey(term);
}

/**
 * Singular candidates of an English word, most likely first (queries → query, indexes → index, buckets →
 * bucket). Used only as a fallback when the word itself is not a spelling.
 */
export function singularForms(word: string): string[] {
  const forms: string[] = [];
  if (word.length <= 3 || !word.endsWith("s") || word.endsWith("ss")) return forms;
  if (word.endsWith("ies")) forms.push(`${word.slice(0, -3)}y`);
  if (/(?:ses|xes|zes|ches|shes)$/u.test(word)) forms.push(word.slice(0, -2));
  forms.push(word.slice(0, -1));
  return forms;
}

const wordCount = (spelling: string): number => spelling.trim().split(/\s+/u).length;

/**
 * A table from groups. A key claimed by two groups stays with the first: callers list the curated
 * glossary first so it wins over anything mined.
 */
export function termTableFromGroups(groups: readonly TermGroup[]): TermTable {
  const index = new Map<string, number>();
  let longestEnglish = 1;
  let longestKorean = 1;
  groups.forEach((group, position) => {
    for (const spelling of [...group.en, ...group.ko]) {
      const key = termKey(spelling);
      if (key.length > 0 && !index.has(key)) index.set(key, position);
    }
    for (const spelling of group.en) longestEnglish = Math.max(longestEnglish, wordCount(englishTermKey(spelling)));
    for (const spelling of group.ko) longestKorean = Math.max(longestKorean, wordCount(spelling));
  });
  return { groups, index, longestEnglish, longestKorean };
}

/** The group a spelling belongs to (English plurals fall back to their singular), if any. */
export function lookupTerm(table: TermTable, spelling: string): TermGroup | undefined {
  const key = termKey(spelling);
  let position = table.index.get(key);
  if (position === undefined && !HANGUL.test(key)) {
    const words = key.split(" ");
    const last = words.pop() ?? "";
    for (const singular of singularForms(last)) {
      position = table.index.get([...words, singular].join(" "));
      if (position !== undefined) break;
    }
  }
  return position === undefined ? undefined : table.groups[position];
}

/**
 * Every other spelling of a word's concept, in both scripts: 버킷 → bucket, buckets; workflow →
 * workflows, 워크플로, 워크플로우; 데이터레이크 → data lake, data lakes, 데이터 레이크 (spacing is a
 * spelling of its own for search). Empty when the word is not in the table.
 */
export function variantsIn(table: TermTable, word: string): string[] {
  const group = lookupTerm(table, word);
  if (group === undefined) return [];
  const own = word.normalize("NFC").trim().replace(/\s+/gu, " ").toLowerCase();
  return [...group.en, ...group.ko].filter((spelling) => spelling.toLowerCase() !== own);
}

/** True when the word is Hangul only (spaces allowed), the shape of a Korean spelling. */
export function isKoreanSpelling(term: string): boolean {
  const words = term.split(" ");
  return words.length > 0 && words.every(isHangulWord);
}

/**
 * A short, stable digest of a table's groups. Forms depend on the whole site's table (pairs mined from
 * every note), so a per-note cache of forms must be keyed by this as well as by the note's text.
 */
export function termTableFingerprint(table: TermTable): string {
  // FNV-1a, 32-bit, over the groups in order: cheap, and any change of a spelling changes it.
  let hash = 0x811c9dc5;
  for (const group of table.groups) {
    for (const spelling of [...group.en, "\u0001", ...group.ko, "\u0002"]) {
      for (let index = 0; index < spelling.length; index++) {
        hash ^= spelling.charCodeAt(index);
        hash = Math.imul(hash, 0x01000193) >>> 0;
      }
      hash ^= 0x1f;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return `${table.groups.length.toString(36)}-${hash.toString(36)}`;
}
