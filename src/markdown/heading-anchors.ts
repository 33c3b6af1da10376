import type { HastPluginDefinition } from "satteri";
import { ui } from "../i18n/ui";

/** Gives every h2–h6 that has an id (the analysis gives each one: src/lib/notes/headings.ts) a link
 * to itself. The link has no text of its own (the `#` is drawn by CSS) so heading text, the table
 * of contents and search excerpts stay clean. */
export function headingAnchorsPlugin(): () => HastPluginDefinition {
  return () => ({
    name: "kb-heading-anchors",
    element: {
      filter: ["h2", "h3", "h4", "h5", "h6"],
      visit(node, ctx) {
        const id = node.properties?.["id"];
        if (typeof id !== "string" || id === "") return;
        ctx.appendChild(node, {
          type: "element",
          tagName: "a",
          properties: { className: ["heading-anchor"], href: `#${id}`, ariaLabel: ui.headingLink(ctx.textContent(node).trim()), dataHeadingAnchor: "" },
          children: [],
        });
      },
    },
  });
}
