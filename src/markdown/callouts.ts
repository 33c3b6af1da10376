import type { Blockquote, Paragraph, PhrasingContent } from "mdast";
import type { MdastPluginDefinition } from "satteri";
import { calloutKind, calloutTitle, parseCalloutMarker, type CalloutMarker } from "../lib/callouts";

// The marker as it opens the first text node: `[!type]`, optionally `+`/`-`.
const MARKER_PREFIX = /^[ \t]*\[![\p{L}\p{N}_-]+\][+-]?[ \t]*/u;

interface SplitParagraph {
  /** Inline nodes of the first line, marker removed. */
  title: PhrasingContent[];
  /** Inline nodes after the first line break (the callout's first body paragraph). */
  rest: PhrasingContent[];
}

/** Text of the first line only: the marker line decides whether this is a callout. */
function firstLineText(nodes: readonly PhrasingContent[]): string {
  let out = "";
  for (const node of nodes) {
    if (node.type === "break") return out;
    const text = node.type === "text" || node.type === "inlineCode" ? node.value : "children" in node ? plainText(node.children) : "";
    const newline = text.indexOf("\n");
    if (newline >= 0 && node.type === "text") return out + text.slice(0, newline);
    out += text;
  }
  return out;
}

function plainText(nodes: readonly PhrasingContent[]): string {
  return nodes.map((n) => ("value" in n ? n.value : "children" in n ? plainText(n.children) : "")).join("");
}

// The title is compared and shown as NFC like every other title on the site.
function nfcText(node: PhrasingContent): PhrasingContent {
  return node.type === "text" ? { type: "text", value: node.value.normalize("NFC") } : node;
}

/** Splits the first paragraph at its first line end; the marker is cut from the title part. */
function splitFirstParagraph(paragraph: Paragraph, marker: CalloutMarker): SplitParagraph {
  const title: PhrasingContent[] = [];
  const rest: PhrasingContent[] = [];
  let inTitle = true;
  for (const node of paragraph.children) {
    if (!inTitle) {
      rest.push(node);
    } else if (node.type === "break") {
      inTitle = false;
    } else if (node.type === "text" && node.value.includes("\n")) {
      const at = node.value.indexOf("\n");
      const before = node.value.slice(0, at);
      const after = node.value.slice(at + 1);
      if (before !== "") title.push({ type: "text", value: before });
      if (after !== "") rest.push({ type: "text", value: after });
      inTitle = false;
    } else {
      title.push(node);
    }
  }
  const first = title[0];
  if (first?.type === "text" && MARKER_PREFIX.test(first.value)) {
    const value = first.value.replace(MARKER_PREFIX, "");
    if (value === "") title.shift();
    else title[0] = { type: "text", value };
  } else {
    // The marker is split over several inline nodes (odd, but possible): fall back to the
    // title as plain text rather than showing a half-cut marker.
    title.length = 0;
    if (marker.title !== null) title.push({ type: "text", value: marker.title });
  }
  const last = title.at(-1);
  if (last?.type === "text") {
    const trimmed = last.value.replace(/[ \t\r]+$/, "");
    if (trimmed === "") title.pop();
    else title[title.length - 1] = { type: "text", value: trimmed };
  }
  if (title.length === 0) title.push({ type: "text", value: calloutTitle(marker.type) });
  return { title: title.map(nfcText), rest };
}

/**
 * Obsidian callouts: a blockquote whose first line is `[!type] title` becomes
 * `<aside class="callout callout-{kind}" data-callout="{type}">` with a `<p class="callout-title">`
 * and the body in `<div class="callout-content">`; `[!type]-` / `[!type]+` become a closed / open
 * `<details>` with a `<summary class="callout-title">`. Anything else stays a blockquote.
 * Nested callouts work because the visitor also runs on the inner blockquotes.
 */
export function calloutsPlugin(): MdastPluginDefinition {
  return {
    name: "kb-callouts",
    blockquote(node: Readonly<Blockquote>, ctx) {
      const first = node.children[0];
      if (first?.type !== "paragraph") return;
      const marker = parseCalloutMarker(firstLineText(first.children));
      if (marker === null) return;
      const { title, rest } = splitFirstParagraph(first, marker);
      const kind = calloutKind(marker.type);
      const foldable = marker.foldable !== null;
      const body = [...(rest.length > 0 ? [{ type: "paragraph" as const, children: rest }] : []), ...node.children.slice(1)];
      // A block id (`^id` under the callout) already named it: keep that anchor.
      const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
      ctx.setProperty(node, "data", {
        hName: foldable ? "details" : "aside",
        hProperties: {
          ...(typeof id === "string" ? { id } : {}),
          className: ["callout", `callout-${kind}`],
          dataCallout: marker.type,
          ...(marker.foldable === "open" ? { open: true } : {}),
          // An aside inside the article is a note on the text, not a page landmark.
          ...(foldable ? {} : { role: "note" }),
        },
      });
      ctx.setProperty(node, "children", [
        { type: "paragraph", data: { hName: foldable ? "summary" : "p", hProperties: { className: ["callout-title"] } }, children: title },
        ...(body.length > 0 ? [{ type: "calloutContent", data: { hName: "div", hProperties: { className: ["callout-content"] } }, children: body }] : []),
      ]);
    },
  };
}
