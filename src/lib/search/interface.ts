/**
 * Interface text that components render inside a note's body and search must not index: the
 * "원본 보기" toggle of a flow diagram, and the practice question's no-JavaScript answer block, which
 * repeats what is indexed with the question; screen-reader-only copies; footnote reference numbers,
 * which would glue onto the word they follow (각주¹를 is not the word 각주1를). Pagefind itself skips
 * <svg>, <nav>, <label>, <form>.
 * The build passes them to Pagefind; the visible-vs-indexed check leaves them out of what it reads.
 */
export const SEARCH_INTERFACE_SELECTORS: readonly string[] = [
  ".flow-diagram__source > summary",
  "[data-pq-fallback]",
  ".sr-only",
  "[data-footnote-ref]",
];
