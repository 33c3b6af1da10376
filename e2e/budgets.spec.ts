import { gzipSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { ui } from "../src/i18n/ui";
import { SEED_NOTES, expect, test } from "./support/site";
import { PER_QUERY_FILE, WEIGHT_BUDGET } from "./support/budgets";

/**
 * Page-weight budgets of issue 7 on the seed site. Sizes only, never times: a byte count is the same
 * on every machine, so a change that adds weight fails here with the numbers (npm run bench has the rest).
 * gzip = each response body compressed with zlib level 6, what a compressing static host sends.
 */
const KB = 1024;
const BUDGET = { ...WEIGHT_BUDGET, noteLinks: 15 };
const NOTE = "aws-glue-serverless-etl";
const QUERY = "데이터레이크";

interface Loaded {
  url: string;
  type: string;
  raw: number;
  gzip: number;
  text?: string;
}

/** Every response from now on, with its body's raw and gzip size; `quiet()` waits for the network to rest. */
function recordResponses(page: Page) {
  const entries: Loaded[] = [];
  const reading = new Set<Promise<void>>();
  let inFlight = 0;
  let lastActivity = Date.now();
  page.on("request", () => {
    inFlight += 1;
    lastActivity = Date.now();
  });
  const done = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = Date.now();
  };
  page.on("requestfinished", done);
  page.on("requestfailed", done);
  page.on("response", (response) => {
    const type = kindOf(response.url(), response.request().resourceType());
    const job: Promise<void> = response
      .body()
      .then(
        (body) => {
          entries.push({ url: response.url(), type, raw: body.length, gzip: gzipSync(body, { level: 6 }).length, ...(type === "js" ? { text: body.toString("utf8") } : {}) });
        },
        () => {
          entries.push({ url: response.url(), type, raw: 0, gzip: 0 }); // redirects have no body
        },
      )
      .finally(() => {
        reading.delete(job);
        lastActivity = Date.now();
      });
    reading.add(job);
  });
  return {
    entries,
    async quiet(): Promise<Loaded[]> {
      await expect
        .poll(async () => {
          await Promise.all([...reading]);
          return inFlight === 0 && reading.size === 0 && Date.now() - lastActivity >= 500;
        }, { intervals: [100], timeout: 20_000 })
        .toBe(true);
      return entries.slice();
    },
  };
}

function kindOf(url: string, resourceType: string): string {
  const path = new URL(url).pathname;
  if (resourceType === "document") return "html";
  if (resourceType === "stylesheet" || path.endsWith(".css")) return "css";
  if (resourceType === "script" || /\.m?js$/.test(path)) return "js";
  if (resourceType === "font") return "font";
  if (resourceType === "image") return "image";
  return "data";
}

const sum = (entries: readonly Loaded[], type?: string) => entries.filter((e) => !type || e.type === type).reduce((n, e) => n + e.gzip, 0);
const kib = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** The numbers, printed with every failure: URL, type, raw and gzip size per request, and totals per type. */
function weightTable(title: string, entries: readonly Loaded[]): string {
  const rows = entries.map((e) => `  ${new URL(e.url).pathname.padEnd(72)} ${e.type.padEnd(5)} ${kib(e.raw).padStart(9)} ${kib(e.gzip).padStart(9)}`);
  const types = [...new Set(entries.map((e) => e.type))].map((t) => `${t} ${kib(sum(entries, t))}`).join(", ");
  return `\n${title}\n  ${"URL".padEnd(72)} ${"type".padEnd(5)} ${"raw".padStart(9)} ${"gzip".padStart(9)}\n${rows.join("\n")}\n  total ${kib(sum(entries))} gzip in ${entries.length} requests (${types})\n`;
}

