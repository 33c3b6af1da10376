import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyseText } from "../notes/fixtures/seeds";
import { resolveSite } from "../resolve/resolve-site";
import { encodePath } from "../urls";
import { CLOUDFLARE_REDIRECT_LIMITS, RedirectPathError, encodeSitePath, redirectScript, redirectTargetInHtml, redirectsFile, type SiteRedirect } from "./redirects";

const NFD = (text: string) => text.normalize("NFD");
/** The path a browser sends for a link: the URL parser's pathname. */
const requested = (href: string) => new URL(href, "https://kb.example").pathname;
/** How Cloudflare keys a static rule: its source run through the URL parser, as a path. */
const cloudflareKey = (source: string) => new URL(`//${source}`, "relative://").pathname;

const rulesOf = (body: string) =>
  body
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => line.split(/\s+/u));

/** Alias → note redirects for every note of a vault, from the site's own resolve step. */
function vaultRedirects(dir: string, base: string): SiteRedirect[] {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".md"));
  const site = resolveSite({ notes: files.map((file) => analyseText(file.normalize("NFC"), readFileSync(join(dir, file), "utf8")).model), attachments: [], base });
  return [...site.aliasPages].map(([param, path]) => ({ from: `${base}notes/${encodePath(param)}/`, to: site.byPath.get(path)?.href ?? "" }));
}

// The practice vault lives in shared/, beside the repository (and beside CI's clone of it).
const KOREAN_VAULT = join(process.cwd(), "..", "shared", "corpus", "vaults", "obsidian-help-ko");
const haveKoreanVault = existsSync(KOREAN_VAULT);

describe("redirectsFile on real notes", () => {
  const seeds = vaultRedirects("content/notes", "/");
  const korean = haveKoreanVault ? vaultRedirects(KOREAN_VAULT, "/kb/") : [];

  it("writes one permanent redirect per alias of the seed notes", () => {
    const file = redirectsFile(seeds);
    expect(seeds.length).toBeGreaterThanOrEqual(9);
    expect(file.rules).toBe(seeds.length);
    expect(file.warnings).toEqual([]);
    expect(file.body).toContain("/notes/etl/ /notes/aws-etl-pipeline-services/ 301\n");
    for (const rule of rulesOf(file.body)) expect(rule).toHaveLength(3);
  });

  it.skipIf(!haveKoreanVault)("matches the path a browser requests for each Korean alias link, on both hosts", () => {
    expect(korean.length).toBeGreaterThan(10);
    const rules = rulesOf(redirectsFile(korean).body);
    const sources = new Set(rules.map(([from]) => from));
    for (const { from, to } of korean) {
      // Netlify: the rule's source is the encoded path itself.
      expect(sources.has(requested(from))).toBe(true);
      // Cloudflare: the source as its parser keys it equals the request's pathname.
      const rule = rules.find(([source]) => cloudflareKey(source ?? "") === requested(from));
      expect(rule?.[1]).toBe(requested(to));
    }
    expect([...sources].every((source) => source !== undefined && /^[\x21-\x7e]+$/u.test(source))).toBe(true);
  });

  it.skipIf(!haveKoreanVault)("writes the same file from raw, encoded or decomposed paths", () => {
    const raw = korean.map(({ from, to }) => ({ from: decodeURI(from), to: decodeURI(to) }));
    const decomposed = raw.map(({ from, to }) => ({ from: NFD(from), to: NFD(to) }));
    const encoded = redirectsFile(korean).body;
    expect(redirectsFile(raw).body).toBe(encoded);
    expect(redirectsFile(decomposed).body).toBe(encoded);
  });

  it.skipIf(!haveKoreanVault)("is sorted by source, so it only changes when the redirects do", () => {
    const forward = redirectsFile(korean).body;
    expect(redirectsFile([...korean].reverse()).body).toBe(forward);
    const sources = rulesOf(forward).map(([from]) => from ?? "");
    expect(sources).toEqual([...sources].sort());
  });
});

