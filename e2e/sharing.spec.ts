import { readFileSync } from "node:fs";
import { expect, KB_ORIGIN, SEED_NOTES, test } from "./support/site";

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

test.describe("social cards, feeds and meta", () => {
  test("every kind of page has canonical, Open Graph and Twitter meta", async ({ page }) => {
    for (const path of ["/", `/notes/${NOTE}/`, "/tags/service/glue/"]) {
      await page.goto(path);
      const meta = (sel: string) => page.locator(sel).getAttribute("content");
      expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(`http://localhost:4321${path}`);
      expect(await meta('meta[property="og:url"]')).toBe(`http://localhost:4321${path}`);
      expect(await meta('meta[property="og:title"]')).toBeTruthy();
      expect(await meta('meta[property="og:description"]')).toBeTruthy();
      expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
      expect(await meta('meta[property="og:image"]')).toMatch(/^http:\/\/localhost:4321\/og(\/[^/]+)?\.png$/);
    }
  });

  test("a note's og:image is its own 1200×630 PNG card", async ({ page, request }) => {
    await page.goto(`/notes/${NOTE}/`);
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toBe(`http://localhost:4321/og/${NOTE}.png`);
    const png = await (await request.get(new URL(image ?? "").pathname)).body();
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });

  test("the RSS feed is well-formed XML with every note, newest first", async ({ page, request }) => {
    const xml = await (await request.get("/rss.xml")).text();
    await page.goto("/");
    const items = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      if (doc.querySelector("parsererror")) return null;
      return [...doc.querySelectorAll("item")].map((i) => i.querySelector("link")?.textContent ?? "");
    }, xml);
    // Dated notes newest first, then the undated ones by Korean title order, as on the home page.
    expect(items).toEqual([
      "http://localhost:4321/notes/data-pipeline-lambda-integration/",
      "http://localhost:4321/notes/aws-etl-pipeline-services/",
      "http://localhost:4321/notes/datalake-glue-serverless-etl/",
      "http://localhost:4321/notes/aws-data-pipeline-lecture/",
      "http://localhost:4321/notes/aws-glue-serverless-etl/",
    ]);
    expect(items).toHaveLength(Object.keys(SEED_NOTES).length);
  });

  test("the sitemap lists every note and no page marked noindex (alias and tag-synonym redirects)", async () => {
    for (const [dir, base] of [["dist", "/"], ["dist-kb", "/kb/"]] as const) {
      const index = readFileSync(`${dir}/sitemap-index.xml`, "utf8");
      expect(index).toContain("sitemap-0.xml");
      const sitemap = readFileSync(`${dir}/sitemap-0.xml`, "utf8");
      for (const slug of Object.keys(SEED_NOTES)) expect(sitemap).toContain(`<loc>http://localhost:4321${base}notes/${slug}/</loc>`);
      // glue-crawler is an alias of a seed note: its page exists, as a redirect, but is not listed.
      expect(readFileSync(`${dir}/notes/glue-crawler/index.html`, "utf8")).toContain('<meta name="robots" content="noindex"');
      const listed = [...sitemap.matchAll(/<loc>http:\/\/localhost:4321([^<]*)<\/loc>/g)].map((m) => (m[1] ?? "").slice(base.length - 1));
      expect(listed.length).toBeGreaterThan(20);
      for (const path of listed) {
        const html = readFileSync(`${dir}${decodeURIComponent(path)}index.html`, "utf8");
        expect(html, path).not.toContain('name="robots" content="noindex"');
      }
      expect(listed).not.toContain("/search/");
    }
  });

  test("under /kb/ the feed, cards and canonical links carry the base path", async ({ request }) => {
    const xml = await (await request.get(`${KB_ORIGIN}/kb/rss.xml`)).text();
    expect(xml).toContain("<link>http://localhost:4321/kb/notes/aws-glue-serverless-etl/</link>");
    const html = await (await request.get(`${KB_ORIGIN}/kb/notes/${NOTE}/`)).text();
    expect(html).toContain(`<meta property="og:image" content="http://localhost:4321/kb/og/${NOTE}.png"`);
    expect(html).toContain(`<link rel="canonical" href="http://localhost:4321/kb/notes/${NOTE}/"`);
    expect((await request.get(`${KB_ORIGIN}/kb/og/${NOTE}.png`)).status()).toBe(200);
  });
});
