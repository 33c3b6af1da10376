import { fileURLToPath } from "node:url";
import type { ContextSource, NoteRenderContext } from "./context";

/**
 * MDX notes are compiled by Astro from the file itself, with the plugins of astro.config.mjs. The
 * loader leaves each MDX note's render context here, by absolute file path, for those plugins to
 * find: the same decisions, the same plugins, as a Markdown note. Kept on globalThis because the
 * config and the content loader load this module separately.
 */
const KEY = Symbol.for("kb.mdxRenderContexts");

function registry(): Map<string, NoteRenderContext> {
  const holder = globalThis as { [KEY]?: Map<string, NoteRenderContext> };
  holder[KEY] ??= new Map();
  return holder[KEY];
}

export function registerMdxContext(absolutePath: string, context: NoteRenderContext): void {
  registry().set(absolutePath, context);
}

export const mdxContextSource: ContextSource = (file) => (file === undefined ? undefined : registry().get(fileURLToPath(file)));
