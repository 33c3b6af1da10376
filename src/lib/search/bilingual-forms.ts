import { isHangulWord } from "./hangul";
import { isParticleTail, stripKoreanParticles } from "./particles";
import { englishTermKey, koreanTermKey, singularForms, type TermGroup, type TermTable } from "./term-table";
import { indexedTokens, splitWords, type TextWord } from "./words";

/** A word of the text as the term scan sees it. */
interface TermToken {
  readonly script: "en" | "ko" | "other";
  /** English: lower case. Korean: the word as written (NFC). */
  readonly text: string;
  /** Korean: the word without particles/endings (버킷에 → 버킷). English: the same as text. */
  readonly stem: string;
  /** The next token continues a phrase: only spaces (or emphasis) between, and no particle closing this one. */
  readonly joinsNext: boolean;
}

const LATIN_WORD = /^[a-z0-9][a-z0-9'-]*$/u;
const LATIN_THEN_HANGUL = /^([a-z0-9][a-z0-9.'-]*?)([가-힣]+)$/u;

function englishTokens(text: string, joinsNext: boolean): TermToken[] {
  const word = text.replace(/'s$/u, "");
  const parts = word.split("-").filter((part) => part.length > 0);
  return parts.map((part, index) => ({
    script: "en" as const,
    text: part,
    stem: part,
    joinsNext: index < parts.length - 1 || joinsNext,
  }));
}

// Stems of words seen before: a site repeats its words across thousands of notes. Bounded so a
// long-running dev server does not grow it without end.
const stems = new Map<string, string>();
const MAX_CACHED_STEMS = 200_000;

function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    if (stems.size >= MAX_CACHED_STEMS) stems.clear();
    stem = stripKoreanParticles(word);
    stems.set(word, stem);
  }
  return stem;
}

function koreanToken(text: string, joinsNext: boolean): TermToken {
  const stem = stemOf(text);
  // A word carrying a particle closes its phrase (데이터를 새 … is not one term).
  return { script: "ko", text, stem, joinsNext: joinsNext && stem === text };
}

function termTokens(words: readonly TextWord[]): TermToken[] {
  const tokens: TermToken[] = [];
  for (const word of words) {
    if (isHangulWord(word.text)) tokens.push(koreanToken(word.text, word.joinsNext));
    else if (LATIN_WORD.test(word.text)) tokens.push(...englishTokens(word.text, word.joinsNext));
    else {
      // Latin glued to Hangul: S3버킷에 is s3 + 버킷, Glue를 is glue + a particle.
      const mixed = LATIN_THEN_HANGUL.exec(word.text);
      if (mixed?.[1] !== undefined && mixed[2] !== undefined) {
        // The Latin part ends its phrase either way: a particle closes it, Hangul is another script.
        const tail = mixed[2];
        tokens.push(...englishTokens(mixed[1], false));
        if (!isParticleTail(tail)) tokens.push(koreanToken(tail, word.joinsNext));
      } else tokens.push({ script: "other", text: word.text, stem: word.text, joinsNext: false });
    }
  }
  return tokens;
}

/** One-syllable endings of a compound that add no concept of their own (버킷명, 쿼리문, 클라이언트측). */
const NOUN_SUFFIXES = new Set(["명", "별", "용", "형", "값", "문", "적", "상", "내", "간", "수", "량", "단", "측", "화", "성", "식", "등"]);
const MIN_COMPOUND = 3;
const MAX_COMPOUND = 12;

/**
 * The glossary words a solid Hangul compound is made of (서버리스아키텍처 → 서버리스 + 아키텍처,
 * 버킷명 → 버킷 + 명), or nothing when it cannot be cut entirely into known terms of two syllables
 * or more plus at most one final suffix syllable. Fewest pieces win.
 */
function compoundGroups(stem: string, table: TermTable): TermGroup[] {
  const syllables = [...stem];
  const length = syllables.length;
  if (length < MIN_COMPOUND || length > MAX_COMPOUND) return [];
  const groupAt = (from: number, to: number): TermGroup | undefined => {
    const position = table.index.get(syllables.slice(from, to).join(""));
    return position === undefined ? undefined : table.groups[position];
  };
  // best[i]: fewest pieces covering the first i syllables, with the groups found.
  const best: ({ pieces: number; groups: TermGroup[] } | undefined)[] = [{ pieces: 0, groups: [] }];
  for (let end = 1; end <= length; end++) {
    for (let start = Math.max(0, end - MAX_COMPOUND); start < end; start++) {
      const before = best[start];
      if (before === undefined) continue;
      let groups: TermGroup[] | undefined;
      if (end - start >= 2) {
        const group = groupAt(start, end);
        if (group !== undefined) groups = [...before.groups, group];
      } else if (end === length && start > 0) {
        const group = groupAt(start, end);
        if (group !== undefined) groups = [...before.groups, group];
        else if (NOUN_SUFFIXES.has(syllables[start] ?? "")) groups = before.groups;
      }
      if (groups === undefined) continue;
      const current = best[end];
      if (current === undefined || before.pieces + 1 < current.pieces) best[end] = { pieces: before.pieces + 1, groups };
    }
  }
  const whole = best[length];
  return whole !== undefined && whole.pieces >= 2 ? whole.groups : [];
}

/**
 * What a scan of many notes against one table reuses: the groups of each Korean word seen so far
 * (notes repeat their words), and the starts of multi-word spellings, so a phrase is only extended
 * while some spelling still begins with it.
 */
interface TableMatcher {
  readonly koreanWords: Map<string, readonly TermGroup[]>;
  readonly englishStarts: ReadonlySet<string>;
  readonly koreanStarts: ReadonlySet<string>;
}

const matchers = new WeakMap<TermTable, TableMatcher>();

function matcherFor(table: TermTable): TableMatcher {
  let matcher = matchers.get(table);
  if (matcher !== undefined) return matcher;
  const englishStarts = new Set<string>();
  const koreanStarts = new Set<string>();
  for (const group of table.groups) {
    for (const spelling of group.en) {
      const words = englishTermKey(spelling).split(" ");
      for (let length = 1; length < words.length; length++) englishStarts.add(words.slice(0, length).join(" "));
    }
    // Korean spacing is free (위키링크 is also written 위키 링크): any leading syllables may be a first word.
    for (const spelling of group.ko) {
      const syllables = [...koreanTermKey(spelling)];
      for (let length = 1; length < syllables.length; length++) koreanStarts.add(syllables.slice(0, length).join(""));
    }
  }
  matcher = { koreanWords: new Map(), englishStarts, koreanStarts };
  matchers.set(table, matcher);
  return matcher;
}

const groupAtKey = (table: TermTable, key: string): TermGroup | undefined => {
  const position = table.index.get(key);
  return position === undefined ? undefined : table.groups[position];
};

/** An English word or phrase (already lower case, single spaces), its last word also as a singular. */
function englishGroup(table: TermTable, key: string): TermGroup | undefined {
  const exact = groupAtKey(table, key);
  if (exact !== undefined) return exact;
  const cut = key.lastIndexOf(" ") + 1;
  for (const singular of singularForms(key.slice(cut))) {
    const group = groupAtKey(table, key.slice(0, cut) + singular);
    if (group !== undefined) return group;
  }
  return undefined;
}

/** The group of one Korean word: as written, without particles, a one-syllable term + particle (키를), or a compound. */
function koreanWordGroups(token: TermToken, table: TermTable, matcher: TableMatcher): readonly TermGroup[] {
  const cached = matcher.koreanWords.get(token.text);
  if (cached !== undefined) return cached;
  let groups: readonly TermGroup[] = [];
  const whole = groupAtKey(table, token.text) ?? groupAtKey(table, token.stem);
  if (whole !== undefined) groups = [whole];
  else {
    // stripKoreanParticles keeps stems of two syllables or more; 키를, 큐에, 앱은 are cut here.
    const syllables = [...token.text];
    const first = syllables.length >= 2 && isParticleTail(syllables.slice(1).join("")) ? groupAtKey(table, syllables[0] ?? "") : undefined;
    groups = first !== undefined ? [first] : compoundGroups(token.stem, table);
  }
  matcher.koreanWords.set(token.text, groups);
  return groups;
}

/** The groups the text uses, each with the words of the text that matched it (as written, lower case). */
function matchedGroups(tokens: readonly TermToken[], table: TermTable): Map<TermGroup, Set<string>> {
  const matcher = matcherFor(table);
  const found = new Map<TermGroup, Set<string>>();
  const add = (group: TermGroup | undefined, words: readonly TermToken[]): void => {
    if (group === undefined) return;
    const sources = found.get(group) ?? new Set<string>();
    for (const word of words) sources.add(word.text);
    found.set(group, sources);
  };
  tokens.forEach((token, start) => {
    if (token.script === "other") return;
    const english = token.script === "en";
    if (english) add(englishGroup(table, token.text), [token]);
    else for (const group of koreanWordGroups(token, table, matcher)) add(group, [token]);
    // Multi-word spellings: consecutive words of one script with nothing but spaces between, the
    // earlier ones bare (데이터 레이크에서, data lakes).
    const starts = english ? matcher.englishStarts : matcher.koreanStarts;
    const run = [token];
    let phrase = token.text;
    for (let next = start + 1; next < tokens.length && (run.at(-1)?.joinsNext ?? false) && starts.has(phrase); next++) {
      const following = tokens[next];
      if (following === undefined || following.script !== token.script) break;
      run.push(following);
      add(english ? englishGroup(table, `${phrase} ${following.text}`) : groupAtKey(table, phrase + following.stem), run);
      phrase = english ? `${phrase} ${following.text}` : phrase + following.text;
    }
  });
  return found;
}

// Words of a multi-word English spelling not worth indexing on their own (log in, scale out).
const ENGLISH_FUNCTION_WORDS = new Set(["a", "an", "the", "in", "on", "out", "up", "of", "as", "to", "for", "and", "or", "by", "at"]);

/**
 * The words one spelling adds to the index. Pagefind indexes single words and matches each query word
 * as a prefix, so a spaced spelling adds its words (데이터 레이크 → 데이터, 레이크; data lake → data,
 * lake) and, in Korean, its solid form (데이터레이크); a hyphenated English one adds its parts and the
 * joined word (Pagefind drops the hyphen of a query: plug-in → plugin). A spelling with a function
 * word adds nothing when the concept has a one-word spelling too (log in beside login).
 */
function spellingForms(spelling: string, group: TermGroup): string[] {
  if (/[가-힣]/u.test(spelling)) {
    const parts = spelling.split(/\s+/u);
    return parts.length > 1 ? [...parts, koreanTermKey(spelling)] : parts;
  }
  const lower = spelling.toLowerCase();
  if (!/[\s-]/u.test(lower)) return [lower];
  const parts = englishTermKey(lower).split(" ");
  const joined = lower.includes("-") ? [parts.join("")] : [];
  // log in next to login: its words alone (log, in) would only find the wrong notes.
  const hasOneWordSpelling = group.en.some((other) => !/[\s-]/u.test(other));
  if (hasOneWordSpelling && parts.some((part) => ENGLISH_FUNCTION_WORDS.has(part))) return joined;
  return [...parts, ...joined];
}

/**
 * Each extra word a note should be indexed under, with the words of the note it stands for:
 * 버킷 → [bucket] for a note writing "an S3 bucket". The search UI can use this (or the site table) to
 * highlight the visible word when a query matched only its other-script form.
 */
export function bilingualFormSources(text: string, table: TermTable): Map<string, string[]> {
  const words = splitWords(text.normalize("NFC"));
  const present = indexedTokens(words);
  const sources = new Map<string, string[]>();
  for (const [group, matched] of matchedGroups(termTokens(words), table)) {
    for (const spelling of [...group.en, ...group.ko]) {
      for (const form of spellingForms(spelling, group)) {
        if (form.length === 0 || present.has(form)) continue;
        const known = sources.get(form) ?? [];
        for (const word of matched) if (!known.includes(word)) known.push(word);
        sources.set(form, known);
      }
    }
  }
  return sources;
}

/**
 * Extra words a note should be indexed under so a query in either script finds it: every spelling of
 * every term the text uses, in both scripts. A note writing "bucket" gets 버킷; one writing 모니터링을
 * gets monitoring; 워크플로 gets 워크플로우 and workflow; S3버킷명 gets bucket. Korean words are
 * matched without their particles (버킷에 → 버킷), English ones also as singulars (queries → query),
 * multi-word terms across spaces (data lake, 데이터 레이크) and solid compounds by their parts.
 * Deduplicated, in order of first appearance, without words the text already has as whole tokens.
 */
export function bilingualForms(text: string, table: TermTable): string[] {
  return [...bilingualFormSources(text, table).keys()];
}
