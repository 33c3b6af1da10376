export { relatedNotes, type RelatedNote, type RelatedOptions } from "./related";
export { LinkResolver, normalisePath, type LinkTarget } from "./link-resolver";
export { parseWikilink, parseMarkdownLink, isExternalUrl, type WrittenReference } from "./reference";
