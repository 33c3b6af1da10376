import type { ServiceReading } from "./readings";
import type { TermGlossary } from "./term-glossary";
import type { MinedTermPair } from "./term-pairs";
import {
  englishTermKey,
  koreanTermKey,
  lookupTerm,
  singularForms,
  termTableFromGroups,
  type TermGroup,
  type TermTable,
} from "./term-table";

export interface TermTableOptions {
  /**
   * Notes a translation (a pair whose Korean is not a reading of the English, 설정 ↔ Settings) must be
   * found in before it applies site-wide. Default 2: one note's own wording is not evidence enough to
   * index every other note that uses the word. Readings (서버리스 ↔ Serverless) need one note.
   */
  readonly minTranslationNotes?: number;
  /** The service glossary's readings: a mined pair that contradicts a service (글루 ↔ anything but Glue) is dropped. */
  readonly services?: readonly ServiceReading[];
}

/**
 * What became of a mined pair:
 * - `added`: a new term group (or a new spelling of one mined elsewhere);
 * - `extends-glossary`: a new Korean spelling for a glossary concept (버켓 ↔ bucket);
 * - `in-glossary` / `in-services`: already known, nothing to add;
 * - `contradicts-glossary`: the glossary pairs the Korean word (or the English one) differently (탭 is tab, not tap): the glossary wins;
 * - `contradicts-services`: likewise for a service reading or name;
 * - `ambiguous-word`: the glossary lists the Korean word as never to be paired (저장소, 지도);
 * - `conflicting-pairs`: the notes pair the same Korean word with different English words and none clearly wins;
 * - `too-rare`: a translation found in fewer notes than `minTranslationNotes`.
 */
export type PairVerdict =
  | "added"
  | "extends-glossary"
  | "in-glossary"
  | "in-services"
  | "contradicts-glossary"
  | "contradicts-services"
  | "ambiguous-word"
  | "conflicting-pairs"
  | "too-rare";

export interface PairDecision {
  readonly ko: string;
  /** Lower case, single spaces. */
  readonly en: string;
  readonly reading: boolean;
  /** In how many notes the pair was written. */
  readonly notes: number;
  readonly verdict: PairVerdict;
}

interface Tally {
  ko: string;
  en: string;
  reading: boolean;
  notes: Set<number>;
}

const VENDOR_WORDS = new Set(["aws", "amazon"]);

/** An English key with a plural last word folded, so Nodes and node meet. */
function foldedEnglishKey(en: string): string {
  const words = englishTermKey(en).split(" ");
  const last = words.pop() ?? "";
  return [...words, singularForms(last)[0] ?? last].join(" ");
}

function tallyPairs(notes: readonly (readonly MinedTermPair[])[]): Tally[] {
  const tallies = new Map<string, Tally>();
  notes.forEach((pairs, note) => {
    for (const pair of pairs) {
      const ko = pair.ko.normalize("NFC").trim().replace(/\s+/gu, " ");
      const en = pair.en.normalize("NFC").trim().replace(/\s+/gu, " ").toLowerCase();
      if (ko.length === 0 || en.length === 0) continue;
      const key = `${koreanTermKey(ko)}\u0000${englishTermKey(en)}`;
      const tally = tallies.get(key) ?? { ko, en, reading: false, notes: new Set<number>() };
      tally.reading ||= pair.reading;
      tally.notes.add(note);
      tallies.set(key, tally);
    }
  });
  return [...tallies.values()];
}

function serviceVerdict(tally: Tally, services: readonly ServiceReading[]): PairVerdict | undefined {
  const koKey = koreanTermKey(tally.ko);
  const enKey = englishTermKey(tally.en);
  for (const service of services) {
    const readings = new Set(service.reading.map(koreanTermKey));
    const names = new Set(service.names.map(englishTermKey));
    const nameWords = new Set([...names].flatMap((name) => name.split(" ")).filter((word) => !VENDOR_WORDS.has(word)));
    const readsAsService = readings.has(koKey);
    const namesService = names.has(enKey);
    if (!readsAsService && !namesService) continue;
    const agrees = readsAsService
      ? enKey.split(" ").every((word) => nameWords.has(word) || VENDOR_WORDS.has(word))
      : readings.has(koKey);
    return agrees ? "in-services" : "contradicts-services";
  }
  return undefined;
}

