export { koreanSearchForms, type KoreanSearchFormOptions } from "./forms";
export { normalizeKoreanQuery } from "./query";
export { serviceReadingForms, readingsFromGlossary, type ServiceReading, type GlossaryReadings } from "./readings";
export { stripKoreanParticles } from "./particles";
export { ownExcerpt, SEARCH_FORMS_ANCHOR_ID, type PagefindExcerptSource, type OwnExcerptOptions } from "./excerpt";
