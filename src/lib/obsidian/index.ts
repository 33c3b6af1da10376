export { stripComments, type ObsidianComment, type SourceRange, type StrippedComments } from "./comments";
export { findInlineTags, type InlineTag, type InlineTagOptions } from "./inline-tags";
export { splitBlockId, standaloneBlockId, type SplitBlockId } from "./block-ids";
export {
  pluginBlockOf,
  parseAdmonition,
  parseSimpleDataviewQuery,
  type Admonition,
  type DataviewCondition,
  type DataviewSource,
  type DataviewValue,
  type PluginBlock,
  type SimpleDataviewQuery,
} from "./plugin-blocks";
export { excalidrawExport, isExcalidrawNote } from "./excalidraw";
