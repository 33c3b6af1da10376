import type { DiagramResult } from "../lib/diagrams";
import type { WarningKind } from "../lib/notes/errors";
import type { NoteCodeBlock } from "../lib/notes/model";
import type { ResolvedLink } from "../lib/resolve/resolved";

/**
 * What the Markdown plugins need to render one note: the decisions the analyse and resolve steps
 * made, looked up by each node's key (`line:column` in the file). Plugins never work anything out
 * again; a node they find no decision for is left as the parser made it.
 */
export interface NoteRenderContext {
  /** Vault path, for messages. */
  file: string;
  /** File line of the parsed text's first line, minus one. */
  lineOffset: number;
  /** Rendering a piece of this note inside another (an embed): headings get no ids there. */
  embedded: boolean;
  /** Top-level blocks not shown as prose (the practice question, a pasted tag block) and the title heading. */
  hidden: ReadonlySet<string>;
  headings: ReadonlyMap<string, { id: string; depth: number }>;
  links: Readonly<Record<string, ResolvedLink>>;
  /** For text rendered on its own (the quiz's parts): links found by how they are written. */
  linksByRaw?: ReadonlyMap<string, ResolvedLink>;
  codeBlocks: ReadonlyMap<string, NoteCodeBlock>;
  diagrams: ReadonlyMap<string, DiagramResult>;
  /** A note's own body, stored by the loader: its cached diagrams become references its page fills
   * in (lib/diagrams/figure-ref.ts). Embeds, quiz parts and MDX carry their pictures inline. */
  diagramsByReference?: boolean;
  /** Key of a note embed → the embedded content, already rendered. */
  embeds: ReadonlyMap<string, string>;
  /** Vault path → title, for embed captions. */
  titleOf(path: string): string;
  tagHref(tag: string): string;
  warn(kind: WarningKind, line: number, message: string): void;
}

/** Where the context of the document being rendered comes from, given the document's file: one
 * processor serves every note, and MDX notes compiled by Astro find theirs by file. */
export type ContextSource = (file: URL | undefined) => NoteRenderContext | undefined;

/** The context of the one document a plugin instance is rendering (bound when the compile starts). */
export type NoteContext = () => NoteRenderContext | undefined;
