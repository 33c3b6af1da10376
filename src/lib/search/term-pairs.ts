import { isHangulWord } from "./hangul";
import { isLoanwordReading, loanwordSimilarity } from "./loanword";
import { stripKoreanParticles } from "./particles";

/** A Korean and an English spelling a note writes side by side: 서버리스(Serverless), sidebar(사이드바). */
export interface MinedTermPair {
  /** NFC Hangul, words separated by one space. */
  readonly ko: string;
  /** As written (case kept), words separated by one space. */
  readonly en: string;
  /** True when the Korean is a reading of the English (서버리스 ↔ Serverless), false for a translation (일괄 처리 ↔ Batch Processing). */
  readonly reading: boolean;
}

const MAX_KOREAN_WORDS = 3;
const MAX_ENGLISH_WORDS = 4;
const MAX_KOREAN_SYLLABLES = 15;

const ENGLISH_WORD = /^[A-Za-z][A-Za-z'’-]*$/u;
// Inside the parentheses: nothing but English words, or nothing but Hangul words.
const ENGLISH_INSIDE = /^[A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*){0,3}$/u;
const KOREAN_INSIDE = /^[가-힣]+(?: [가-힣]+){0,2}$/u;
// S3, ETL, MFA: an acronym in parentheses expands or abbreviates; it is not a reading.
const ACRONYM = /^[A-Z][A-Z'’-]+$/u;

// Words that introduce or qualify rather than name: never part of a mined term, and they end a phrase.
const KOREAN_FUNCTION_WORDS = new Set([
  "그리고", "또는", "및", "또", "또한", "혹은", "이", "그", "저", "각", "모든", "새", "다른", "여러", "같은", "이런", "그런",
  "만약", "즉", "예를", "먼저", "다음", "이후", "하지만", "그러나", "따라서", "특히", "주로", "보통", "바로", "가장", "매우",
  "더", "잘", "약", "총", "몇", "한", "두", "세", "네", "이제", "현재", "직접", "자동으로", "항상", "모두",
]);
// Labels written in parentheses after a term: (선택), (옵션), (고급) … are annotations, not readings.
const KOREAN_ANNOTATIONS = new Set([
  "선택", "옵션", "필수", "권장", "고급", "기본", "기본값", "예", "예시", "참고", "주의", "베타", "오픈 베타", "중요",
  "비권장", "무료", "유료", "영문", "한글", "영어", "한국어", "선택 사항", "추가됨", "삭제됨", "변경됨", "미리 보기",
  "데스크톱", "모바일", "공식", "비공식", "실험적", "권장하지 않음", "사용 중단", "구버전", "신버전", "최신",
]);
const ENGLISH_FUNCTION_WORDS = new Set([
  "the", "a", "an", "your", "our", "my", "its", "their", "this", "that", "these", "those", "of", "to", "in", "on", "for",
  "and", "or", "with", "by", "from", "as", "at", "is", "are", "be", "than", "use", "using", "e", "g", "i", "etc",
]);

/**
 * Markdown reduced to the text a reader sees, with places where a phrase cannot continue marked `¦`:
 * code spans, URLs, images, HTML and the emphasis that closes right before a parenthesis
 * (**파일 탐색기**(Windows) annotates the bold phrase; it does not translate it).
 */
function readableLines(markdown: string): string[] {
  const lines: string[] = [];
  let fence: string | undefined;
  for (const raw of markdown.normalize("NFC").split(/\r?\n/u)) {
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/u.exec(raw)?.[1];
    if (fence !== undefined) {
      if (fenceMark !== undefined && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMark !== undefined) {
      fence = fenceMark;
      continue;
    }
    lines.push(
      raw
        .replace(/`+[^`]*`+/gu, " ¦ ")
        .replace(/!\[[^\]]*\]\([^)]*\)/gu, " ¦ ")
        .replace(/\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]/gu, (_match, target: string, label?: string) => label ?? target)
        .replace(/\[([^\]]*)\]\([^)]*\)/gu, "$1")
        .replace(/<[^>]+>/gu, " ¦ ")
        .replace(/\b(?:https?|obsidian|mailto):\S+/gu, " ¦ ")
        .replace(/(?:\*\*|__|\*|_|~~)(?=\s?[(（])/gu, " ¦")
        .replace(/\*\*|__|~~|(?<![\p{L}\p{N}])[*_]|[*_](?![\p{L}\p{N}])/gu, ""),
    );
  }
  return lines;
}

const isBareKorean = (word: string): boolean =>
  isHangulWord(word) && stripKoreanParticles(word) === word && !KOREAN_FUNCTION_WORDS.has(word);

/** The words right before a parenthesis, nearest last, and the plain word in front of them, if any. */
interface Run {
  readonly words: readonly string[];
  /** The word in front of the run when only a space separates them: it decides whether a translation's extent is certain. */
  readonly before: string | undefined;
  /** A space stood between the last word and the parenthesis (처리 (Processing)). */
  readonly spaced: boolean;
}

function runBefore(text: string, accepts: (word: string) => boolean, limit: number): Run | undefined {
  // One space is allowed between the term and its parenthesis, no more.
  const spaced = text.endsWith(" ");
  const trimmed = spaced && !text.endsWith("  ") ? text.slice(0, -1) : text;
  if (trimmed.length === 0 || /\s$/u.test(trimmed)) return undefined;
  const tokens = trimmed.split(" ");
  const words: string[] = [];
  let before: string | undefined;
  while (tokens.length > 0) {
    const token = tokens.pop() ?? "";
    if (words.length <= limit && accepts(token)) {
      words.unshift(token);
      continue;
    }
    // "search term(검색어): the quote starts the phrase at search; anything else ends it.
    const opened = /^[\p{P}\p{S}]+(.+)$/u.exec(token)?.[1];
    if (opened !== undefined && words.length <= limit && accepts(opened)) words.unshift(opened);
    else if (opened === undefined) before = token;
    break;
  }
  if (words.length === 0) return undefined;
  if (words.length > limit) before = words.shift();
  return { words, before, spaced };
}

interface Candidate {
  readonly ko: string;
  readonly en: string;
}

/**
 * A phrase reads as a phrase when, word for word, each Korean word reads as its English one (데이터 노드 ↔
 * Data Nodes, not 노트 이름 ↔ note name); phrases of different lengths are compared whole
 * (마이크로 서비스 ↔ microservices).
 */
function isPhraseReading(ko: string, en: string): boolean {
  const koWords = ko.split(" ");
  const enWords = en.split(" ");
  if (koWords.length > 1 && koWords.length === enWords.length) {
    return koWords.every((word, index) => isLoanwordReading(word, enWords[index] ?? ""));
  }
  return isLoanwordReading(ko, en);
}

/** The best reading among phrases of different lengths (given shortest first): highest similarity, then fewest words. */
function bestReading(candidates: readonly Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  let bestScore = 0;
  for (const candidate of candidates) {
    if (!isPhraseReading(candidate.ko, candidate.en)) continue;
    const score = loanwordSimilarity(candidate.ko, candidate.en);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** Word-for-word readings inside a phrase pair of equal length (데이터 파이프라인 ↔ Data Pipeline: 데이터 ↔ Data, …). */
function alignedReadings(ko: readonly string[], en: readonly string[]): MinedTermPair[] {
  if (ko.length !== en.length || ko.length < 2) return [];
  const pairs: MinedTermPair[] = [];
  ko.forEach((word, index) => {
    const english = en[index];
    if (english !== undefined && isLoanwordReading(word, english)) pairs.push({ ko: word, en: english, reading: true });
  });
  return pairs;
}

const isPlainKorean = (word: string | undefined): boolean => word !== undefined && isBareKorean(word);
const isPlainEnglish = (word: string | undefined): boolean =>
  word !== undefined && ENGLISH_WORD.test(word) && !ENGLISH_FUNCTION_WORDS.has(word.toLowerCase());

/** 한글(English): the Korean phrase right before the parenthesis, paired with the English inside. */
function koreanThenEnglish(before: string, inside: string): MinedTermPair[] {
  if (!ENGLISH_INSIDE.test(inside)) return [];
  const en = inside.split(" ");
  if (en.some((word) => ACRONYM.test(word)) || en.every((word) => ENGLISH_FUNCTION_WORDS.has(word.toLowerCase()))) return [];
  const run = runBefore(before, isHangulWord, MAX_KOREAN_WORDS);
  if (run === undefined) return [];
  // Only bare nouns count, nearest first: 문자열을 기간(duration) is 기간 alone.
  const nouns: string[] = [];
  for (let index = run.words.length - 1; index >= 0 && isBareKorean(run.words[index] ?? ""); index--) nouns.unshift(run.words[index] ?? "");
  if (nouns.length === 0) return [];
  const english = en.join(" ");
  const phrases = nouns.map((_, start) => nouns.slice(start)).reverse();
  const reading = bestReading(phrases.map((words) => ({ ko: words.join(" "), en: english })));
  const pairs: MinedTermPair[] = [];
  if (reading !== undefined) {
    pairs.push({ ...reading, reading: true });
    pairs.push(...alignedReadings(reading.ko.split(" "), en));
    return pairs;
  }
  // A translation needs a certain extent: as many Korean words as English ones, and no noun in front
  // that could belong to the phrase (파일 생성 시간(birthtime) is not 시간 ↔ birthtime).
  // A spaced parenthesis is how labels are annotated (Diego Tres (브라질 포르투갈어), 채우기 (Cover)): readings only.
  if (run.spaced || en.length > MAX_KOREAN_WORDS || nouns.length < en.length) return [];
  const phrase = nouns.slice(-en.length);
  const front = nouns.length > en.length ? nouns[nouns.length - en.length - 1] : (run.words[run.words.length - nouns.length - 1] ?? run.before);
  if (isPlainKorean(front)) return [];
  if ([...phrase.join("")].length > MAX_KOREAN_SYLLABLES) return [];
  pairs.push({ ko: phrase.join(" "), en: english, reading: false }, ...alignedReadings(phrase, en));
  return pairs;
}

/** English(한글): the English phrase right before the parenthesis, paired with the Korean inside. */
function englishThenKorean(before: string, inside: string): MinedTermPair[] {
  if (!KOREAN_INSIDE.test(inside) || KOREAN_ANNOTATIONS.has(inside)) return [];
  const ko = inside.split(" ");
  if (!ko.every(isBareKorean) || [...ko.join("")].length > MAX_KOREAN_SYLLABLES) return [];
  const run = runBefore(before, isPlainEnglish, MAX_ENGLISH_WORDS);
  if (run === undefined || run.words.some((word) => ACRONYM.test(word))) return [];
  const korean = ko.join(" ");
  const phrases = run.words.map((_, start) => run.words.slice(start)).reverse();
  const reading = bestReading(phrases.map((words) => ({ ko: korean, en: words.join(" ") })));
  if (reading !== undefined) return [{ ...reading, reading: true }, ...alignedReadings(ko, reading.en.split(" "))];
  if (run.spaced || run.words.length < ko.length) return [];
  const phrase = run.words.slice(-ko.length);
  const front = run.words.length > ko.length ? run.words[run.words.length - ko.length - 1] : run.before;
  if (isPlainEnglish(front)) return [];
  return [{ ko: korean, en: phrase.join(" "), reading: false }, ...alignedReadings(ko, phrase)];
}

// A parenthesis with nothing but words inside (no nested parentheses, digits or punctuation are
// filtered by the two shapes above). Full-width parentheses count too.
const PARENTHESIS = /[(（]([^()（）]{1,80})[)）]/gu;

/**
 * The Korean-English term pairs a note writes itself: 한글(English) and English(한글), e.g.
 * 서버리스(Serverless), 데이터 파이프라인(Data Pipeline) (also 데이터 ↔ Data and 파이프라인 ↔ Pipeline),
 * Glue 크롤러(Crawler) (크롤러 ↔ Crawler), "sidebar(사이드바)". Conservative by design:
 * - the other side must be nothing but words: `S3(Simple Storage Service)`, `(예: …)`, `(2024)`, `(v2)`,
 *   lists and sentences never pair, nor acronyms (`적재(ETL)`, `다중 인증(MFA)`);
 * - annotations such as `(선택)`, `(옵션)`, `(고급)` and verb forms (`(설정하기)`) never pair;
 * - the phrase before the parenthesis is the bare nouns directly before it (a particle, a function word
 *   or punctuation ends it; a particle after the `)` does not matter: 처리(Processing)와);
 * - a reading (the Korean sounds like the English) may take one to three of those words, whichever reads
 *   best; a translation must have as many words on both sides and nothing in front that could belong to it.
 * Code, links' URLs, HTML and fenced blocks are ignored. Pairs come once each, in order of appearance.
 */
export function mineTermPairs(text: string): MinedTermPair[] {
  const pairs = new Map<string, MinedTermPair>();
  for (const line of readableLines(text)) {
    for (const match of line.matchAll(PARENTHESIS)) {
      const inside = (match[1] ?? "").trim().replace(/\s+/gu, " ");
      const before = line.slice(0, match.index);
      const found = /[가-힣]/u.test(inside) ? englishThenKorean(before, inside) : koreanThenEnglish(before, inside);
      for (const pair of found) {
        const key = `${pair.ko}\u0000${pair.en.toLowerCase()}`;
        if (!pairs.has(key)) pairs.set(key, pair);
      }
    }
  }
  return [...pairs.values()];
}
