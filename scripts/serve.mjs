#!/usr/bin/env node
// Serves a built site folder under a base path, like a static host would: directory
// index.html, the site's 404.html with status 404, and nothing outside the folder.
// Usage: node scripts/serve.mjs DIR PORT [BASE]
import { createServer } from "node:http";
import { createReadStream, existsSync, statSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { createGzip } from "node:zlib";

const [dirArg = "dist", portArg = "4400", baseArg = "/"] = process.argv.slice(2);
const root = resolve(dirArg);
const base = `/${baseArg.replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
const types = {
  ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".mjs": "text/javascript",
  ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".woff2": "font/woff2",
  ".xml": "application/xml", ".txt": "text/plain; charset=utf-8", ".tsv": "text/tab-separated-values; charset=utf-8",
  ".wasm": "application/wasm", ".pf_meta": "application/octet-stream", ".ico": "image/x-icon",
  ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif", ".webp": "image/webp", ".avif": "image/avif",
  ".ogg": "audio/ogg", ".mp3": "audio/mpeg", ".wav": "audio/wav", ".m4a": "audio/mp4", ".mp4": "video/mp4", ".webm": "video/webm",
  ".pdf": "application/pdf",
};

function fileFor(pathname) {
  if (!pathname.startsWith(base)) return null;
  const rel = normalize(decodeURIComponent(pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, "");
  const candidate = join(root, rel);
  if (!candidate.startsWith(root)) return null;
  if (existsSync(candidate) && statSync(candidate).isDirectory()) {
    const index = join(candidate, "index.html");
    return existsSync(index) && pathname.endsWith("/") ? index : null;
  }
  return existsSync(candidate) ? candidate : null;
}

createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  let file = null;
  try {
    file = fileFor(url.pathname);
  } catch {
    file = null;
  }
  if (!file && existsSync(join(root, url.pathname.slice(base.length))) && !url.pathname.endsWith("/")) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const status = file ? 200 : 404;
  const body = file ?? join(root, "404.html");
  if (!existsSync(body)) {
    res.writeHead(404).end("Not found");
    return;
  }
  const type = types[extname(body)] ?? "application/octet-stream";
  // Compress text like any static host does, so page-weight and Lighthouse figures are real.
  const gzip = /gzip/.test(req.headers["accept-encoding"] ?? "") && /text|javascript|json|xml|svg|wasm|pf_meta/.test(type + extname(body));
  res.writeHead(status, { "content-type": type, "cache-control": "no-cache", ...(gzip ? { "content-encoding": "gzip", vary: "accept-encoding" } : {}) });
  const stream = createReadStream(body);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
}).listen(Number(portArg), "127.0.0.1", () => {
  console.log(`Serving ${root} at http://127.0.0.1:${portArg}${base}`);
});
