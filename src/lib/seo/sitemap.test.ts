import { describe, expect, it } from "vitest";
import { builtFileForUrl, isNoindexHtml, sitemapLocations, withoutSitemapUrls } from "./sitemap";

describe("isNoindexHtml", () => {
  it("finds the robots noindex of a redirect page, in either attribute order", () => {
    expect(isNoindexHtml('<head><meta http-equiv="refresh" content="0; url=/notes/x/"><meta name="robots" content="noindex"></head>')).toBe(true);
    expect(isNoindexHtml("<meta content='noindex, follow' name='robots' />")).toBe(true);
    expect(isNoindexHtml('<meta name="robots" content="none">')).toBe(true);
  });

  it("leaves pages that may be indexed", () => {
    expect(isNoindexHtml('<meta name="robots" content="index, follow"><meta name="description" content="noindex 설명">')).toBe(false);
    expect(isNoindexHtml("<p>이 노트는 noindex 메타 태그를 설명합니다</p>")).toBe(false);
  });
});

describe("withoutSitemapUrls", () => {
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
    "<url><loc>https://kb.example/notes/aws-glue-serverless-etl/</loc></url>" +
    "<url><loc>https://kb.example/notes/glue-crawler/</loc></url>" +
    "<url><loc>https://kb.example/tags/%EC%84%9C%EB%B9%84%EC%8A%A4/?a=1&amp;b=2</loc></url></urlset>";

  it("drops the rejected entries and keeps the rest as they were", () => {
    const { xml: kept, dropped } = withoutSitemapUrls(xml, (loc) => loc.endsWith("/glue-crawler/"));
    expect(dropped).toEqual(["https://kb.example/notes/glue-crawler/"]);
    expect(kept).toContain("<url><loc>https://kb.example/notes/aws-glue-serverless-etl/</loc></url>");
    expect(kept).not.toContain("glue-crawler");
    expect(kept.endsWith("</urlset>")).toBe(true);
  });

  it("lists the locations it decides on", () => {
    expect(sitemapLocations(xml)).toHaveLength(3);
  });

  it("hands the predicate unescaped locations", () => {
    const seen: string[] = [];
    withoutSitemapUrls(xml, (loc) => (seen.push(loc), false));
    expect(seen[2]).toBe("https://kb.example/tags/%EC%84%9C%EB%B9%84%EC%8A%A4/?a=1&b=2");
  });
});

describe("builtFileForUrl", () => {
  it("maps directory URLs to their index.html, under a base path and with Korean segments", () => {
    expect(builtFileForUrl("https://kb.example/", "https://kb.example", "/")).toBe("index.html");
    expect(builtFileForUrl("https://kb.example/kb/notes/x/", "https://kb.example", "/kb/")).toBe("notes/x/index.html");
    expect(builtFileForUrl("https://kb.example/tags/%EC%84%9C%EB%B9%84%EC%8A%A4/", "https://kb.example", "/")).toBe("tags/서비스/index.html");
    expect(builtFileForUrl("https://kb.example/rss.xml", "https://kb.example", "/")).toBe("rss.xml");
  });

  it("refuses URLs outside the site", () => {
    expect(builtFileForUrl("https://other.example/notes/x/", "https://kb.example", "/")).toBeUndefined();
    expect(builtFileForUrl("https://kb.example/elsewhere/", "https://kb.example", "/kb/")).toBeUndefined();
    expect(builtFileForUrl("https://kb.example/kb/%2E%2E/secret/", "https://kb.example", "/kb/")).toBeUndefined();
    expect(builtFileForUrl("not a url", "https://kb.example", "/")).toBeUndefined();
  });
});
