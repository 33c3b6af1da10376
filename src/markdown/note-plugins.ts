import type { HastPluginEntry, MdastPluginEntry } from "satteri";
import { calloutsPlugin } from "./callouts";
import { codeBlocksPlugin } from "./code-blocks";
import type { ContextSource } from "./context";
import { headingAnchorsPlugin } from "./heading-anchors";
import { linksPlugin } from "./links";
import { structurePlugin } from "./structure";

/**
 * The one plugin set every note is rendered with, Markdown or MDX: thin adapters that look up what
 * the analyse and resolve steps decided (src/lib), in this order.
 */
export function notePlugins(context: ContextSource): { mdastPlugins: MdastPluginEntry[]; hastPlugins: HastPluginEntry[] } {
  return {
    mdastPlugins: [structurePlugin(context), codeBlocksPlugin(context), linksPlugin(context), calloutsPlugin()],
    hastPlugins: [headingAnchorsPlugin()],
  };
}
