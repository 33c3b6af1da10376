import { escapeHtml } from "../html/escape";
import { mapStartTags, serializeTokens, tokenizeSvg } from "./svgTokens";

/**
 * The SVG as the figure shows it: one image with an accessible name (role, aria-label, a <title>).
 */
export function figureSvg(svg: string, accessibleName: string): string {
  const name = accessibleName.trim().replace(/\s+/g, " ");
  const tokens = tokenizeSvg(svg.trim());
  const rootIndex = tokens.findIndex((t) => t.kind === "tag" && !t.closing && t.name === "svg");
  if (rootIndex < 0) return "";
  mapStartTags(tokens, (_tag, attrs, index) => {
    if (index !== rootIndex) return attrs;
    const kept = attrs.filter(
      (a) => !["role", "aria-label", "aria-labelledby", "aria-roledescription", "aria-describedby"].includes(a.name),
    );
    return [...kept, { name: "role", value: "img" }, { name: "aria-label", value: escapeHtml(name) }];
  });
  const root = tokens[rootIndex];
  const hasTitle = tokens.some((t, i) => i === rootIndex + 1 && t.kind === "tag" && t.name === "title");
  if (root && !hasTitle) {
    tokens.splice(rootIndex + 1, 0, { kind: "text", raw: `<title>${escapeHtml(name)}</title>` });
  }
  return serializeTokens(tokens);
}