/** Chunks the page's scripts load only on demand (targets of dynamic import()), as absolute URLs. */
function lazyChunks(scripts: readonly Loaded[]): Set<string> {
  const lazy = new Set<string>();
  for (const script of scripts) {
    for (const match of (script.text ?? "").matchAll(/\bimport\(\s*[`'"]([^`'"$]+)[`'"]\s*\)/g)) lazy.add(new URL(match[1] ?? "", script.url).href);
  }
  return lazy;
}

async function openSearchAndQuery(page: Page, query: string): Promise<void> {
  await page.locator("body").press("/");
  const dialog = page.locator("dialog[open]");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("combobox").fill(query);
  await expect(dialog.getByRole("option").first()).toBeVisible({ timeout: 15_000 });
}

test.describe("page-weight budgets (seed site)", () => {
  test("a note page before search: JS ≤ 10 KB and CSS ≤ 25 KB gzip, no diagram or search code", async ({ page }) => {
    const recorder = recordResponses(page);
    await page.goto(`/notes/${NOTE}/`);
    const loaded = await recorder.quiet();
    const html = loaded.find((e) => e.type === "html");
    const table = weightTable(`/notes/${NOTE}/ before search is opened`, loaded);

    expect.soft(sum(loaded, "js"), `JavaScript over ${kib(BUDGET.js)} gzip${table}`).toBeLessThanOrEqual(BUDGET.js);
    expect.soft(sum(loaded, "css"), `CSS over ${kib(BUDGET.css)} gzip${table}`).toBeLessThanOrEqual(BUDGET.css);

    // The search opener may have "search" in its file name; what must wait for the reader is Mermaid,
    // Pagefind, and the chunks the opener imports on demand.
    const pageSource = await (await page.request.get(`/notes/${NOTE}/`)).text();
    const lazy = lazyChunks(loaded.filter((e) => e.type === "js"));
    const eager = loaded.filter((e) => {
      const path = new URL(e.url).pathname;
      const linkedFromHtml = pageSource.includes(`"${path}"`);
      return /mermaid|pagefind/i.test(path) || lazy.has(e.url) || (/search/i.test(path) && !linkedFromHtml);
    });
    expect(eager.map((e) => e.url), `diagram or search code requested before search was opened${table}`).toEqual([]);
    expect(html, "the note page itself was loaded").toBeDefined();
  });

  test("opening search costs ≤ 100 KB gzip once, a query ≤ 150 KB, and the search code loads once", async ({ page }) => {
    const recorder = recordResponses(page);
    await page.goto(`/notes/${NOTE}/`);
    const before = await recorder.quiet();
    const lazy = lazyChunks(before.filter((e) => e.type === "js"));

    await openSearchAndQuery(page, QUERY);
    const afterFirst = await recorder.quiet();
    const search = afterFirst.slice(before.length);
    const table = weightTable(`opening search and searching “${QUERY}”`, search);
    expect(search.length, `opening search loaded nothing: is the search code on every page?${table}`).toBeGreaterThan(0);
    expect(search.some((e) => lazy.has(e.url) || /pagefind/.test(e.url)), `search code came from elsewhere${table}`).toBe(true);
    // Soft: the reopening check below still runs and reports when a budget is missed.
    const perQuery = search.filter((e) => PER_QUERY_FILE.test(new URL(e.url).pathname));
    expect.soft(sum(search) - sum(perQuery), `opening search (code, runtime, index metadata) over ${kib(BUDGET.searchOpen)} gzip${table}`).toBeLessThanOrEqual(BUDGET.searchOpen);
    expect.soft(sum(perQuery), `one query over ${kib(BUDGET.searchQuery)} gzip${table}`).toBeLessThanOrEqual(BUDGET.searchQuery);

    // Closing and reopening search must not fetch its code or Pagefind's runtime again.
    await page.locator("dialog[open]").getByRole("button", { name: ui.searchClose }).click();
    await expect(page.locator("dialog[open]")).toHaveCount(0);
    await openSearchAndQuery(page, "람다");
    const again = (await recorder.quiet()).slice(afterFirst.length);
    const code = new Set(search.filter((e) => e.type === "js" || /\.(wasm|pagefind)$/.test(new URL(e.url).pathname)).map((e) => e.url));
    expect(again.filter((e) => code.has(e.url)).map((e) => e.url), `search code fetched twice${weightTable("second search", again)}`).toEqual([]);
  });

  test("note pages carry no whole-site data: few links to notes, no element listing every note", async ({ page }) => {
    const allNotes = Object.keys(SEED_NOTES);
    for (const slug of allNotes) {
      await page.goto(`/notes/${slug}/`);
      // getAttribute, not .href: the local graph's links are SVG <a> elements, whose href is not a string.
      const links = await page.locator('a[href*="/notes/"]').evaluateAll((anchors) => anchors.map((a) => new URL(a.getAttribute("href") ?? "", location.href).pathname));
      expect(links.length, `/notes/${slug}/ links to notes ${links.length} times:\n  ${links.join("\n  ")}`).toBeLessThanOrEqual(BUDGET.noteLinks);

      // The element whose links cover the most distinct notes (a navigation listing every note would
      // cover them all, including the page's own).
      const widest = await page.evaluate((notes) => {
        let best = { tag: "", count: 0 };
        for (const element of document.body.querySelectorAll("*")) {
          const covered = new Set<string>();
          for (const a of element.querySelectorAll('a[href*="/notes/"]')) {
            const target = new URL(a.getAttribute("href") ?? "", location.href).pathname.split("/").filter(Boolean).at(-1) ?? "";
            if (notes.includes(target)) covered.add(target);
          }
          if (covered.size > best.count) best = { tag: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}${element.className ? `.${String(element.className).split(" ")[0]}` : ""}`, count: covered.size };
        }
        return best;
      }, allNotes);
      expect(widest.count, `/notes/${slug}/: <${widest.tag}> links to ${widest.count} of the ${allNotes.length} notes`).toBeLessThan(allNotes.length);
    }
  });
});
