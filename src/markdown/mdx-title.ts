import type { HastPluginDefinition } from "satteri";

/** MDX notes are compiled by @astrojs/mdx from the file itself, so the page title
 * (the first `#` heading, shown by the page as its only <h1>) is dropped here and any
 * later `#` heading becomes an h2. Markdown notes get the same result in the loader. */
export function mdxSingleTitlePlugin(): (ctx: { sourceFormat: string }) => HastPluginDefinition | null {
  return (factory) => {
    if (factory.sourceFormat !== "mdx") return null;
    let seenTitle = false;
    return {
      name: "kb-mdx-single-title",
      element: {
        filter: ["h1"],
        visit(node, ctx) {
          if (!seenTitle) {
            seenTitle = true;
            ctx.removeNode(node);
            return;
          }
          ctx.replaceNode(node, { ...node, tagName: "h2" });
        },
      },
    };
  };
}
