import { expect, test } from "./support/site";
import { misplacedDiagramLabels } from "../src/lib/diagrams/label-placement";

/** Every seed diagram: the labels it must show and how its accessible name reads. */
const SEED_DIAGRAMS = [
  {
    note: "datalake-glue-serverless-etl",
    index: 0,
    labels: ["S3 Data Lake", "Multiple Data Types", "AWS Glue Crawler", "Schema Discovery", "Glue Data Catalog", "Serverless Metadata Store", "CloudWatch Events", "Crawler Completion", "Lambda Function", "Event Handler", "AWS Glue ETL Job", "Data Processing", "Processed Data", "S3/Data Warehouse"],
    name: /^S3 Data Lake → AWS Glue Crawler → Glue Data Catalog → CloudWatch Events → Lambda Function → AWS Glue ETL Job → Processed Data → S3\/Data Warehouse$/,
  },
  {
    note: "aws-etl-pipeline-services",
    index: 0,
    labels: ["Data Sources", "S3, RDS, DynamoDB", "AWS Glue ETL Job", "Transformed Data", "S3, Redshift", "ML Training/Analysis"],
    name: /^Data Sources → AWS Glue ETL Job → Transformed Data → ML Training\/Analysis$/,
  },
  {
    note: "aws-etl-pipeline-services",
    index: 1,
    labels: ["Real-time Data Streams", "Kinesis Data Analytics", "SQL/Java", "filtering, aggregation, transformation", "Processed Stream Data", "Target Services", "S3, Lambda, Kinesis Firehose"],
    name: /Kinesis Data Analytics .*filtering, aggregation, transformation.*Processed Stream Data/,
  },
  {
    note: "aws-etl-pipeline-services",
    index: 2,
    labels: ["AWS Step Functions", "Multiple Services Coordination", "Error Handling & Retry Logic"],
    name: /^AWS Step Functions → Multiple Services Coordination → Error Handling & Retry Logic$/,
  },
  {
    note: "data-pipeline-lambda-integration",
    index: 0,
    labels: ["Amazon RDS", "원본 데이터", "AWS Data Pipeline", "워크플로우 관리", "스케줄링/모니터링", "AWS Lambda", "데이터 처리", "변환/계산", "Amazon S3", "결과 저장", "최종 데이터"],
    name: /^Amazon RDS → AWS Data Pipeline → AWS Lambda → Amazon S3$/,
  },
  {
    note: "aws-glue-serverless-etl",
    index: 0,
    labels: ["다양한 데이터 소스", "Glue Crawler", "Data Catalog", "메타데이터 저장", "Glue ETL Job", "Apache Spark Engine", "코드 실행", "Target Store", "S3, Redshift, RDS 등"],
    name: /^다양한 데이터 소스 → Glue Crawler → Glue ETL Job → (Apache Spark Engine|Target Store); /,
  },
] as const;

for (const scheme of ["light", "dark"] as const) {
  for (const d of SEED_DIAGRAMS) {
    test(`${d.note} diagram ${d.index + 1} is an SVG with every label (${scheme})`, async ({ browser }, testInfo) => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      await page.goto(`/notes/${d.note}/`);
      const figure = page.locator("figure.flow-diagram").nth(d.index);
      const svg = figure.locator("svg[role=img]");
      await expect(svg).toBeVisible();
      await expect(svg).toHaveAttribute("aria-label", d.name);
      const text = (await svg.textContent()) ?? "";
      for (const label of d.labels) expect(text, label).toContain(label);
      // Colours come from the theme: a node box is drawn in the theme's node colour.
      const fill = await svg.locator(".node rect, .node path, .node polygon").first().evaluate((el) => getComputedStyle(el).fill);
      expect(fill).toBe(scheme === "dark" ? "rgb(35, 40, 55)" : "rgb(243, 245, 251)");
      await testInfo.attach(`${d.note}-${d.index}-${scheme}.png`, { body: await figure.screenshot(), contentType: "image/png" });
      expect(requests.filter((u) => /mermaid/i.test(u))).toEqual([]);
      await context.close();
    });
  }
}

test("every label sits centred inside its node in the reader's own font (the site ships none)", async ({ page }) => {
  const fonts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "font") fonts.push(r.url());
  });
  for (const note of new Set(SEED_DIAGRAMS.map((d) => d.note))) {
    await page.goto(`/notes/${note}/`);
    await expect(page.locator("figure.flow-diagram svg").first()).toBeVisible();
    expect(await page.evaluate(misplacedDiagramLabels, "main"), note).toEqual([]);
  }
  expect(fonts).toEqual([]);
});

test("the original text is one click away under each diagram", async ({ page }) => {
  await page.goto("/notes/aws-glue-serverless-etl/");
  const figure = page.locator("figure.flow-diagram").first();
  const raw = figure.locator("details pre");
  await expect(raw).toBeHidden();
  await figure.getByText("원본 보기").click();
  await expect(raw).toBeVisible();
  await expect(raw).toContainText("[Glue Crawler] → [Data Catalog] (메타데이터 저장)");
});

test("two diagrams on one page share no element id", async ({ page }) => {
  await page.goto("/notes/aws-etl-pipeline-services/");
  await expect(page.locator("figure.flow-diagram")).toHaveCount(3);
  const ids = await page.evaluate(() => [...document.querySelectorAll("[id]")].map((e) => e.id));
  expect(ids.length).toBeGreaterThan(20);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
});

test("a wide diagram scrolls sideways on a phone instead of shrinking", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto("/notes/data-pipeline-lambda-integration/");
  const scroller = page.locator("figure.flow-diagram .flow-diagram__scroll");
  const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // Labels stay readable: the SVG is drawn at its own size.
  const box = await scroller.locator("svg").boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(600);
  await context.close();
});

test("ordinary code blocks stay code", async ({ page }) => {
  await page.goto("/notes/aws-data-pipeline-lecture/");
  await expect(page.locator("figure.flow-diagram")).toHaveCount(0);
});
