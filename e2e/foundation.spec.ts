import AxeBuilder from "@axe-core/playwright";
import { expect, SEED_NOTES, test } from "./support/site";

test.describe("home and notes", () => {
  test("home lists every note newest first, and each opens with its title", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    const titles = page.locator("[data-note-list] > li h3 a");
    await expect(titles).toHaveCount(Object.keys(SEED_NOTES).length);
    // modified: 08-20 (lambda), 08-19 (etl), 08-17 (datalake); undated last, by title.
    await expect(titles.nth(0)).toHaveText(SEED_NOTES["data-pipeline-lambda-integration"]);
    await expect(titles.nth(1)).toHaveText(SEED_NOTES["aws-etl-pipeline-services"]);
    await expect(titles.nth(2)).toHaveText(SEED_NOTES["datalake-glue-serverless-etl"]);
    for (const [slug, title] of Object.entries(SEED_NOTES)) {
      await page.goto("/");
      await page.getByRole("link", { name: title, exact: true }).first().click();
      await expect(page).toHaveURL(new RegExp(`/notes/${slug}/$`));
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page.locator("h1")).toHaveText(title);
      await expect(page).toHaveTitle(new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    }
  });

  test("a note shows dates, tag links, aliases, a table of contents and neighbours", async ({ page }) => {
    await page.goto("/notes/datalake-glue-serverless-etl/");
    await expect(page.locator("article time").first()).toHaveText("2025년 8월 17일");
    const tag = page.locator("article header").getByRole("link", { name: "#usecase/datalake" });
    await expect(tag).toHaveAttribute("href", "/tags/usecase/datalake/");
    await expect(page.locator("[data-aliases]")).toContainText("glue-crawler");
    const toc = page.locator("aside [data-toc]");
    await expect(toc.getByRole("link", { name: "아키텍처 플로우" })).toHaveAttribute("href", "#아키텍처-플로우");
    await expect(page.locator("[data-note-nav] a[rel=prev], [data-note-nav] a[rel=next]")).toHaveCount(2);
    // The trailing tag block of another note is not shown as code.
    await page.goto("/notes/aws-glue-serverless-etl/");
    await expect(page.locator("[data-note-body]")).not.toContainText("🏷️ 태그");
  });

  test("heading anchors keep Korean text and scroll to the heading", async ({ page }) => {
    await page.goto("/notes/aws-etl-pipeline-services/");
    const heading = page.locator("h3#아키텍처-플로우");
    await expect(heading).toHaveText("아키텍처 플로우");
    await heading.hover();
    const anchor = heading.locator("a.heading-anchor");
    await expect(anchor).toBeVisible();
    await anchor.click();
    await expect(page).toHaveURL(/#%EC%95%84%ED%82%A4%ED%85%8D%EC%B2%98-%ED%94%8C%EB%A1%9C%EC%9A%B0$|#아키텍처-플로우$/);
    await expect(heading).toBeInViewport();
    // A shared link straight to the heading lands on it.
    await page.goto("/notes/aws-etl-pipeline-services/#trade-offs-고려사항");
    await expect(page.locator("h3#trade-offs-고려사항")).toBeInViewport();
  });

  test("tag pages list the notes with the tag and every tag is listed", async ({ page }) => {
    await page.goto("/tags/");
    await expect(page.locator("[data-tag-index]").getByRole("link", { name: "service", exact: true })).toBeVisible();
    await page.goto("/tags/usecase/datalake/");
    await expect(page.locator("[data-note-list] > li")).toHaveCount(1);
    await expect(page.locator("[data-note-list]")).toContainText(SEED_NOTES["datalake-glue-serverless-etl"]);
  });

  test("an unknown URL gets the Korean 404 page", async ({ page, consoleErrors }) => {
    const response = await page.goto("/notes/no-such-note/");
    expect(response?.status()).toBe(404);
    // The browser logs the 404 document itself; that one is expected.
    const expected = consoleErrors.findIndex((e) => e.includes("status of 404"));
    expect(expected).toBeGreaterThanOrEqual(0);
    consoleErrors.splice(expected, 1);
    await expect(page.locator("h1")).toHaveText("페이지를 찾을 수 없습니다");
  });
});

test.describe("theme", () => {
  test("follows the OS, toggles, and is remembered without a flash", async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: "dark" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await page.getByRole("button", { name: "다크 모드 전환" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    // On the next page the saved theme is set before the first paint: the inline
    // script in <head> runs before the body exists.
    await page.goto("/notes/aws-glue-serverless-etl/");
    const themeAtFirstScript = await page.evaluate(() => document.documentElement.dataset["theme"]);
    expect(themeAtFirstScript).toBe("light");
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg).toBe("rgb(255, 255, 255)");
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    await context.close();
  });

  test("the theme script runs before any stylesheet or body content", async ({ request }) => {
    const html = await (await request.get("/")).text();
    const script = html.indexOf('localStorage.getItem("theme")');
    expect(script).toBeGreaterThan(0);
    expect(script).toBeLessThan(html.indexOf("<body"));
  });
});

test.describe("layout", () => {
  test("readable at 360 px wide without horizontal page scroll", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const path of ["/", "/notes/data-pipeline-lambda-integration/", "/tags/"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  test("nothing moves while a page loads: no font swap, the quiz setup is there from the first paint", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    for (const path of ["/", "/notes/aws-glue-serverless-etl/", "/quiz/"]) {
      await page.goto(path);
      if (path === "/quiz/") await expect(page.locator(`[data-quiz-start="all"]`)).toBeEnabled();
      await page.waitForLoadState("networkidle");
      const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
      expect(shifts, path).toEqual([]);
    }
    await context.close();
  });

  test("print hides navigation", async ({ page }) => {
    await page.goto("/notes/aws-glue-serverless-etl/");
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("header[data-site-header]")).toBeHidden();
    await expect(page.locator("article h1")).toBeVisible();
  });
});

test.describe("accessibility", () => {
  for (const path of ["/", "/notes/aws-glue-serverless-etl/", "/tags/service/", "/tags/"]) {
    for (const scheme of ["light", "dark"] as const) {
      test(`axe finds no violations on ${path} (${scheme})`, async ({ browser }) => {
        const context = await browser.newContext({ colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(path);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
        await context.close();
      });
    }
  }
});
