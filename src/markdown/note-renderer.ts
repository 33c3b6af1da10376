import { createSatteriMarkdownProcessor, type SatteriMarkdownProcessorOptions } from "@astrojs/markdown-satteri";
import { NOTE_FEATURES } from "../lib/markdown/features";
import type { NoteRenderContext } from "./context";
import { notePlugins } from "./note-plugins";
import { SHIKI_CONFIG } from "./options";

export interface NoteRenderer {
  /** Renders Markdown with the decisions in `context` (positions are looked up with its lineOffset). */
  render(markdown: string, context: NoteRenderContext, fileURL?: URL): Promise<string>;
}

/** One Markdown processor for the whole build (Astro's Sätteri pipeline, as MDX notes get it: Shiki,
 * smart punctuation), with our plugins reading the context of the note being rendered right now. */
export async function createNoteRenderer(): Promise<NoteRenderer> {
  let current: NoteRenderContext | undefined;
  const options: SatteriMarkdownProcessorOptions = { shikiConfig: { ...SHIKI_CONFIG }, features: NOTE_FEATURES, ...notePlugins(() => current) };
  const processor = await createSatteriMarkdownProcessor(options);
  let queue: Promise<unknown> = Promise.resolve();
  return {
    render(markdown, context, fileURL) {
      // Renders one at a time: the plugins read `current`.
      const run = queue.then(async () => {
        current = context;
        try {
          const { code } = await processor.render(markdown, fileURL === undefined ? { frontmatter: {} } : { frontmatter: {}, fileURL });
          return code;
        } finally {
          current = undefined;
        }
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
