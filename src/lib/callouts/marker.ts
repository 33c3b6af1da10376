export interface CalloutMarker {
  /** Lower-cased type as written ("tip", "my-custom"); see calloutKind for its style family. */
  type: string;
  /** The title after the marker, or null when the default title should be used. */
  title: string | null;
  /** "closed" for `[!x]-`, "open" for `[!x]+`, null when the callout cannot be folded. */
  foldable: "open" | "closed" | null;
}

// Blockquote markers ("> ", nested "> > ") may or may not have been stripped by the caller.
const MARKER = /^\s*(?:>\s*)*\[!([\p{L}\p{N}_-]+)\]([+-])?(?:[ \t]*(.*?))?[ \t]*$/u;

/**
 * Reads the `[!type]± title` marker from the first line of a blockquote. Returns null when the
 * line is not a callout marker, so the caller renders an ordinary blockquote.
 */
export function parseCalloutMarker(firstLineOfBlockquote: string): CalloutMarker | null {
  const firstLine = firstLineOfBlockquote.normalize("NFC").split(/\r\n|\r|\n/, 1)[0] ?? "";
  const m = MARKER.exec(firstLine);
  if (!m?.[1]) return null;
  const title = (m[3] ?? "").trim();
  return {
    type: m[1].toLowerCase(),
    title: title === "" ? null : title,
    foldable: m[2] === "-" ? "closed" : m[2] === "+" ? "open" : null,
  };
}
