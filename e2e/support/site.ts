import { readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test as base, type Page } from "@playwright/test";

/** The seed notes, by slug, with the title each page must show. */
export const SEED_NOTES = {
  "aws-data-pipeline-lecture": "데이터 파이프라인과 AI 알고리즘의 AWS 활용",
  "aws-etl-pipeline-services": "AWS ETL 서비스와 데이터 파이프라인 구성",
  "aws-glue-serverless-etl": "AWS Glue - 서버리스 ETL 서비스와 다양한 데이터 소스 통합",
  "data-pipeline-lambda-integration": "AWS Data Pipeline와 Lambda 함수 통합을 통한 ETL 워크플로우",
  "datalake-glue-serverless-etl": "AWS 서버리스 데이터레이크와 이벤트 기반 ETL 파이프라인",
} as const;

export { KB_ORIGIN, VARIANTS_ORIGIN } from "./ports";

/** Every test fails if the page logs a console error or throws. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (msg) => {
        // A real vault may embed pictures from the web, which this offline machine cannot fetch.
        const resource = msg.location().url;
        const external = resource !== "" && !/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(resource);
        if (msg.type() === "error" && !external) errors.push(`${page.url()}: ${msg.text()}`);
      });
      page.on("pageerror", (err) => errors.push(`${page.url()}: ${err.message}`));
      await use(errors);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => join(e.parentPath, e.name));
}

export async function gotoNote(page: Page, slug: string): Promise<void> {
  await page.goto(`/notes/${slug}/`);
}
