import { isHangulSyllable } from "./hangul";

/**
 * Whether a Korean word is a reading (transliteration) of an English one: 서버리스 ↔ serverless,
 * 크롤러 ↔ crawler, but not 처리 ↔ processing. Both sides become consonant skeletons in a shared
 * sound alphabet and are aligned with a small edit distance. Vowels are left out: Korean adds 으 to
 * consonant clusters (스트림) and English spelling says little about vowel sounds; what survives a
 * transliteration is the order of the consonants.
 *
 * Sound classes: P (p b f v), T (t d), K (k g c q), S (s sh th z), J (j ch z), N, M, L (l r),
 * G (the ng of ㅇ받침), H.
 */
type SoundClass = "P" | "T" | "K" | "S" | "J" | "N" | "M" | "L" | "G" | "H";

// Initial consonants in Unicode order (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ); ㅇ is silent.
const INITIALS: readonly (SoundClass | "")[] = ["K", "K", "N", "T", "T", "L", "M", "P", "P", "S", "S", "", "J", "J", "J", "K", "T", "P", "H"];
// Final consonants in Unicode order. A final ㅅ/ㅈ/ㅊ/ㅌ is heard as t (인터넷, 로봇), ㅇ as ng.
const FINALS: readonly string[] = [
  "", "K", "K", "K", "N", "N", "N", "T", "L", "LK", "LM", "LP", "L", "L", "L", "L",
  "M", "P", "P", "T", "T", "G", "T", "T", "K", "T", "P", "",
];
const SYLLABLE_BASE = 0xac00;
const SILENT_INITIAL = 11;

/** The consonant skeleton of a Hangul word (spaces and non-Hangul ignored), repeats merged (클러스터 → KLST). */
export function koreanSkeleton(word: string): SoundClass[] {
  const classes: SoundClass[] = [];
  // A final followed by the same initial is one sound (클러스터, 커밋); the same consonant with a vowel
  // between is two (데이터 ↔ data).
  let previousFinal = "";
  for (const char of word.normalize("NFC")) {
    if (!isHangulSyllable(char)) continue;
    const index = (char.codePointAt(0) ?? SYLLABLE_BASE) - SYLLABLE_BASE;
    const initial = INITIALS[Math.floor(index / 588)] ?? "";
    const final = FINALS[index % 28] ?? "";
    // A final ㅅ before ㅈ/ㅊ only marks the stress of the English consonant (엣지 ↔ edge, 캣치 ↔ catch).
    if (initial === "J" && previousFinal === "T" && classes.at(-1) === "T") classes.pop();
    if (initial !== "" && initial !== previousFinal.at(-1)) classes.push(initial);
    for (const sound of final) classes.push(sound as SoundClass);
    previousFinal = final;
  }
  return classes;
}

/** One English sound: the classes a Korean reading may render it as (with a cost), and the cost of dropping it. */
interface EnglishSound {
  readonly letters: string;
  readonly as: ReadonlyMap<SoundClass, number>;
  readonly drop: number;
}

const VOWELS = new Set(["a", "e", "i", "o", "u", "y"]);
const isVowel = (char: string | undefined): boolean => char !== undefined && VOWELS.has(char);
const FRONT_VOWELS = new Set(["e", "i", "y"]);

function sound(letters: string, as: Partial<Record<SoundClass, number>>, drop = 1): EnglishSound {
  return { letters, as: new Map(Object.entries(as) as [SoundClass, number][]), drop };
}

