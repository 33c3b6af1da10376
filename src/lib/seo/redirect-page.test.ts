import { describe, expect, it } from "vitest";
import { redirectPageHtml } from "./redirect-page";
import { redirectTargetInHtml } from "./redirects";

const shared = { lang: "ko", favicon: "/kb/favicon.svg", redirecting: "이 주소는 다음 페이지로 옮겨졌습니다:" };

describe("redirectPageHtml", () => {
  it("sends the reader on with script and meta refresh, names the note canonical and stays out of indexes", () => {
    const html = redirectPageHtml(shared, { to: "/kb/notes/aws-glue-serverless-etl/", title: "AWS Glue 서버리스 ETL", canonical: "https://example.org/kb/notes/aws-glue-serverless-etl/" });
    expect(html.startsWith("<!DOCTYPE html><html lang=\"ko\">")).toBe(true);
    expect(redirectTargetInHtml(html)).toBe("/kb/notes/aws-glue-serverless-etl/");
    expect(html).toContain('<link rel="canonical" href="https://example.org/kb/notes/aws-glue-serverless-etl/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain("location.replace");
    expect(html).toContain('<a href="/kb/notes/aws-glue-serverless-etl/">AWS Glue 서버리스 ETL</a>');
  });

  it("escapes titles and targets, and writes no canonical link without a site URL", () => {
    const html = redirectPageHtml(shared, { to: '/notes/a"b/', title: "<script>alert(1)</script> & co" });
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
    expect(html).not.toContain('rel="canonical"');
    expect(redirectTargetInHtml(html)).toBe('/notes/a"b/');
  });
});
