import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateRss } from "../src/lib/seo/rss-validate";
import { expect, KB_ORIGIN, SEED_NOTES, test } from "./support/site";

const outputFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));

const NOTE = "aws-glue-serverless-etl";

test.describe("sharing", () => {
  test("a heading's link button copies the heading URL and says so", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    await page.goto(`${baseURL}/notes/${NOTE}/`);
    const heading = page.locator("h3#아키텍처-플로우");
    await heading.hover();
    const anchor = heading.locator("a.heading-anchor");
    await expect(anchor).toHaveAttribute("data-copy-link", "");
    await anchor.click();
    await expect(page.locator("[data-toast]")).toHaveText("링크를 복사했습니다");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(decodeURIComponent(copied)).toBe(`${baseURL}/notes/${NOTE}/#아키텍처-플로우`);
    await expect(page).toHaveURL(/#/);
    await context.close();
  });

  test("the share button copies the page link where the Web Share API is missing", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    await page.addInitScript(() => Object.defineProperty(navigator, "share", { value: undefined }));
    await page.goto(`${baseURL}/notes/${NOTE}/#아키텍처-플로우`);
    await page.getByRole("button", { name: "공유" }).click();
    await expect(page.locator("[data-toast]")).toHaveText("링크를 복사했습니다");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/notes/${NOTE}/`);
    await context.close();
  });

  test("the share button uses the Web Share API where the browser has it", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "share", {
        value: (data: ShareData) => {
          (window as unknown as { shared: ShareData }).shared = data;
          return Promise.resolve();
        },
      });
    });
    await page.goto(`/notes/${NOTE}/`);
    await page.getByRole("button", { name: "공유" }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared?: ShareData }).shared);
    expect(shared).toEqual({ title: SEED_NOTES[NOTE], url: expect.stringMatching(new RegExp(`/notes/${NOTE}/$`)) as unknown as string });
  });

  test("a cancelled share sheet stays silent; a refused share falls back to copying", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { shareError: string };
      w.shareError = "AbortError";
      Object.defineProperty(navigator, "share", { value: () => Promise.reject(new DOMException("no", w.shareError)) });
    });
    await page.goto(`${baseURL}/notes/${NOTE}/`);
    const toast = page.locator("[data-toast]");
    // The live region is there before anything is announced in it.
    await expect(toast).toHaveAttribute("role", "status");
    await page.getByRole("button", { name: "공유" }).click();
    await page.waitForTimeout(300);
    await expect(toast).toHaveText("");
    await page.evaluate(() => ((window as unknown as { shareError: string }).shareError = "NotAllowedError"));
    await page.getByRole("button", { name: "공유" }).click();
    await expect(toast).toHaveText("링크를 복사했습니다");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/notes/${NOTE}/`);
    await context.close();
  });
});

/** The /kb/ site is built with SITE_URL=https://example.org/kb/ (package.json build:kb). */
const SITE = "https://example.org/kb/";

test.describe("social cards, feeds and meta", () => {
  test("every kind of page has canonical, Open Graph and Twitter meta under the site URL", async ({ page }) => {
    for (const path of ["", `notes/${NOTE}/`, "tags/service/glue/"]) {
      await page.goto(`${KB_ORIGIN}/kb/${path}`);
      const meta = (sel: string) => page.locator(sel).getAttribute("content");
      expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(`${SITE}${path}`);
      expect(await meta('meta[property="og:url"]')).toBe(`${SITE}${path}`);
      expect(await meta('meta[property="og:title"]')).toBeTruthy();
      expect(await meta('meta[property="og:description"]')).toBeTruthy();
      expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
      expect(await meta('meta[property="og:image"]')).toMatch(/^https:\/\/example\.org\/kb\/og(\/[^/]+)?\.png$/);
    }
  });

  test("a note's og:image is its own 1200×630 PNG card", async ({ page, request }) => {
    await page.goto(`${KB_ORIGIN}/kb/notes/${NOTE}/`);
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toBe(`${SITE}og/${NOTE}.png`);
    const png = await (await request.get(`${KB_ORIGIN}${new URL(image ?? "").pathname}`)).body();
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });

  test("the RSS feed is valid RSS 2.0 with a self link, a date on every item, newest first", async ({ request }) => {
    const xml = await (await request.get(`${KB_ORIGIN}/kb/rss.xml`)).text();
    expect(validateRss(xml, { selfUrl: `${SITE}rss.xml`, requireItemDates: true })).toEqual([]);
    const items = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]*)<\/link>/g)].map((m) => m[1]);
    // Dated notes newest first, then the undated ones (dated by their file) after them.
    expect(items.slice(0, 3)).toEqual([
      `${SITE}notes/data-pipeline-lambda-integration/`,
      `${SITE}notes/aws-etl-pipeline-services/`,
      `${SITE}notes/datalake-glue-serverless-etl/`,
    ]);
    expect(items).toHaveLength(Object.keys(SEED_NOTES).length);
  });

  test("the sitemap lists every note and no page marked noindex (alias and tag-synonym redirects)", async () => {
    const index = readFileSync("dist-kb/sitemap-index.xml", "utf8");
    expect(index).toContain("sitemap-0.xml");
    const sitemap = readFileSync("dist-kb/sitemap-0.xml", "utf8");
    for (const slug of Object.keys(SEED_NOTES)) expect(sitemap).toContain(`<loc>${SITE}notes/${slug}/</loc>`);
    // glue-crawler is an alias of a seed note: its page exists, as a redirect, but is not listed.
    expect(readFileSync("dist-kb/notes/glue-crawler/index.html", "utf8")).toContain('<meta name="robots" content="noindex"');
    const listed = [...sitemap.matchAll(/<loc>https:\/\/example\.org\/kb\/([^<]*)<\/loc>/g)].map((m) => m[1] ?? "");
    expect(listed.length).toBeGreaterThan(20);
    for (const path of listed) {
      const html = readFileSync(`dist-kb/${decodeURIComponent(path)}index.html`, "utf8");
      expect(html, path).not.toContain('name="robots" content="noindex"');
    }
    expect(listed).not.toContain("search/");
  });

  test("a site built without a site URL writes no made-up origin anywhere: no localhost, no canonical, no feed", () => {
    const offenders = outputFiles("dist").filter((file) => /\.(html|xml|json|tsv|txt|js|css)$/.test(file) && readFileSync(file, "utf8").includes("localhost"));
    expect(offenders).toEqual([]);
    expect(readFileSync(`dist/notes/${NOTE}/index.html`, "utf8")).not.toContain('rel="canonical"');
    expect(existsSync("dist/rss.xml")).toBe(false);
    expect(existsSync("dist/sitemap-index.xml")).toBe(false);
  });
});