/** The consonant sounds of an English word, each with the Korean classes that may render it. */
export function englishSounds(word: string): EnglishSound[] {
  const letters = word.toLowerCase().replace(/[^a-z]/gu, "");
  const sounds: EnglishSound[] = [];
  let i = 0;
  while (i < letters.length) {
    const char = letters[i] ?? "";
    const next = letters[i + 1];
    const rest = letters.slice(i);
    // Doubled consonants are one sound (commit, cell), except cc before a front vowel (access → 액세스).
    if (char === next && !isVowel(char) && !(char === "c" && FRONT_VOWELS.has(letters[i + 2] ?? ""))) {
      i++;
      continue;
    }
    if (isVowel(char) || char === "w") {
      i++;
      continue;
    }
    const atEnd = i + 1 === letters.length || (i + 2 === letters.length && next === "e");
    if (rest.startsWith("sch")) {
      sounds.push(sound("s", { S: 0 }), sound("ch", { K: 0 }));
      i += 3;
    } else if (rest.startsWith("sh")) {
      sounds.push(sound("sh", { S: 0, J: 0.3 }));
      i += 2;
    } else if (rest.startsWith("ch")) {
      sounds.push(sound("ch", { J: 0, K: 0, S: 0.2 }));
      i += 2;
    } else if (rest.startsWith("ph")) {
      sounds.push(sound("ph", { P: 0 }));
      i += 2;
    } else if (rest.startsWith("th")) {
      sounds.push(sound("th", { T: 0, S: 0 }));
      i += 2;
    } else if (rest.startsWith("ck")) {
      sounds.push(sound("ck", { K: 0 }));
      i += 2;
    } else if (rest.startsWith("gh")) {
      sounds.push(sound("gh", { K: 0.3 }, 0));
      i += 2;
    } else if (rest.startsWith("tch")) {
      sounds.push(sound("tch", { J: 0 }));
      i += 3;
    } else if (rest.startsWith("dj") || /^dg[eiy]/u.test(rest)) {
      sounds.push(sound(rest.slice(0, 2), { J: 0 }));
      i += 2;
    } else if (/^gn/u.test(rest) && i > 0) {
      i += 1; // silent g (design, sign)
    } else if (/^c[eiy]/u.test(rest) && letters[i - 1] === "x") {
      i += 1; // the c of excel, except is already in the x
    } else if (rest.startsWith("kn")) {
      i += 1; // silent k
    } else if (/^t(?:ure|ual)/u.test(rest)) {
      sounds.push(sound("t", { J: 0, T: 0 }));
      i += 1;
    } else if (/^t(?:ion|ial|ia)/u.test(rest)) {
      sounds.push(sound("t", { S: 0, J: 0.2, T: 0.5 }));
      i += 1;
    } else if (/^s(?:ion|ure|ual)/u.test(rest)) {
      sounds.push(sound("s", { J: 0, S: 0 }));
      i += 1;
    } else {
      switch (char) {
        case "b": case "p": case "f": case "v":
          sounds.push(sound(char, { P: 0 }));
          break;
        case "t":
          sounds.push(sound(char, { T: 0, J: 0.3, S: 0.6 }));
          break;
        case "d":
          // d before a front vowel after a consonant is often ㅈ (edge → 엣지 comes through g; module → 모듈).
          sounds.push(sound(char, { T: 0, J: 0.3 }));
          break;
        case "k": case "q":
          sounds.push(sound(char, { K: 0 }));
          break;
        case "c":
          sounds.push(FRONT_VOWELS.has(next ?? "") ? sound(char, { S: 0, J: 0.3 }) : sound(char, { K: 0 }));
          break;
        case "g":
          // g after n is the nasal itself (string → 스트링); before e/i/y it may be ㅈ (engine → 엔진).
          if (letters[i - 1] === "n") sounds.push(sound(char, FRONT_VOWELS.has(next ?? "") ? { K: 0, J: 0 } : { K: 0 }, 0));
          else sounds.push(FRONT_VOWELS.has(next ?? "") ? sound(char, { K: 0, J: 0 }) : sound(char, { K: 0 }));
          break;
        case "x":
          sounds.push(sound("x", { K: 0 }, 0.5), sound("x", { S: 0 }));
          break;
        case "s":
          // A final plural s is often left out of a reading (Data Nodes → 데이터 노드).
          sounds.push(sound(char, { S: 0, J: 0.3 }, atEnd ? 0.3 : 1));
          break;
        case "z":
          sounds.push(sound(char, { J: 0, S: 0 }));
          break;
        case "j":
          sounds.push(sound(char, { J: 0 }));
          break;
        case "l":
          sounds.push(sound(char, { L: 0 }));
          break;
        case "r":
          // r not before a vowel (or before a silent final e) is silent in a reading (server → 서버, firmware → 펌웨어).
          sounds.push(sound(char, { L: 0 }, isVowel(next) && !(next === "e" && i + 2 === letters.length) ? 1 : 0));
          break;
        case "m":
          sounds.push(sound(char, { M: 0 }));
          break;
        case "n":
          sounds.push(sound(char, { N: 0, G: 0.1 }));
          break;
        case "h":
          sounds.push(sound(char, { H: 0 }, 0.1));
          break;
        default:
          break;
      }
      i += 1;
    }
  }
  return sounds;
}

