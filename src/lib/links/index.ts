export type { NoteRef, NoteHeading } from "./types";
export { buildAliasTable, resolveAlias, aliasKey, type AliasTable, type AliasWarning } from "./alias-table";
export { findWikilinks, type Wikilink } from "./wikilinks";
export { resolveWikilink, type ResolvedWikilink, type WikilinkContext } from "./resolve";
export { buildBacklinks } from "./backlinks";
export { relatedNotes, type RelatedNote, type RelatedOptions } from "./related";
export { splitWikilinks, type TextSegment } from "./segments";
