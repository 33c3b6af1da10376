import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

interface QueryValue {
  value: string;
  multiValue?: { value: string }[];
}
interface ViewerRequest {
  uri: string;
  querystring: Record<string, QueryValue>;
}
type Result = ViewerRequest | { statusCode: number; headers: { location: { value: string } } };

// The function as it is pasted into CloudFront: a script defining handler(event).
const source = readFileSync("docs/aws/cloudfront-viewer-request.js", "utf8");
const handler = new Function(`${source}\nreturn handler;`)() as (event: { request: ViewerRequest }) => Result;
const run = (uri: string, querystring: Record<string, QueryValue> = {}) => handler({ request: { uri, querystring } });

describe("CloudFront viewer-request function", () => {
  it("serves a page's index.html for its directory URL, Korean paths still encoded", () => {
    expect(run("/")).toMatchObject({ uri: "/index.html" });
    expect(run("/notes/aws-glue-serverless-etl/")).toMatchObject({ uri: "/notes/aws-glue-serverless-etl/index.html" });
    expect(run("/tags/%EC%84%9C%EB%B9%84%EC%8A%A4/glue/")).toMatchObject({ uri: "/tags/%EC%84%9C%EB%B9%84%EC%8A%A4/glue/index.html" });
    expect(run("/kb/search/", { q: { value: "%EA%B8%80%EB%A3%A8" } })).toMatchObject({ uri: "/kb/search/index.html" });
  });

  it("passes the files the build writes through untouched", () => {
    for (const uri of [
      "/_astro/NotePage.C3xk1pQe.css",
      "/_astro/page.Bq2x9sLd.js",
      "/rss.xml",
      "/sitemap-index.xml",
      "/quiz/anki.tsv",
      "/quiz/questions.json",
      "/og/aws-glue-serverless-etl.png",
      "/favicon.svg",
      "/pagefind/pagefind-entry.json",
      "/pagefind/wasm.unknown.pagefind",
      "/pagefind/fragment/ko_5e1f0c2.pf_fragment",
      "/pagefind/pagefind.ko_c3c0f2605b.pf_meta",
      "/404.html",
    ]) {
      expect(run(uri)).toEqual({ uri, querystring: {} });
    }
  });

  it("sends a page URL without its slash to the real one, query kept", () => {
    expect(run("/notes/aws-glue-serverless-etl")).toEqual({
      statusCode: 301,
      statusDescription: "Moved Permanently",
      headers: { location: { value: "/notes/aws-glue-serverless-etl/" } },
    });
    expect(run("/notes/s3.v2")).toMatchObject({ statusCode: 301, headers: { location: { value: "/notes/s3.v2/" } } });
    const query = { q: { value: "%EB%9E%8C%EB%8B%A4" }, tag: { value: "a", multiValue: [{ value: "a" }, { value: "b" }] }, debug: { value: "" } };
    expect(run("/search", query)).toMatchObject({ headers: { location: { value: "/search/?q=%EB%9E%8C%EB%8B%A4&tag=a&tag=b&debug" } } });
  });
});