// Korean consonants a reading may add: ㅎ (깃허브), and the doubled ㄹ of 클러스터 is already merged.
const INSERT_COST: Readonly<Record<SoundClass, number>> = { P: 1, T: 1, K: 1, S: 1, J: 1, N: 1, M: 1, L: 0.7, G: 1, H: 0.2 };
const MISMATCH = 1;

/**
 * How closely a Korean word reads as an English one, from 0 (nothing in common) to 1 (every consonant
 * accounted for). Multi-word terms are compared as one run (데이터 파이프라인 ↔ data pipeline).
 */
export function loanwordSimilarity(ko: string, en: string): number {
  const korean = koreanSkeleton(ko);
  const english = englishSounds(en);
  const essential = english.reduce((sum, item) => sum + Math.min(1, item.drop), 0);
  const length = Math.max(korean.length, essential);
  if (length === 0) return 0;
  // Edit distance: rows English sounds, columns Korean classes.
  let previous = new Array<number>(korean.length + 1).fill(0);
  for (let k = 1; k <= korean.length; k++) previous[k] = (previous[k - 1] ?? 0) + INSERT_COST[korean[k - 1] as SoundClass];
  for (const item of english) {
    const current = new Array<number>(korean.length + 1).fill(0);
    current[0] = (previous[0] ?? 0) + item.drop;
    for (let k = 1; k <= korean.length; k++) {
      const target = korean[k - 1] as SoundClass;
      const substitute = (previous[k - 1] ?? 0) + (item.as.get(target) ?? MISMATCH);
      const drop = (previous[k] ?? 0) + item.drop;
      const insert = (current[k - 1] ?? 0) + INSERT_COST[target];
      current[k] = Math.min(substitute, drop, insert);
    }
    previous = current;
  }
  const cost = previous[korean.length] ?? length;
  return Math.max(0, 1 - cost / length);
}

/** Similarity from which a pair counts as a reading; calibrated on the IT glossary (see loanword.test.ts). */
export const READING_THRESHOLD = 0.75;
/** Skeletons shorter than this carry too little evidence (키 ↔ key is one consonant): never called a reading. */
const MIN_SKELETON = 2;

/**
 * A reading keeps the onset: an English word that starts with a vowel sound (editor, upload, widget)
 * is read with a silent ㅇ first (에디터, 업로드, 위젯), one that starts with a consonant is not.
 * Skeletons have no vowels, so this is what tells 데이터 from editor.
 */
export function onsetsAgree(ko: string, en: string): boolean {
  const firstSyllable = [...ko.normalize("NFC")].find(isHangulSyllable);
  const firstLetter = /[a-z]/u.exec(en.toLowerCase())?.[0];
  if (firstSyllable === undefined || firstLetter === undefined) return false;
  const koreanVowelFirst = Math.floor(((firstSyllable.codePointAt(0) ?? SYLLABLE_BASE) - SYLLABLE_BASE) / 588) === SILENT_INITIAL;
  const englishVowelFirst = VOWELS.has(firstLetter) || firstLetter === "w";
  return koreanVowelFirst === englishVowelFirst;
}

/** True when `ko` is a plausible Korean reading of `en` (서버리스 ↔ Serverless), not a translation (처리 ↔ Processing). */
export function isLoanwordReading(ko: string, en: string): boolean {
  if (koreanSkeleton(ko).length < MIN_SKELETON) return false;
  return onsetsAgree(ko, en) && loanwordSimilarity(ko, en) >= READING_THRESHOLD;
}
