import { readFileSync } from "node:fs";
import { relative, sep } from "node:path";
import { htmlFiles } from "./site";

const ATTR = /\s(?:href|src|srcset)="([^"]+)"/g;

/** Every internal URL referenced from every built page (links, scripts, styles,
 * images, fonts via CSS are checked by the browser tests), resolved against the page. */
export function internalReferences(distDir: string, origin: string, base: string): Map<string, string[]> {
  const refs = new Map<string, string[]>();
  for (const file of htmlFiles(distDir)) {
    const rel = relative(distDir, file).split(sep).join("/");
    const pagePath = `${base}${rel.replace(/(^|\/)index\.html$/, "$1")}`;
    const pageUrl = new URL(pagePath, origin);
    const html = readFileSync(file, "utf8");
    for (const match of html.matchAll(ATTR)) {
      const raw = (match[1] ?? "").replaceAll("&amp;", "&");
      for (const candidate of raw.split(/,\s*/).map((s) => s.trim().split(/\s+/)[0] ?? "")) {
        if (!candidate || /^(mailto:|tel:|data:|javascript:|#)/.test(candidate)) continue;
        if (!/^(https?:)?\/|^\.\.?\/|^[\w%-]/.test(candidate) || candidate.includes(" ")) continue;
        let url: URL;
        try {
          url = new URL(candidate, pageUrl);
        } catch {
          continue;
        }
        if (url.origin !== origin) continue;
        url.hash = "";
        const key = url.toString();
        refs.set(key, [...(refs.get(key) ?? []), pagePath]);
      }
    }
  }
  return refs;
}
