import { isHangulWord } from "./hangul";
import { isParticleTail, stripKoreanParticles } from "./particles";
import { indexedTokens, splitWords } from "./words";

export interface KoreanSearchFormOptions {
  /** Index the tails of long Hangul nouns (레이크 for 데이터레이크). Default true. */
  readonly compoundTails?: boolean;
  /** Index spaced Hangul pairs joined (데이터레이크 for 데이터 레이크). Default true. */
  readonly joinSpacedPairs?: boolean;
  /** Shortest tail worth indexing, in syllables. Default 2: one syllable would match almost anything. */
  readonly minTailSyllables?: number;
  /** Longer words are not split into tails (they are usually run-on text, not nouns). Default 12. */
  readonly maxCompoundSyllables?: number;
  /**
   * More text (e.g. every note's body, or a word list) that tell where compounds split; the note's own words
   * are always used. Passing the site's vocabulary lets 스토어 be cut from a note's only 메타스토어.
   */
  readonly vocabulary?: Iterable<string>;
}

const MIN_COMPOUND_SYLLABLES = 3;
const MIN_HEAD_SYLLABLES = 2;
const MIN_JOINED_PART_SYLLABLES = 2;
// Word endings that mark a verb or adjective left whole (있습니다, 호환되면서, 빠르게): their tails are noise.
const VERBAL_ENDING = /(?:다|며|게|면서|는데|지만|어서|아서)$/u;
// A first word ending like an adverb or connective (통해, 없이, 빠르게) does not start a spaced compound.
const CONNECTIVE_ENDING = /(?:해|히|게|며|면|여|고|서|다|한|된|운|적인)$/u;
const LATIN_THEN_HANGUL = /^([a-z0-9][a-z0-9.'-]*?)([가-힣]+)$/u;

function syllableCount(word: string): number {
  return [...word].length;
}

/**
 * Where a solid compound may be cut. Without a dictionary, the words around it are the evidence:
 * a head that is a word of its own (데이터 | 레이크), a tail that is (배치 | 처리), or a head that
 * other words continue differently (메타 | 스토어 beside 메타 | 데이터). A cut inside a morpheme
 * (데이 | 터레이크) has none of these, so tails stay real words and "이터" finds nothing.
 */
interface Vocabulary {
  readonly words: ReadonlySet<string>;
  readonly continuations: ReadonlyMap<string, ReadonlySet<string>>;
}

const END_OF_WORD = "$";

function buildVocabulary(stems: Iterable<string>): Vocabulary {
  const words = new Set<string>();
  const continuations = new Map<string, Set<string>>();
  for (const stem of stems) {
    if (!isHangulWord(stem)) continue;
    words.add(stem);
    const syllables = [...stem];
    for (let cut = 2; cut <= syllables.length; cut++) {
      const head = syllables.slice(0, cut).join("");
      const next = syllables[cut] ?? END_OF_WORD;
      const seen = continuations.get(head) ?? new Set<string>();
      seen.add(next);
      continuations.set(head, seen);
    }
  }
  return { words, continuations };
}

function compoundTails(stem: string, vocabulary: Vocabulary, minTail: number, maxLength: number): string[] {
  const syllables = [...stem];
  if (syllables.length < MIN_COMPOUND_SYLLABLES || syllables.length > maxLength) return [];
  const tails: string[] = [];
  for (let cut = MIN_HEAD_SYLLABLES; syllables.length - cut >= minTail; cut++) {
    const head = syllables.slice(0, cut).join("");
    const tail = syllables.slice(cut).join("");
    const plausible =
      vocabulary.words.has(head) || vocabulary.words.has(tail) || (vocabulary.continuations.get(head)?.size ?? 0) >= 2;
    if (plausible) tails.push(tail);
  }
  return tails;
}

/**
 * Extra words to index for a note so that Korean queries match the way people type them:
 * particle-free stems (데이터레이크에서 → 데이터레이크), tails of compounds (메타스토어 → 스토어),
 * joined spaced pairs (데이터 레이크 → 데이터레이크) and Latin words freed of particles (Glue를 → glue).
 * Deduplicated, in order of first appearance, and without words the text already has as whole tokens.
 */
export function koreanSearchForms(text: string, options: KoreanSearchFormOptions = {}): string[] {
  const withTails = options.compoundTails ?? true;
  const withJoins = options.joinSpacedPairs ?? true;
  const minTail = Math.max(2, options.minTailSyllables ?? 2);
  const maxCompound = options.maxCompoundSyllables ?? 12;

  const words = splitWords(text.normalize("NFC"));
  const present = indexedTokens(words);
  const stems = words.map((word) => (isHangulWord(word.text) ? stripKoreanParticles(word.text) : word.text));
  const extra = [...(options.vocabulary ?? [])].flatMap((item) =>
    splitWords(item.normalize("NFC")).map((word) => stripKoreanParticles(word.text)),
  );
  const vocabulary = buildVocabulary([...stems, ...extra]);
  const forms = new Set<string>();
  const add = (form: string): void => {
    if (form.length > 0 && !present.has(form)) forms.add(form);
  };

  words.forEach((word, index) => {
    if (isHangulWord(word.text)) {
      const stem = stems[index] ?? word.text;
      add(stem);
      if (withTails && !VERBAL_ENDING.test(stem)) {
        for (const tail of compoundTails(stem, vocabulary, minTail, maxCompound)) add(tail);
      }

      const next = words[index + 1];
      // A word that carries a particle closes its phrase, so only a bare first word starts a compound.
      if (withJoins && word.joinsNext && next !== undefined && isHangulWord(next.text) && stem === word.text &&
        !CONNECTIVE_ENDING.test(stem)) {
        const nextStem = stems[index + 1] ?? next.text;
        if (syllableCount(stem) >= MIN_JOINED_PART_SYLLABLES && syllableCount(nextStem) >= MIN_JOINED_PART_SYLLABLES) {
          add(stem + nextStem);
        }
      }
      return;
    }
    const mixed = LATIN_THEN_HANGUL.exec(word.text);
    if (mixed?.[1] !== undefined && mixed[2] !== undefined && isParticleTail(mixed[2])) add(mixed[1]);
  });
  return [...forms];
}
