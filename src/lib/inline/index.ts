export { resolveInlineDelimiters, reparseInlineDelimiters, type DelimiterOptions } from "./delimiters";
export type { Highlight, HighlightData } from "./types";
