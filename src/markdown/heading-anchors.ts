import GithubSlugger from "github-slugger";
import type { HastPluginDefinition } from "satteri";
import { ui } from "../i18n/ui";
import { headingIdText } from "../lib/notes/headings";

/** Gives every h2–h6 a stable id that keeps Korean text (github-slugger, as GitHub
 * does) and a link to itself. The link has no text of its own (the `#` is drawn by
 * CSS) so heading text, the table of contents and search excerpts stay clean. */
export function headingAnchorsPlugin(): () => HastPluginDefinition {
  return () => {
    const slugger = new GithubSlugger();
    return {
      name: "kb-heading-anchors",
      element: {
        filter: ["h2", "h3", "h4", "h5", "h6"],
        visit(node, ctx) {
          const existing = node.properties?.["id"];
          const text = ctx.textContent(node).trim();
          const id = typeof existing === "string" ? existing : slugger.slug(headingIdText(text));
          if (typeof existing !== "string") ctx.setProperty(node, "id", id);
          ctx.appendChild(node, {
            type: "element",
            tagName: "a",
            properties: { className: ["heading-anchor"], href: `#${id}`, ariaLabel: ui.headingLink(text), dataHeadingAnchor: "" },
            children: [],
          });
        },
      },
    };
  };
}
