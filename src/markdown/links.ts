import type { Image, Link, Paragraph, PhrasingContent } from "mdast";
import type { MdastPluginDefinition } from "satteri";
import { fileEmbedHtml, missingEmbedHtml, noteEmbedHtml } from "../lib/embeds/html";
import { escapeHtml } from "../lib/html/escape";
import { isUnsafeUrl } from "../lib/html/raw-html";
import { isExternalUrl } from "../lib/links/reference";
import { nodeKey, nodeLine } from "../lib/markdown/tree";
import type { ResolvedLink } from "../lib/resolve/resolved";
import { ui } from "../i18n/ui";
import type { NoteContext, NoteRenderContext } from "./context";


function missingHtml(text: string): string {
  return `<span class="wikilink wikilink-missing" title="${escapeHtml(ui.missingLinkTitle)}">${escapeHtml(text)}</span>`;
}

function isBlank(node: PhrasingContent): boolean {
  return node.type === "break" || (node.type === "text" && node.value.trim() === "");
}

/** A paragraph of nothing but note embeds (one per line, as Obsidian users write them) is replaced whole. */
function isEmbedParagraph(note: NoteRenderContext, node: Readonly<Paragraph>, source: string): boolean {
  const content = node.children.filter((c) => !isBlank(c));
  return content.length > 0 && content.every((c) => c.type === "image" && embedOf(note, c, source) !== undefined);
}

function linkOf(note: NoteRenderContext, node: Link | Image, source: string): ResolvedLink | undefined {
  const byKey = note.links[nodeKey(node, note.lineOffset)];
  if (byKey !== undefined || note.linksByRaw === undefined) return byKey;
  const { start, end } = node.position ?? {};
  return start?.offset === undefined || end?.offset === undefined ? undefined : note.linksByRaw.get(source.slice(start.offset, end.offset));
}

function embedOf(note: NoteRenderContext, node: Image, source: string): Extract<ResolvedLink, { kind: "embed" }> | undefined {
  const link = linkOf(note, node, source);
  return link?.kind === "embed" ? link : undefined;
}

/**
 * Links and embeds as the resolve step decided: a link to a note gets its URL, a missing one becomes
 * marked plain text, an embedded file becomes an image, player or download link, and a paragraph of
 * note embeds becomes the embedded notes. `javascript:`/`vbscript:`/`data:` link URLs are dropped.
 */
export function linksPlugin(context: NoteContext): MdastPluginDefinition {
  return {
    name: "kb-links",
    options: { position: true },
    paragraph(node: Readonly<Paragraph>, ctx) {
      const note = context();
      if (note === undefined || !isEmbedParagraph(note, node, ctx.source)) return;
      const content = node.children.filter((c) => !isBlank(c));
      const html = content.map((c) => {
        const embed = embedOf(note, c as Image, ctx.source) as Extract<ResolvedLink, { kind: "embed" }>;
        const key = nodeKey(c, note.lineOffset);
        const body = note.embeds.get(key);
        return body === undefined
          ? `<p><a class="wikilink" href="${escapeHtml(embed.href)}">${escapeHtml(embed.text)}</a></p>`
          : noteEmbedHtml(body, { href: embed.href, title: note.titleOf(embed.target) }, ui.embeds);
      });
      ctx.replaceNode(node, { type: "html", value: html.join("\n") });
    },
    link(node: Readonly<Link>, ctx) {
      const note = context();
      if (note === undefined) return;
      const link = linkOf(note, node, ctx.source);
      if (link === undefined) {
        if (isUnsafeUrl(node.url)) {
          // The same rule as raw HTML (src/lib/html/raw-html.ts): the text stays, the script URL goes.
          note.warn("html", nodeLine(node, note.lineOffset), `link to a ${node.url.trim().split(":")[0]?.toLowerCase()}: URL shown as text`);
          ctx.replaceNode(node, { type: "emphasis", children: [...node.children] });
        }
        else if (!isExternalUrl(node.url) && ctx.source.slice(node.position?.start.offset ?? 0).startsWith("[[")) ctx.replaceNode(node, { type: "html", value: missingHtml(ctx.textContent(node)) });
        return;
      }
      switch (link.kind) {
        case "note":
        case "embed":
        case "file": {
          const wikilink = ctx.source.slice(node.position?.start.offset ?? 0).startsWith("[[");
          ctx.setProperty(node, "url", link.href);
          if (wikilink) {
            ctx.setProperty(node, "children", [{ type: "text", value: link.text }]);
            ctx.setProperty(node, "data", { hProperties: { className: ["wikilink"] } });
          }
          return;
        }
        case "missing":
          ctx.replaceNode(node, { type: "html", value: missingHtml(link.text) });
          return;
        case "unpublished":
          ctx.replaceNode(node, { type: "text", value: link.text });
          return;
      }
    },
    image(node: Readonly<Image>, ctx) {
      const note = context();
      if (note === undefined) return;
      const link = linkOf(note, node, ctx.source);
      if (link === undefined) {
        if (isUnsafeUrl(node.url, { imageData: true })) {
          note.warn("html", nodeLine(node, note.lineOffset), `image from a ${node.url.trim().split(":")[0]?.toLowerCase()}: URL shown as its text`);
          ctx.replaceNode(node, { type: "text", value: node.alt ?? "" });
        }
        return;
      }
      const parent = ctx.parent(node);
      if (link.kind === "embed" && parent?.type === "paragraph" && isEmbedParagraph(note, parent, ctx.source)) return;
      switch (link.kind) {
        case "file": {
          const wikilink = ctx.source.slice(node.position?.start.offset ?? 0).startsWith("![[");
          ctx.replaceNode(node, { type: "html", value: fileEmbedHtml(link, wikilink ? link.text : (node.alt ?? ""), ui.embeds) });
          return;
        }
        case "missing":
          ctx.replaceNode(node, { type: "html", value: missingEmbedHtml(link.text, /\.[a-z0-9]{2,5}$/i.test(link.text), ui.embeds) });
          return;
        case "embed":
        case "note":
          // An embed inside running text: a link to what it would show.
          ctx.replaceNode(node, { type: "html", value: `<a class="wikilink" href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a>` });
          return;
        case "unpublished":
          ctx.replaceNode(node, { type: "text", value: link.text });
          return;
      }
    },
  };
}
