import { isHangulWord, lastSyllableEnding, type SyllableEnding } from "./hangul";

/**
 * Which stems a suffix may follow. Korean particles come in pairs chosen by the stem's last sound
 * (파이프라인이 / 데이터가, 스키마를 / 목록을, 서비스로 / 방식으로), so a loanword that merely ends in a
 * particle-like syllable (게이트웨이, 디스플레이) is not cut: 이 never follows a vowel-final stem.
 */
type Attaches = "any" | "consonant" | "vowel" | "vowelOrRieul";

interface Suffix {
  readonly text: string;
  readonly after: Attaches;
}

const s = (text: string, after: Attaches = "any"): Suffix => ({ text, after });

// Case and topic particles; stacked ones (에서는, 으로는, 와의) are removed one layer at a time.
const PARTICLES: readonly Suffix[] = [
  s("에게서"), s("에서"), s("에게"), s("까지"), s("부터"), s("처럼"), s("보다"), s("마다"), s("하고"),
  s("이라는", "consonant"), s("이라고", "consonant"), s("이란", "consonant"), s("이나", "consonant"),
  s("으로서", "consonant"), s("으로써", "consonant"), s("으로", "consonant"),
  s("로서", "vowelOrRieul"), s("로써", "vowelOrRieul"), s("라는", "vowel"), s("라고", "vowel"), s("란", "vowel"),
  s("로", "vowelOrRieul"), s("과", "consonant"), s("와", "vowel"), s("을", "consonant"), s("를", "vowel"),
  s("이", "consonant"), s("가", "vowel"), s("은", "consonant"), s("는", "vowel"),
  s("의"), s("에"), s("엔"), s("도"), s("만"), s("들"),
];

// Endings of 하다/되다 verbs and the copula 이다 written straight after a noun (자동화합니다, 관리되는, 엔진입니다).
const ENDINGS: readonly Suffix[] = [
  "하였습니다", "했습니다", "하면서", "되면서", "합니다", "됩니다", "입니다", "하였다", "했다", "한다", "된다", "하는데",
  "하려면", "하므로", "하지만", "하도록", "되도록", "하여", "하는", "하며", "하면", "하기", "하지", "하게",
  "해야", "해서", "되는", "되며", "되어", "되고", "되면", "되지", "이며", "이고", "이다", "할", "한", "함",
  "될", "된", "됨",
].map((text) => s(text));

const SUFFIXES: readonly Suffix[] = [...PARTICLES, ...ENDINGS].sort((a, b) => b.text.length - a.text.length);

// Nouns whose last syllable is also a particle or ending; a word ending in one of these keeps it
// (처리속도 is not 처리속 + 도). Only nouns that realistically end compounds in study notes.
const NOUNS_ENDING_LIKE_SUFFIX: readonly string[] = [
  "속도", "정도", "빈도", "한도", "용도", "제도", "시도", "의도", "밀도", "온도", "각도",
  "정의", "회의", "주의", "논의", "강의", "합의", "협의", "문의", "동의", "토의", "편의", "질의", "건의",
  "결과", "효과", "성과", "초과", "통과", "경로", "회로", "통로", "진로", "선로", "워크플로",
  "길이", "높이", "깊이", "넓이", "제한", "권한", "기한", "무한", "역할", "분할", "포함",
];

const MIN_STEM_SYLLABLES = 2;
/** Enough for 파이프라인에서는 (는, 에서) and 서비스들과의 (의, 과, 들). */
const MAX_LAYERS = 3;

function attachesTo(after: Attaches, ending: SyllableEnding): boolean {
  switch (after) {
    case "any":
      return ending !== "none";
    case "consonant":
      return ending === "consonant" || ending === "rieul";
    case "vowel":
      return ending === "vowel";
    case "vowelOrRieul":
      return ending === "vowel" || ending === "rieul";
  }
}

function stripOneLayer(word: string): string | undefined {
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix.text)) continue;
    const stem = word.slice(0, word.length - suffix.text.length);
    if ([...stem].length < MIN_STEM_SYLLABLES) continue;
    if (!attachesTo(suffix.after, lastSyllableEnding(stem))) continue;
    if (NOUNS_ENDING_LIKE_SUFFIX.some((noun) => word.endsWith(noun) && noun.endsWith(suffix.text))) continue;
    return stem;
  }
  return undefined;
}

/**
 * The noun a Hangul word is built on, with trailing particles and 하다/이다 endings removed
 * (데이터레이크에서 → 데이터레이크, 파이프라인이란 → 파이프라인, 자동화합니다 → 자동화).
 * Words that are not all Hangul, or whose stem would be shorter than two syllables, come back unchanged.
 */
export function stripKoreanParticles(word: string): string {
  if (!isHangulWord(word)) return word;
  let current = word;
  for (let layer = 0; layer < MAX_LAYERS; layer++) {
    const stem = stripOneLayer(current);
    if (stem === undefined) break;
    current = stem;
  }
  return current;
}

/**
 * True when a Hangul run is nothing but particles/endings (the 를 of Glue를, the 에서는 of S3에서는),
 * so the Latin word in front of it is the real search word.
 */
export function isParticleTail(tail: string): boolean {
  if (!isHangulWord(tail)) return false;
  let rest = tail;
  while (rest.length > 0) {
    const suffix = SUFFIXES.find((candidate) => rest.endsWith(candidate.text));
    if (suffix === undefined) return false;
    rest = rest.slice(0, rest.length - suffix.text.length);
  }
  return true;
}
