/** A note as the site knows it, normalised once when it is loaded. */
export interface NoteMeta {
  slug: string;
  /** Readable title: the body's first `#` heading, else frontmatter `title`, else the file name. */
  title: string;
  tags: string[];
  aliases: string[];
  /** ISO dates (YYYY-MM-DD), when the note has valid ones. */
  created?: string;
  modified?: string;
  summary: string;
  /** Path relative to the project root, for messages and "edit" links. */
  sourcePath: string;
}

export interface NormalisedNote extends NoteMeta {
  /** Markdown to render: no frontmatter, no title heading, no pasted tag block. */
  body: string;
  /** File line of the body's first line, so body positions map back to the file. */
  bodyStartLine: number;
  format: "md" | "mdx";
}
