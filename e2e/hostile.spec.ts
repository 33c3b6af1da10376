import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { validateRss } from "../src/lib/seo/rss-validate";
import { checkInternalLinks } from "./support/crawl";
import { HOSTILE_ORIGIN } from "./support/ports";
import { expect, htmlFiles, test } from "./support/site";

/**
 * The hostile vault (e2e/fixtures/hostile, built by `npm run build:hostile` into dist-hostile):
 * XSS payloads in every field, broken YAML and encodings, reserved characters and over-long names,
 * symlinks, NFC/NFD twins, a diagram over Mermaid's limit. Every note publishes or is reported with
 * its file (and line); nothing the notes wrote runs in a reader's browser.
 */
const DIR = "dist-hostile";
const TEXT = /\.(html|xml|json|txt|css|js|tsv|svg|webmanifest)$|_redirects$|_headers$/;

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}
const rel = (file: string) => relative(DIR, file).split(sep).join("/");
const pageUrl = (file: string) => `${HOSTILE_ORIGIN}/${rel(file).replace(/(^|\/)index\.html$/, "$1")}`;

test("no NUL or other control character, and no localhost, in any output file", () => {
  const bad: string[] = [];
  for (const file of files(DIR).filter((f) => TEXT.test(f))) {
    const text = readFileSync(file, "utf8");
    // eslint-disable-next-line no-control-regex
    const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.exec(text);
    if (control) bad.push(`${rel(file)}: U+${control[0].charCodeAt(0).toString(16).padStart(4, "0")} at ${control.index}`);
    if (/localhost/i.test(text)) bad.push(`${rel(file)}: localhost`);
  }
  expect(bad).toEqual([]);
});

