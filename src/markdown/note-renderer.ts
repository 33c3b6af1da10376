import { createSatteriMarkdownProcessor } from "@astrojs/markdown-satteri";
import type { AstroConfig } from "astro";
import type { NoteWarning, NormalisedNote } from "../lib/notes";
import { headingAnchorsPlugin } from "./heading-anchors";
import type { RenderState } from "./render-state";

export interface RenderedNote {
  content: { html: string; metadata: { headings: { depth: number; slug: string; text: string }[]; imagePaths: string[] } };
  warnings: NoteWarning[];
}

/** One Markdown processor for the whole build. Our plugins are synchronous visitors
 * over pure logic in src/lib; per-note state (file, line offset, warnings) is handed
 * to them through `state`, which is reset before each note. */
export async function createNoteRenderer(config: AstroConfig, _notes: readonly NormalisedNote[]) {
  const state: RenderState = { file: "", bodyStartLine: 1, warnings: [] };
  const processor = await createSatteriMarkdownProcessor({
    image: config.image,
    syntaxHighlight: config.markdown.syntaxHighlight,
    shikiConfig: config.markdown.shikiConfig,
    gfm: config.markdown.gfm,
    smartypants: config.markdown.smartypants,
    mdastPlugins: [],
    hastPlugins: [headingAnchorsPlugin()],
  });
  return {
    async render(note: NormalisedNote, fileURL: URL): Promise<RenderedNote> {
      state.file = note.sourcePath;
      state.bodyStartLine = note.bodyStartLine;
      state.warnings = [];
      const { code, metadata } = await processor.render(note.body, { frontmatter: {}, fileURL });
      return {
        content: {
          html: code,
          metadata: {
            headings: metadata.headings,
            imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths],
          },
        },
        warnings: state.warnings,
      };
    },
  };
}
