#!/usr/bin/env node
// Every internal href/src of a built site must resolve to a file of the site.
// Usage: node scripts/check-links.mjs <dist dir> [base path]
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

const [dir = "dist", base = "/"] = process.argv.slice(2);
const origin = "http://site.invalid";
const ATTR = /\s(?:href|src|srcset|data)="([^"]+)"/g;
const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(".html")).map((e) => join(e.parentPath, e.name));
const broken = new Map();
let checked = 0;
for (const file of files) {
  const rel = relative(dir, file).split(sep).join("/");
  const pageUrl = new URL(`${base}${rel.replace(/(^|\/)index\.html$/, "$1")}`, origin);
  const html = readFileSync(file, "utf8");
  for (const m of html.matchAll(ATTR)) {
    const raw = m[1].replaceAll("&amp;", "&");
    for (const candidate of raw.split(/,\s+/).map((s) => s.trim().split(/\s+/)[0] ?? "")) {
      if (!candidate || /^(mailto:|tel:|data:|javascript:|#|https?:\/\/(?!site\.invalid))/.test(candidate)) continue;
      let url;
      try { url = new URL(candidate, pageUrl); } catch { continue; }
      if (url.origin !== origin) continue;
      checked++;
      let path = decodeURIComponent(url.pathname);
      if (!path.startsWith(base)) { broken.set(candidate, [...(broken.get(candidate) ?? []), rel]); continue; }
      path = path.slice(base.length);
      const target = join(dir, path);
      const ok = (existsSync(target) && statSync(target).isFile()) || existsSync(join(target, "index.html"));
      if (!ok) broken.set(url.pathname, [...(broken.get(url.pathname) ?? []), rel]);
    }
  }
}
console.log(`${files.length} pages, ${checked} internal references, ${broken.size} broken`);
for (const [url, pages] of [...broken].slice(0, 30)) console.log(`  ${decodeURIComponent(url)}  ← ${pages.slice(0, 3).join(", ")}${pages.length > 3 ? ` (+${pages.length - 3})` : ""}`);
process.exit(broken.size > 0 ? 1 : 0);
