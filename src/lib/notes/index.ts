export { NoteReadError, formatWarning, type NoteWarning } from "./errors";
export { normaliseNote, type NoteSource, type NormaliseResult } from "./normalize";
export { assertUniqueSlugs } from "./duplicates";
export { toSlug } from "./slug";
export type { NoteMeta, NormalisedNote } from "./types";
export { headingIds, headingIdText, type HeadingId } from "./heading-ids";
export { fencedBlocks, type FencedBlock } from "./code-blocks";
