import { createSatteriMarkdownProcessor, type SatteriMarkdownProcessorOptions } from "@astrojs/markdown-satteri";
import type { AstroConfig } from "astro";
import { buildAliasTable, type NoteRef } from "../lib/links";
import type { NoteWarning, NormalisedNote } from "../lib/notes";
import { headingAnchorsPlugin } from "./heading-anchors";
import type { DiagramResult } from "../lib/diagrams";
import { calloutsPlugin } from "./callouts";
import { flowDiagramsPlugin, type DiagramState } from "./flow-diagrams";
import { wikilinksPlugin, type WikilinkState } from "./wikilinks";

export interface RenderedNote {
  content: { html: string; metadata: { headings: { depth: number; slug: string; text: string }[]; imagePaths: string[] } };
  /** Notes this one links to. */
  links: string[];
  warnings: NoteWarning[];
}

/** One Markdown processor for the whole build. Our plugins are synchronous visitors
 * over pure logic in src/lib; per-note state (file, line offset, warnings, links) is
 * handed to them through `state`, which is reset before each note. */
export async function createNoteRenderer(config: AstroConfig, refs: readonly NoteRef[], diagrams: ReadonlyMap<string, DiagramResult>) {
  const aliases = buildAliasTable(refs);
  const state: WikilinkState & DiagramState = {
    diagrams,
    file: "",
    bodyStartLine: 1,
    warnings: [],
    outgoing: new Set(),
    links: { notesBySlug: new Map(refs.map((r) => [r.slug, r])), aliasTable: aliases.table, currentSlug: "" },
  };
  // Astro hands its own processor these same config values; only the two packages'
  // optional-property typings disagree under exactOptionalPropertyTypes.
  const markdownOptions = {
    image: config.image,
    syntaxHighlight: config.markdown.syntaxHighlight,
    shikiConfig: config.markdown.shikiConfig,
    gfm: config.markdown.gfm,
    smartypants: config.markdown.smartypants,
  } as SatteriMarkdownProcessorOptions;
  const processor = await createSatteriMarkdownProcessor({
    ...markdownOptions,
    mdastPlugins: [flowDiagramsPlugin(state), wikilinksPlugin(state), calloutsPlugin()],
    hastPlugins: [headingAnchorsPlugin()],
  });
  return {
    /** Alias collisions, reported once per build. */
    aliasWarnings: aliases.warnings,
    async render(note: NormalisedNote, fileURL: URL): Promise<RenderedNote> {
      state.file = note.sourcePath;
      state.bodyStartLine = note.bodyStartLine;
      state.warnings = [];
      state.outgoing = new Set();
      state.links = { ...state.links, currentSlug: note.slug };
      const { code, metadata } = await processor.render(note.body, { frontmatter: {}, fileURL });
      return {
        content: {
          html: code,
          metadata: {
            headings: metadata.headings,
            imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths],
          },
        },
        links: [...state.outgoing].sort(),
        warnings: state.warnings,
      };
    },
  };
}