describe("redirectsFile rules", () => {
  it("adds Netlify's force flag only when asked", () => {
    const redirects = [{ from: "/notes/etl/", to: "/notes/aws-etl-pipeline-services/" }];
    expect(redirectsFile(redirects).body).toMatch(/ 301\n$/u);
    expect(redirectsFile(redirects, { forceOverFiles: true }).body).toMatch(/ 301!\n$/u);
  });

  it("writes nothing at all for no redirects", () => {
    expect(redirectsFile([])).toEqual({ body: "", rules: 0, warnings: [] });
  });

  it("keeps a target's fragment, encoded like the heading links", () => {
    const file = redirectsFile([{ from: "/notes/문제/", to: "/notes/aws-etl-pipeline-services/#관련-문제" }]);
    expect(file.body).toContain("/notes/%EB%AC%B8%EC%A0%9C/ /notes/aws-etl-pipeline-services/#%EA%B4%80%EB%A0%A8-%EB%AC%B8%EC%A0%9C 301");
  });

  it("escapes characters the hosts read as patterns or separators", () => {
    const file = redirectsFile([{ from: "/tags/c*/", to: "/tags/c++/" }, { from: "/notes/:id/", to: "/notes/x y/" }]);
    expect(file.body).toContain("/tags/c%2A/ /tags/c%2B%2B/ 301");
    expect(file.body).toContain("/notes/%3Aid/ /notes/x%20y/ 301");
  });

  it("writes chains as direct rules, carrying the fragment along", () => {
    const file = redirectsFile([
      { from: "/notes/etl/", to: "/notes/etl-pipeline/#관련-문제" },
      { from: "/notes/etl-pipeline/", to: "/notes/aws-etl-pipeline-services/" },
    ]);
    expect(file.body).toContain("/notes/etl/ /notes/aws-etl-pipeline-services/#%EA%B4%80%EB%A0%A8-%EB%AC%B8%EC%A0%9C 301");
    expect(file.body).toContain("/notes/etl-pipeline/ /notes/aws-etl-pipeline-services/ 301");
  });

  it("leaves out loops and self-redirects, also across a trailing slash, with a warning", () => {
    const file = redirectsFile([
      { from: "/notes/a/", to: "/notes/b/" },
      { from: "/notes/b/", to: "/notes/a" },
      { from: "/tags/x/", to: "/tags/x/#top" },
      { from: "/notes/etl/", to: "/notes/aws-etl-pipeline-services/" },
    ]);
    expect(file.rules).toBe(1);
    expect(file.warnings).toEqual([
      "/tags/x/: redirects to itself; left out",
      "/notes/a/: its redirects go round in a loop; left out",
      "/notes/b/: its redirects go round in a loop; left out",
    ]);
  });

  it("follows no chain through a self-redirect", () => {
    const file = redirectsFile([
      { from: "/notes/headless-publish/", to: "/notes/headless-publish/" },
      { from: "/notes/headless-게재/", to: "/notes/headless-publish/" },
    ]);
    expect(file.body).toContain("/notes/headless-%EA%B2%8C%EC%9E%AC/ /notes/headless-publish/ 301");
    expect(file.warnings).toEqual(["/notes/headless-publish/: redirects to itself; left out"]);
  });

  it("keeps the first of two rules for one source and says so", () => {
    const file = redirectsFile([
      { from: "/notes/etl/", to: "/notes/aws-etl-pipeline-services/" },
      { from: "/notes/%65tl/", to: "/notes/data-pipeline-lambda-integration/" },
      { from: "/notes/etl/", to: "/notes/aws-etl-pipeline-services/" },
    ]);
    expect(file.rules).toBe(1);
    expect(file.warnings).toEqual(["/notes/etl/: redirects to both /notes/aws-etl-pipeline-services/ and /notes/data-pipeline-lambda-integration/; kept the first"]);
  });

  it("warns when Cloudflare's limits are crossed", () => {
    const many = Array.from({ length: CLOUDFLARE_REDIRECT_LIMITS.staticRules + 1 }, (_, i) => ({ from: `/notes/alias-${i}/`, to: "/notes/target/" }));
    expect(redirectsFile(many).warnings).toEqual([expect.stringMatching(/2001 redirect rules: Cloudflare Pages applies the first 2000/u)]);
    // 60 syllables become 540 characters once encoded; twice that is over the line limit.
    const long = "데이터파이프라인".repeat(8).slice(0, 60);
    const warnings = redirectsFile([{ from: `/notes/${long}/`, to: `/notes/${long}-노트/` }]).warnings;
    expect(warnings).toEqual([expect.stringMatching(/over Cloudflare Pages' 1000/u)]);
  });

  it("refuses what is not a site path", () => {
    expect(() => redirectsFile([{ from: "notes/etl/", to: "/notes/x/" }])).toThrow(RedirectPathError);
    expect(() => redirectsFile([{ from: "//evil.example/", to: "/notes/x/" }])).toThrow(RedirectPathError);
    expect(() => redirectsFile([{ from: "/notes/etl/", to: "https://evil.example/" }])).toThrow(RedirectPathError);
    expect(() => redirectsFile([{ from: "/search/?q=etl", to: "/notes/x/" }])).toThrow(/query/u);
    expect(() => redirectsFile([{ from: "/notes/etl/#a", to: "/notes/x/" }])).toThrow(/fragment/u);
    expect(() => redirectsFile([{ from: "/notes/%2E%2E/", to: "/notes/x/" }])).toThrow(/\.\./u);
  });
});

describe("encodeSitePath", () => {
  it("encodes each segment once, whatever it was given", () => {
    expect(encodeSitePath("/tags/서비스/glue/")).toBe("/tags/%EC%84%9C%EB%B9%84%EC%8A%A4/glue/");
    expect(encodeSitePath("/tags/%EC%84%9C%EB%B9%84%EC%8A%A4/glue/")).toBe("/tags/%EC%84%9C%EB%B9%84%EC%8A%A4/glue/");
    expect(encodeSitePath("/tags/%ec%84%9c%eb%b9%84%ec%8a%a4/")).toBe("/tags/%EC%84%9C%EB%B9%84%EC%8A%A4/");
    expect(encodeSitePath(NFD("/tags/서비스/"))).toBe("/tags/%EC%84%9C%EB%B9%84%EC%8A%A4/");
    expect(encodeSitePath("/notes/100%/")).toBe("/notes/100%25/");
    expect(encodeSitePath("/tags/a%2Fb/")).toBe("/tags/a%2Fb/");
  });
});

describe("redirectScript", () => {
  /** Runs the script against a location with this hash; returns where it went. */
  function navigate(to: string, hash: string): string {
    const went: string[] = [];
    const location = { hash, replace: (url: string) => went.push(url) };
    new Function("location", redirectScript(to))(location);
    expect(went).toHaveLength(1);
    return went[0] ?? "";
  }

  it("goes to the target, keeping the fragment the reader came with", () => {
    expect(navigate("/notes/aws-etl-pipeline-services/", "")).toBe("/notes/aws-etl-pipeline-services/");
    // location.hash comes percent-encoded from the address bar.
    expect(navigate("/notes/aws-etl-pipeline-services/", "#%EA%B4%80%EB%A0%A8-%EB%AC%B8%EC%A0%9C")).toBe(
      "/notes/aws-etl-pipeline-services/#%EA%B4%80%EB%A0%A8-%EB%AC%B8%EC%A0%9C",
    );
  });

  it("uses the target's own fragment only when the reader brought none", () => {
    expect(navigate("/notes/x/#요약", "")).toBe("/notes/x/#%EC%9A%94%EC%95%BD");
    expect(navigate("/notes/x/#요약", "#details")).toBe("/notes/x/#details");
  });

  it("encodes the target like the links, and can sit inside <script> as is", () => {
    expect(navigate("/kb/tags/서비스/", "")).toBe("/kb/tags/%EC%84%9C%EB%B9%84%EC%8A%A4/");
    const script = redirectScript("/notes/</script><script>alert(1)</script>/");
    expect(script).not.toMatch(/<\//u);
    expect(navigate("/notes/</script>/", "")).toBe("/notes/%3C/script%3E/");
  });
});

describe("redirectTargetInHtml", () => {
  it("reads the target of the redirect page the site writes today", () => {
    // The redirect page as the site built it before issue #16.
    const today =
      '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>AWS ETL 서비스와 데이터 파이프라인 구성</title>' +
      '<meta http-equiv="refresh" content="0; url=/kb/notes/aws-etl-pipeline-services/"><link rel="canonical" href="https://example.org/kb/notes/aws-etl-pipeline-services/">' +
      '<meta name="robots" content="noindex"></head><body><p>이동 중… <a href="/kb/notes/aws-etl-pipeline-services/">AWS ETL</a></p></body></html>';
    expect(redirectTargetInHtml(today)).toBe("/kb/notes/aws-etl-pipeline-services/");
  });

  it("reads it inside <noscript>, in any attribute order and quoting, entities decoded", () => {
    expect(redirectTargetInHtml(`<script>${redirectScript("/tags/서비스/")}</script><noscript><meta http-equiv="refresh" content="0; url=/tags/%EC%84%9C%EB%B9%84%EC%8A%A4/" /></noscript>`)).toBe(
      "/tags/%EC%84%9C%EB%B9%84%EC%8A%A4/",
    );
    expect(redirectTargetInHtml("<META CONTENT='0;URL=/notes/a&amp;b/' HTTP-EQUIV='Refresh'>")).toBe("/notes/a&b/");
    expect(redirectTargetInHtml('<meta http-equiv=refresh content="0, \'/notes/x/\'">')).toBe("/notes/x/");
  });

  it("finds nothing on other pages", () => {
    expect(redirectTargetInHtml('<meta name="description" content="0; url=/notes/x/"><p>http-equiv="refresh"</p>')).toBeUndefined();
    expect(redirectTargetInHtml('<meta http-equiv="refresh" content="300">')).toBeUndefined();
  });
});
