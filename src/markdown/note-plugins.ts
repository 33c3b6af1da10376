import type { HastPluginEntry, MdastPluginDefinition, MdastPluginEntry, PluginFactoryContext } from "satteri";
import { calloutsPlugin } from "./callouts";
import { codeBlocksPlugin } from "./code-blocks";
import type { ContextSource, NoteContext } from "./context";
import { headingAnchorsPlugin } from "./heading-anchors";
import { inlineSyntaxPlugin } from "./inline-syntax";
import { linksPlugin } from "./links";
import { rawHtmlPlugin } from "./raw-html";
import { structurePlugin } from "./structure";
import { settings } from "../lib/settings/settings";

/**
 * The one plugin set every note is rendered with, Markdown or MDX: thin adapters that look up what
 * the analyse and resolve steps decided (src/lib), in this order.
 */
export function notePlugins(context: ContextSource): { mdastPlugins: MdastPluginEntry[]; hastPlugins: HastPluginEntry[] } {
  // Each plugin is made per document, with that document's context bound (MDX finds it by file).
  const bound = (make: (note: NoteContext) => MdastPluginDefinition) => (factory: PluginFactoryContext) => {
    const note = context(factory.fileURL);
    return make(() => note);
  };
  return {
    mdastPlugins: [bound((note) => rawHtmlPlugin(note, { allowScripts: settings().allowScripts })), bound(structurePlugin), bound(inlineSyntaxPlugin), bound(codeBlocksPlugin), bound(linksPlugin), calloutsPlugin()],
    hastPlugins: [headingAnchorsPlugin()],
  };
}
