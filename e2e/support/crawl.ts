import { existsSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { htmlFiles } from "./site";

const ATTR = /\s(?:href|src|srcset|data)="([^"]+)"/g;
const ORIGIN = "http://site.invalid";

/** Every internal href/src/srcset of every built page, checked against the built files the way a
 * static host serves them (percent-decoded, directories to index.html). */
export function checkInternalLinks(dir: string, base: string): { pages: number; checked: number; broken: string[] } {
  const files = htmlFiles(dir);
  const broken = new Set<string>();
  let checked = 0;
  for (const file of files) {
    const rel = relative(dir, file).split(sep).join("/");
    const pageUrl = new URL(`${base}${rel.replace(/(^|\/)index\.html$/, "$1")}`, ORIGIN);
    for (const match of readFileSync(file, "utf8").matchAll(ATTR)) {
      const raw = (match[1] ?? "").replaceAll("&amp;", "&");
      for (const candidate of raw.split(/,\s+/).map((s) => s.trim().split(/\s+/)[0] ?? "")) {
        if (!candidate || /^(mailto:|tel:|data:|javascript:|#|[a-z][a-z0-9+.-]*:(?!\/\/site\.invalid))/i.test(candidate)) continue;
        let url: URL;
        try {
          url = new URL(candidate, pageUrl);
        } catch {
          continue;
        }
        if (url.origin !== ORIGIN) continue;
        checked++;
        const path = decodeURIComponent(url.pathname);
        const target = join(dir, path.startsWith(base) ? path.slice(base.length) : `\0${path}`);
        const ok = (existsSync(target) && statSync(target).isFile()) || existsSync(join(target, "index.html"));
        if (!ok) broken.add(`${path} ← ${rel}`);
      }
    }
  }
  return { pages: files.length, checked, broken: [...broken].sort() };
}
