/** A heading of a note as the loader extracted it; `slug` is the github-slugger id used for `#anchor`s. */
export interface NoteHeading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * The already-normalised (NFC, trimmed) view of one note that the tag and link logic works on.
 * `tags` are raw frontmatter tags (not yet canonical); `filePath` is used only in warnings.
 */
export interface NoteRef {
  slug: string;
  title: string;
  tags: string[];
  aliases: string[];
  filePath: string;
  headings: NoteHeading[];
}
