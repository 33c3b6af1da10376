import type { MdastPluginDefinition } from "satteri";
import { resolveWikilink, splitWikilinks, type WikilinkContext } from "../lib/links";
import { escapeHtml } from "../lib/html/escape";
import { noteHref } from "../site/urls";
import type { RenderState } from "./render-state";

export interface WikilinkState extends RenderState {
  links: WikilinkContext;
  /** Slugs this note links to, collected while rendering (for backlinks). */
  outgoing: Set<string>;
}

/** Obsidian `[[wikilinks]]` become links to the note (and heading) they name; one that
 * names no note stays as plain text marked missing, and the build says where it is. */
export function wikilinksPlugin(state: WikilinkState): MdastPluginDefinition {
  return {
    name: "kb-wikilinks",
    options: { position: true },
    text(node, ctx) {
      if (!node.value.includes("[[")) return;
      const segments = splitWikilinks(node.value);
      if (segments.length === 1 && typeof segments[0] === "string") return;
      const startLine = (node.position?.start.line ?? 1) + state.bodyStartLine - 1;
      ctx.replaceNode(
        node,
        segments.map((segment) => {
          if (typeof segment === "string") return { type: "text", value: segment };
          const resolved = resolveWikilink(segment, state.links);
          const line = startLine + segment.line - 1;
          if (!resolved.ok) {
            state.warnings.push({ file: state.file, line, message: `unresolved link ${segment.raw}: ${resolved.reason}` });
            return { type: "html", value: `<span class="wikilink wikilink-missing" title="없는 노트">${escapeHtml(resolved.text)}</span>` };
          }
          if (resolved.warning) state.warnings.push({ file: state.file, line, message: `${segment.raw}: ${resolved.warning}` });
          if (resolved.slug !== state.links.currentSlug) state.outgoing.add(resolved.slug);
          const url = resolved.slug === state.links.currentSlug && resolved.anchor ? `#${resolved.anchor}` : noteHref(resolved.slug, resolved.anchor);
          return { type: "link", url, title: null, children: [{ type: "text", value: resolved.text }], data: { hProperties: { className: ["wikilink"] } } };
        }),
      );
    },
  };
}