test("every internal link of every page reaches a built file, and every note page is reachable from the home page", async ({ request }) => {
  const links = checkInternalLinks(DIR, "/");
  expect(links.checked).toBeGreaterThan(50);
  expect(links.broken).toEqual([]);

  // Crawl over HTTP the way a reader's browser would (the static server decodes like a host).
  const seen = new Set<string>();
  const queue = [`${HOSTILE_ORIGIN}/`];
  const failed: string[] = [];
  while (queue.length > 0) {
    const url = queue.shift() as string;
    if (seen.has(url)) continue;
    seen.add(url);
    const response = await request.get(url);
    if (response.status() !== 200) {
      failed.push(`${url} → ${response.status()}`);
      continue;
    }
    if (!(response.headers()["content-type"] ?? "").includes("html")) continue;
    for (const m of (await response.text()).matchAll(/<a\s[^>]*?href="([^"#]+)[^"]*"/g)) {
      const next = new URL((m[1] ?? "").replaceAll("&amp;", "&"), url);
      if (next.origin === HOSTILE_ORIGIN && !/\.(tsv|json|xml|png|pdf)$/.test(next.pathname)) queue.push(next.toString());
    }
  }
  expect(failed).toEqual([]);
  const notePages = htmlFiles(DIR)
    .filter((f) => rel(f).startsWith("notes/") && readFileSync(f, "utf8").includes("data-note-body"))
    .map((f) => new URL(pageUrl(f)).pathname);
  const reached = new Set([...seen].map((u) => decodeURIComponent(new URL(u).pathname)));
  expect(notePages.length).toBeGreaterThan(15);
  expect(notePages.filter((p) => !reached.has(decodeURIComponent(p)))).toEqual([]);
});

test("no script from a note runs on any page, nor from search results", async ({ page }) => {
  test.slow();
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  // What the notes wrote is still there, as text or harmless HTML: checked in the DOM the browser built.
  const bad: string[] = [];
  for (const file of htmlFiles(DIR)) {
    await page.goto(pageUrl(file), { waitUntil: "load" });
    // Hover, focus and click everything a note could have put a handler on (events that do not navigate).
    await page.locator("[data-note-body] *").evaluateAll((els) => {
      for (const el of els) for (const type of ["mouseover", "focus", "click"]) if (!(el instanceof HTMLAnchorElement)) el.dispatchEvent(new Event(type));
    });
    // Link previews (fetched JSON put into the page) and /quiz/'s cards (built in the browser) too.
    const links = page.locator("[data-note-body] a[href*='/notes/']");
    for (let i = 0; i < Math.min(await links.count(), 3); i++) {
      await links.nth(i).focus();
      await page.waitForTimeout(600);
    }
    if (rel(file) === "quiz/index.html") {
      await page.locator("main button:visible").evaluateAll((buttons) => buttons.forEach((b) => (b as HTMLButtonElement).click()));
      await page.waitForTimeout(500);
    }
    const found = await page.evaluate(() => {
      const out: string[] = [];
      for (const el of document.querySelectorAll("article *")) {
        if (el.localName === "script" && !((el as HTMLScriptElement).type === "module")) out.push(`<script> ${el.textContent?.slice(0, 40)}`);
        for (const attr of el.attributes) {
          if (/^on/i.test(attr.name)) out.push(`${el.localName} ${attr.name}`);
          if (/^(href|src|action|formaction|xlink:href|data|srcdoc)$/i.test(attr.name) && /^\s*(javascript|vbscript|data:text)/i.test(attr.value)) out.push(`${el.localName} ${attr.name}=${attr.value.slice(0, 40)}`);
        }
      }
      return out;
    });
    for (const f of found) bad.push(`${rel(file)}: ${f}`);
  }
  await page.goto(`${HOSTILE_ORIGIN}/search/?q=alert`);
  await expect(page.locator("[data-search-results] a").first()).toBeVisible();
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  expect(bad).toEqual([]);
});

test("every warning names its file, and a line when it is about a place in the note", () => {
  const warnings = JSON.parse(readFileSync(join(DIR, "_build/warnings.json"), "utf8")) as { kind: string; file: string; line?: number; message: string }[];
  expect(warnings.length).toBeGreaterThan(10);
  for (const w of warnings) {
    expect(w.file, JSON.stringify(w)).toMatch(/\S/);
    // "file" warnings are about the file itself (a symlink loop, an NFC/NFD twin), "route" ones about
    // its name (unless a frontmatter slug or permalink made the URL): there is no line to name.
    if (w.kind !== "file" && w.kind !== "route") expect(w.line, JSON.stringify(w)).toBeGreaterThan(0);
  }
  const text = warnings.map((w) => `[${w.kind}] ${w.file}${w.line === undefined ? "" : `:${w.line}`}: ${w.message}`).join("\n");
  expect(text).toMatch(/\[frontmatter\] broken-yaml\.md:4: /);
  expect(text).toMatch(/\[frontmatter\] list-title\.md:2: /);
  expect(text).toMatch(/\[encoding\] invalid-utf8\.md:4: not valid UTF-8 at byte \d+/);
  expect(text).toMatch(/\[encoding\] control-chars\.md:1: /);
  expect(text).toMatch(/\[diagram\] mermaid-huge\.md:3: .*too large/);
  expect(text).toMatch(/\[diagram\] mermaid-long\.md:3: .*too large: \d+ lines/);
  expect(text).toMatch(/\[html\] xss\.md:\d+: raw HTML: <script> removed/);
  expect(text).toMatch(/\[file\] 충돌\.md: .*NFC\/NFD/);
  // Two names, one URL: the second gets a suffix and the warning names both files.
  expect(text).toMatch(/\[route\] 노트-1\.md: its URL \/notes\/노트-1\/ is already 노트 \(1\)\.md's; published at \/notes\/노트-1-2\/ instead/);
});

test("hostile notes publish correctly: titles, tags, encodings, feeds", async ({ page, request }) => {
  const title = async (path: string) => {
    await page.goto(`${HOSTILE_ORIGIN}${path}`);
    return page.locator("h1").first().textContent();
  };
  expect(await title("/notes/number-title/")).toBe("1.10");
  expect(await title("/notes/list-title/")).toBe("My Note");
  expect(await title("/notes/broken-yaml/")).toBe("깨진 YAML 노트");
  expect(await title("/notes/utf16/")).toBe("UTF-16 노트");
  expect(await title("/notes/utf16be/")).toBe("UTF-16 BE");
  expect(await title("/notes/ext/")).toBe("Markdown ext");
  expect(await title("/notes/linked/")).toBe("Symlink target");
  // The alias `0x1F` kept as typed (not 31): its redirect page lands on the note.
  await page.goto(`${HOSTILE_ORIGIN}/notes/0x1f/`);
  await page.waitForURL(/\/notes\/number-title\/$/);

  // Plain text from the parsed tree: nothing inside < > lost, & escaped once.
  await page.goto(`${HOSTILE_ORIGIN}/notes/plain-title/`);
  await expect(page).toHaveTitle(/^List<String> 과 Map<K,V> 그리고 a < b > c & AT&T/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", "x<y 이고 y>z");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /List<String> 과 Map<K,V> 그리고 a < b > c & AT&T/);

  // Tags with ? # % & reach their pages, and every tag page lists the note.
  await page.goto(`${HOSTILE_ORIGIN}/notes/tags-reserved/`);
  const tagLinks = await page.locator('[aria-label="태그"] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(tagLinks.length).toBeGreaterThanOrEqual(5);
  for (const href of tagLinks) {
    await page.goto(href);
    await expect(page.locator("main")).toContainText("예약 문자 태그");
  }

  // The apostrophe link resolves; the huge diagram is shown as its source.
  await page.goto(`${HOSTILE_ORIGIN}/notes/apostrophe-link/`);
  await expect(page.locator("[data-note-body] a.wikilink")).toHaveAttribute("href", "/notes/kinesis-s-limits/");
  await page.goto(`${HOSTILE_ORIGIN}/notes/mermaid-huge/`);
  await expect(page.locator("[data-note-body] pre")).toContainText("flowchart TD");
  await expect(page.locator("[data-note-body] svg")).toHaveCount(0);

  const rss = await (await request.get(`${HOSTILE_ORIGIN}/rss.xml`)).text();
  expect(validateRss(rss)).toEqual([]);
  expect(rss).toContain("<title>UTF-16 노트</title>");
});

test("under STRICT=1 the same vault fails the build, naming a note", () => {
  test.setTimeout(240_000);
  const run = spawnSync("npm", ["run", "build"], {
    env: { ...process.env, STRICT: "1", NOTES_DIR: "e2e/fixtures/hostile", OUT_DIR: "dist-hostile-strict", SITE_URL: "https://example.org/" },
    encoding: "utf8",
    timeout: 230_000,
  });
  expect(run.status).not.toBe(0);
  expect(`${run.stdout}${run.stderr}`).toMatch(/strict: \d+ warning\(s\); the first: [^\s:]+(?::\d+)?: /);
});
