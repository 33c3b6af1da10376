// Shared helpers of the benchmark: paths, statistics, a static server for a built folder,
// the browser, and response accounting (raw and gzip bytes per resource type).
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { CHROMIUM_ARGS, findChromium } from "../../src/lib/diagrams/chromium.ts";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export { CHROMIUM_ARGS };
export const CHROMIUM_PATH = findChromium();
/** A seed note with a diagram, tags, a quiz and related notes: the typical heavy page. */
export const SEED_NOTE = "aws-glue-serverless-etl";

export const log = (message) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

export function median(values) {
  const xs = values.filter((v) => typeof v === "number" && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return undefined;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Serves DIR with scripts/serve.mjs (the server the e2e tests use) on a free port. */
export async function serve(dir, base = "/") {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, "scripts", "serve.mjs"), dir, String(port), base], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise((ready, fail) => {
    child.stdout.on("data", (chunk) => String(chunk).includes("Serving") && ready());
    child.on("exit", (code) => fail(new Error(`serve.mjs exited with ${code}`)));
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path = "") => `${origin}${base}${path.replace(/^\//, "")}`,
    close: () => new Promise((done) => { child.once("exit", done); child.kill(); }),
  };
}

export async function launchBrowser() {
  const { chromium } = await import("playwright");
  return chromium.launch({ ...(CHROMIUM_PATH ? { executablePath: CHROMIUM_PATH } : {}), args: CHROMIUM_ARGS });
}

/** The resource kinds of the page-weight tables, from Playwright's resource type and the URL. */
export function resourceKind(url, resourceType) {
  const path = new URL(url).pathname;
  if (/\/pagefind\//.test(path)) return /\.(js|mjs)$/.test(path) ? "js" : "search data";
  if (resourceType === "document") return "html";
  if (resourceType === "stylesheet" || path.endsWith(".css")) return "css";
  if (resourceType === "script" || /\.(js|mjs)$/.test(path)) return "js";
  if (resourceType === "font" || /\.(woff2?|ttf|otf)$/.test(path)) return "font";
  if (resourceType === "image" || /\.(png|svg|jpe?g|webp|avif|gif|ico)$/.test(path)) return "image";
  return "other";
}

export const KINDS = ["html", "css", "js", "font", "image", "search data", "other"];

/**
 * Records every response of a page from now on: URL, kind, raw body bytes and the body's gzip size
 * (zlib level 6, what a typical static host sends); scripts keep their text so lazy chunks can be
 * found. `quiet(ms)` waits until no request has been in flight for `ms`.
 */
export function recordResponses(page) {
  const entries = [];
  const pending = new Set();
  let inFlight = 0;
  let lastActivity = Date.now();
  let recording = true;
  const onRequest = () => {
    inFlight += 1;
    lastActivity = Date.now();
  };
  const onDone = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = Date.now();
  };
  const onResponse = (response) => {
    if (!recording) return;
    const request = response.request();
    const kind = resourceKind(response.url(), request.resourceType());
    const base = { url: response.url(), kind, status: response.status() };
    const job = response.body().then(
      (body) => entries.push({ ...base, raw: body.length, gzip: gzipSync(body, { level: 6 }).length, ...(kind === "js" ? { text: body.toString("utf8") } : {}) }),
      () => entries.push({ ...base, raw: 0, gzip: 0 }),
    ).finally(() => {
      pending.delete(job);
      lastActivity = Date.now();
    });
    pending.add(job);
  };
  page.on("request", onRequest);
  page.on("requestfinished", onDone);
  page.on("requestfailed", onDone);
  page.on("response", onResponse);
  const settled = async () => {
    while (pending.size > 0) await Promise.all([...pending]);
    return entries;
  };
  return {
    entries,
    settled,
    /** Index into `entries` to slice what came after a step. */
    mark: () => entries.length,
    async quiet(ms = 500, timeoutMs = 30000) {
      const started = Date.now();
      while (Date.now() - started < timeoutMs) {
        if (inFlight === 0 && pending.size === 0 && Date.now() - lastActivity >= ms) return settled();
        await new Promise((r) => setTimeout(r, 50));
      }
      return settled();
    },
    async stop() {
      recording = false;
      page.off("response", onResponse);
      page.off("request", onRequest);
      page.off("requestfinished", onDone);
      page.off("requestfailed", onDone);
      return settled();
    },
  };
}

/** Targets of dynamic import() in scripts: the chunks a page loads only on demand. */
export function lazyChunks(jsEntries) {
  const lazy = new Set();
  for (const e of jsEntries) {
    if (!e.text) continue;
    for (const m of e.text.matchAll(/\bimport\(\s*[`'"]([^`'"$]+)[`'"]\s*\)/g)) lazy.add(new URL(m[1], e.url).href);
  }
  return lazy;
}

/** Sums per kind: { html: { raw, gzip, count }, …, total: {…} }. */
export function summarize(entries) {
  const out = Object.fromEntries([...KINDS, "total"].map((k) => [k, { raw: 0, gzip: 0, count: 0 }]));
  for (const e of entries) {
    for (const key of [e.kind, "total"]) {
      out[key].raw += e.raw;
      out[key].gzip += e.gzip;
      out[key].count += 1;
    }
  }
  return out;
}

/** Median, per kind and field, of several summaries. */
export function medianSummary(summaries) {
  const out = {};
  for (const key of [...KINDS, "total"]) {
    out[key] = {};
    for (const field of ["raw", "gzip", "count"]) out[key][field] = median(summaries.map((s) => s[key][field]));
  }
  return out;
}

export const kb = (bytes) => (bytes === undefined ? "—" : `${(bytes / 1024).toFixed(1)} KB`);
export const mb = (bytes) => (bytes === undefined ? "—" : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/**
 * Opens the header search the way a reader does (the "/" shortcut, else the header button) and
 * returns the open dialog's input, result list and status elements as locators.
 */
export async function openSearch(page) {
  await page.locator("body").press("/");
  let dialog = page.locator("dialog[open]");
  if ((await dialog.count()) === 0) {
    await page.locator("header").getByRole("button", { name: /검색|search/i }).first().click();
    dialog = page.locator("dialog[open]");
  }
  await dialog.first().waitFor({ state: "visible", timeout: 10000 });
  return {
    dialog: dialog.first(),
    input: dialog.first().locator("input[type=search], [role=combobox]").first(),
    results: dialog.first().locator("[role=listbox]").first(),
  };
}

/** A fresh Korean-locale page on `site` at `path`, recording every response from the start. */
export async function openRecordedPage(browser, site, path) {
  const context = await browser.newContext({ locale: "ko-KR" });
  const page = await context.newPage();
  const recorder = recordResponses(page);
  await page.goto(site.url(path), { waitUntil: "load" });
  return { context, page, recorder };
}