/**
 * The verdict on every pair mined from the notes (one array of pairs per note), most notes first.
 * The glossary wins every disagreement; among the notes, a Korean word paired with several English
 * words keeps only a pairing found in strictly more notes than any other.
 */
export function reviewMinedPairs(
  notes: readonly (readonly MinedTermPair[])[],
  glossary: TermGlossary,
  options: TermTableOptions = {},
): PairDecision[] {
  const minTranslationNotes = Math.max(1, options.minTranslationNotes ?? 2);
  const glossaryTable = termTableFromGroups(glossary.terms);
  const verdicts = new Map<Tally, PairVerdict>();
  const open: Tally[] = [];
  const tallies = tallyPairs(notes).sort((a, b) => b.notes.size - a.notes.size);

  for (const tally of tallies) {
    const koKey = koreanTermKey(tally.ko);
    if (glossary.ambiguous.has(koKey) || tally.ko.split(" ").some((word) => glossary.ambiguous.has(word))) {
      verdicts.set(tally, "ambiguous-word");
      continue;
    }
    const byKorean = lookupTerm(glossaryTable, tally.ko);
    const byEnglish = lookupTerm(glossaryTable, tally.en);
    if (byKorean !== undefined) {
      verdicts.set(tally, byKorean === byEnglish ? "in-glossary" : "contradicts-glossary");
      continue;
    }
    const service = serviceVerdict(tally, options.services ?? []);
    if (service !== undefined) {
      verdicts.set(tally, service);
      continue;
    }
    open.push(tally);
  }

  // One Korean word, several English partners: only a clear favourite survives.
  const partners = new Map<string, Tally[]>();
  for (const tally of open) {
    const key = koreanTermKey(tally.ko);
    partners.set(key, [...(partners.get(key) ?? []), tally]);
  }
  for (const tally of open) {
    const rivals = (partners.get(koreanTermKey(tally.ko)) ?? []).filter(
      (other) => foldedEnglishKey(other.en) !== foldedEnglishKey(tally.en),
    );
    const strongest = Math.max(0, ...rivals.map((other) => other.notes.size));
    if (rivals.length > 0 && strongest >= tally.notes.size) verdicts.set(tally, "conflicting-pairs");
    else if (!tally.reading && tally.notes.size < minTranslationNotes) verdicts.set(tally, "too-rare");
    else verdicts.set(tally, lookupTerm(glossaryTable, tally.en) === undefined ? "added" : "extends-glossary");
  }

  return tallies.map((tally) => ({
    ko: tally.ko,
    en: tally.en,
    reading: tally.reading,
    notes: tally.notes.size,
    verdict: verdicts.get(tally) ?? "too-rare",
  }));
}

/**
 * The site-wide term table: the curated glossary, plus the pairs the notes write that survive
 * reviewMinedPairs. Glossary groups come first (they win any key), each extended with mined Korean
 * spellings of its concept; mined pairs with a new concept form groups keyed by their English term.
 * A pair mined from a single note still serves that note: it already contains both spellings.
 */
export function buildTermTable(
  notes: readonly (readonly MinedTermPair[])[],
  glossary: TermGlossary,
  options: TermTableOptions = {},
): TermTable {
  const glossaryTable = termTableFromGroups(glossary.terms);
  const extensions = new Map<TermGroup, string[]>();
  const added = new Map<string, { en: string[]; ko: string[] }>();
  const push = (list: string[], spelling: string, key: (term: string) => string): void => {
    if (!list.some((existing) => key(existing) === key(spelling))) list.push(spelling);
  };
  for (const decision of reviewMinedPairs(notes, glossary, options)) {
    if (decision.verdict === "extends-glossary") {
      const group = lookupTerm(glossaryTable, decision.en);
      if (group === undefined) continue;
      const list = extensions.get(group) ?? [];
      push(list, decision.ko, koreanTermKey);
      extensions.set(group, list);
    } else if (decision.verdict === "added") {
      const key = foldedEnglishKey(decision.en);
      const group = added.get(key) ?? { en: [], ko: [] };
      push(group.en, decision.en, englishTermKey);
      push(group.ko, decision.ko, koreanTermKey);
      added.set(key, group);
    }
  }
  const groups: TermGroup[] = [
    ...glossary.terms.map((group) => {
      const extra = extensions.get(group);
      return extra === undefined ? group : { en: group.en, ko: [...group.ko, ...extra] };
    }),
    ...added.values(),
  ];
  return termTableFromGroups(groups);
}
