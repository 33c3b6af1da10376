import { z } from "astro/zod";
import { quizSchema } from "../quiz/schema";

/**
 * One note as the analysis step understands it: everything the site needs from the file, found in
 * one walk over one parse. Declared once, as the schema of the `notes` collection; the TypeScript
 * types are inferred from it. Keys (`line:column` in the file) tie each item to the node the render
 * step finds at the same place.
 */

const key = z.string();

export const headingSchema = z.object({
  key,
  /** Depth on the page (2–6): the title is the only h1, so other `#` headings move one level down. */
  depth: z.number().int().min(1).max(6),
  /** The anchor id (github-slugger over the visible text, emoji removed), unique within the note. */
  id: z.string(),
  text: z.string(),
  line: z.number().int(),
  /** First file line after the heading's section (the next heading of the same or a higher level). */
  endLine: z.number().int(),
});

/** A link or embed as written, not yet resolved. */
export const referenceSchema = z.object({
  key,
  kind: z.enum(["wikilink", "markdown"]),
  embed: z.boolean(),
  /** The link exactly as written (`[[a#b|c]]`), to find it again in text rendered on its own (quiz parts). */
  raw: z.string(),
  /** The path part as written (decoded): `folder/note`, `img.png`; "" for a same-note link. */
  target: z.string(),
  /** After `#`: a heading (`a#b` nested), or `^block` for a block; absent when none. */
  fragment: z.string().optional(),
  /** Display text as written (`[[x|text]]`, `[text](x.md)`); absent for a bare `[[x]]`. */
  label: z.string().optional(),
  /** `![[img.png|300]]` / `|300x200`. */
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  line: z.number().int(),
});

export const codeBlockSchema = z.object({
  key,
  line: z.number().int(),
  /** What the block becomes: a diagram, a box for a plugin query, or code as written. */
  role: z.enum(["diagram", "plugin", "code"]),
  /** Mermaid source of a diagram (a ```mermaid block, or a converted architecture flow). */
  mermaid: z.string().optional(),
  /** Accessible description of a diagram. */
  description: z.string().optional(),
  /** For `plugin`: the plugin that would draw it (`Dataview`). */
  plugin: z.string().optional(),
});

/** A block reference target (`^id`): the block's key and its file lines [line, endLine). */
export const blockIdSchema = z.object({ key, id: z.string(), line: z.number().int(), endLine: z.number().int() });

export const noteModelSchema = z.object({
  /** Vault-relative path, NFC, `/`-separated: the note's identity. */
  path: z.string(),
  format: z.enum(["md", "mdx"]),
  /** Readable title: the first `#` heading, else frontmatter `title`, else the file name. */
  title: z.string().min(1),
  aliases: z.array(z.string()),
  /** Tags as written (frontmatter, inline `#tags`, a pasted tag block), in the note's order, normalised but not canonical. */
  rawTags: z.array(z.string()),
  /** Canonical tags: synonyms applied, deduplicated, in the note's order. */
  tags: z.array(z.string()),
  created: z.string().optional(),
  modified: z.string().optional(),
  /** Frontmatter `permalink` / `slug`: where the author wants the page. */
  permalink: z.string().optional(),
  slug: z.string().optional(),
  /** File lines of the frontmatter keys later steps report on (`aliases`, `permalink`, `slug`), when present. */
  keyLines: z.record(z.string(), z.number().int()).optional(),
  /** `publish: false` / `draft: true`. */
  unpublished: z.boolean(),
  summary: z.string(),
  /** File line of the parsed text's first line, minus one. */
  lineOffset: z.number().int(),
  headings: z.array(headingSchema),
  /** The `#` heading used as the title: dropped from the body. */
  titleKey: key.optional(),
  /** Keys of the top-level blocks the page does not show as prose (the practice question, a pasted tag block). */
  hiddenKeys: z.array(key),
  references: z.array(referenceSchema),
  blockIds: z.array(blockIdSchema),
  codeBlocks: z.array(codeBlockSchema),
  quiz: quizSchema.optional(),
  /** Flashcards (Spaced Repetition plugin syntaxes) of a note tagged `#flashcards`; `line` is the file line. */
  flashcards: z.array(
    z.object({
      syntax: z.enum(["single-line", "single-line-reversed", "multi-line", "multi-line-reversed", "cloze"]),
      front: z.string(),
      back: z.string(),
      reversed: z.boolean(),
      line: z.number().int(),
      context: z.array(z.string()),
    }),
  ),
  /** Text a reader sees, for search forms and readings (not shown). */
  searchText: z.string(),
  /** Korean/English pairs the note writes (`서버리스(Serverless)`), for the site's bilingual search table. */
  termPairs: z.array(z.object({ ko: z.string(), en: z.string(), reading: z.boolean() })),
  /** Minutes a reader needs (Korean is read by characters, other scripts by words). */
  readingMinutes: z.number().int().min(1),
  /** The page uses math (so the page needs its styles). */
  hasMath: z.boolean(),
  /** An Excalidraw drawing (`*.excalidraw.md`): never a page; embeds show its exported image. */
  excalidraw: z.boolean(),
});

export type NoteModel = z.infer<typeof noteModelSchema>;
export type NoteHeading = z.infer<typeof headingSchema>;
export type NoteReference = z.infer<typeof referenceSchema>;
export type NoteCodeBlock = z.infer<typeof codeBlockSchema>;
export type NoteBlockId = z.infer<typeof blockIdSchema>;
