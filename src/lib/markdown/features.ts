import type { Features } from "satteri";

/**
 * The Markdown dialect of every note, in one place: the analysis parse and the render parse use
 * exactly these features, so node positions (the keys the render looks decisions up by) agree.
 * Obsidian's wikilinks and math are parser features: `[[my_note]]` is a link before emphasis could
 * split it, and `$a_1$` is math before `_` could become italics.
 */
export const NOTE_FEATURES = {
  gfm: true,
  math: true,
  wikilinks: true,
  frontmatter: false,
  smartPunctuation: true,
} as const satisfies Features;
