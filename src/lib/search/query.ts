import { isHangulWord } from "./hangul";
import { isParticleTail, stripKoreanParticles } from "./particles";

const LATIN_THEN_HANGUL = /^([A-Za-z0-9][A-Za-z0-9.'-]*?)([가-힣]+)$/u;

function normalizeTerm(term: string): string {
  if (isHangulWord(term)) return stripKoreanParticles(term);
  const mixed = LATIN_THEN_HANGUL.exec(term);
  if (mixed?.[1] !== undefined && mixed[2] !== undefined && isParticleTail(mixed[2])) return mixed[1];
  return term;
}

/**
 * The query to hand to Pagefind: each Korean word loses its particles/endings (파이프라인이 → 파이프라인,
 * Glue를 → Glue) so it meets the stems indexed by koreanSearchForms; everything else is kept as typed.
 * Words stay separate: Pagefind then needs every word, and the index holds both spellings of a
 * spaced compound (데이터 레이크 / 데이터레이크), so either way of typing it finds either way of writing it.
 */
export function normalizeKoreanQuery(query: string): string {
  return query
    .normalize("NFC")
    .trim()
    .split(/\s+/u)
    .filter((term) => term.length > 0)
    .map(normalizeTerm)
    .join(" ");
}
