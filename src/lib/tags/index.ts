export { normalizeTag, tagAncestry, compareText } from "./normalize";
export { canonicalTag, canonicalTags, knownServiceKeys } from "./canonical";
export { tagSynonyms, parseTagSynonyms, type TagSynonyms } from "./synonyms";
export { serviceGlossary, lookupService, servicesForTerm, parseServiceGlossary } from "./glossary";
export type { ServiceGlossary, ServiceInfo, ServiceLookup } from "./glossary";
export { buildTagTree, type TaggedNote, type TagTree, type TagTreeNode } from "./tree";
export { tagUrlPath, tagHref } from "./url";
export { tagRedirects, type TagRedirect } from "./redirects";
