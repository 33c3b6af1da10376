import { describe, expect, it } from "vitest";
import { SiteUrlError, deriveSiteUrl, derivedBasePath, describeSiteUrl, normaliseBasePath } from "./site-url";

const NFD = (text: string) => text.normalize("NFD");

// The variables each host sets, as their docs list them, for one realistic build.
const githubActions = {
  GITHUB_ACTIONS: "true",
  CI: "true",
  GITHUB_REPOSITORY: "Hanul-Study/aws-data-notes",
  GITHUB_SERVER_URL: "https://github.com",
};
const netlifyProduction = {
  NETLIFY: "true",
  CONTEXT: "production",
  URL: "https://aws-notes.netlify.app",
  DEPLOY_PRIME_URL: "https://main--aws-notes.netlify.app",
  DEPLOY_URL: "https://66f1c2ab--aws-notes.netlify.app",
};
const cloudflarePreview = {
  CF_PAGES: "1",
  CF_PAGES_BRANCH: "glue-notes",
  CF_PAGES_URL: "https://9c3b1e7a.aws-notes.pages.dev",
};
const vercelProduction = {
  VERCEL: "1",
  VERCEL_ENV: "production",
  VERCEL_URL: "aws-notes-8k2j1x.vercel.app",
  VERCEL_PROJECT_PRODUCTION_URL: "notes.example.kr",
};

describe("deriveSiteUrl: what the owner wrote", () => {
  it("takes SITE_URL over the settings file, and the settings file over any host", () => {
    const env = { ...netlifyProduction, SITE_URL: "https://kb.example.org/" };
    expect(deriveSiteUrl({ configured: "https://notes.example.kr/", env, base: "/" })).toEqual({ url: "https://kb.example.org/", source: "SITE_URL" });
    expect(deriveSiteUrl({ configured: "https://notes.example.kr/", env: netlifyProduction, base: "/" })).toEqual({ url: "https://notes.example.kr/", source: "settings" });
  });

  it("treats an empty or blank SITE_URL as unset (CI files often write `SITE_URL=`)", () => {
    expect(deriveSiteUrl({ configured: "https://notes.example.kr", env: { SITE_URL: "" }, base: "/" })?.source).toBe("settings");
    expect(deriveSiteUrl({ configured: "  ", env: { SITE_URL: " \t" }, base: "/" })).toBeUndefined();
  });

  it("adds the base path to a bare origin, and keeps a URL that already ends in it", () => {
    expect(deriveSiteUrl({ env: { SITE_URL: "https://example.org" }, base: "/kb/" })?.url).toBe("https://example.org/kb/");
    expect(deriveSiteUrl({ env: { SITE_URL: "https://example.org/kb/" }, base: "/kb/" })?.url).toBe("https://example.org/kb/");
    expect(deriveSiteUrl({ env: { SITE_URL: "https://example.org/kb" }, base: "kb" })?.url).toBe("https://example.org/kb/");
    expect(deriveSiteUrl({ env: { SITE_URL: "https://example.org:8443" }, base: "/" })?.url).toBe("https://example.org:8443/");
  });

  it("writes a Korean base path percent-encoded, whether the inputs come composed or decomposed", () => {
    const expected = "https://example.org/%EB%85%B8%ED%8A%B8/";
    expect(deriveSiteUrl({ env: { SITE_URL: "https://example.org" }, base: "/노트/" })?.url).toBe(expected);
    expect(deriveSiteUrl({ env: { SITE_URL: NFD("https://example.org/노트/") }, base: "/노트/" })?.url).toBe(expected);
    expect(deriveSiteUrl({ configured: "https://example.org/노트/", env: {}, base: NFD("/노트/") })?.url).toBe(expected);
    expect(deriveSiteUrl({ env: { SITE_URL: expected }, base: "/노트/" })?.url).toBe(expected);
  });

  it("writes host names the way URLs compare them: lower case, punycode", () => {
    expect(deriveSiteUrl({ env: { SITE_URL: "HTTPS://Notes.Example.ORG" }, base: "/" })?.url).toBe("https://notes.example.org/");
    expect(deriveSiteUrl({ env: { SITE_URL: "https://학습노트.한국" }, base: "/" })?.url).toMatch(/^https:\/\/xn--[a-z0-9-]+\.xn--3e0b707e\/$/u);
  });

  it("refuses a path that is not the base path, and says which setting to change", () => {
    expect(() => deriveSiteUrl({ env: { SITE_URL: "https://example.org/kb/" }, base: "/" })).toThrow(SiteUrlError);
    expect(() => deriveSiteUrl({ env: { SITE_URL: "https://example.org/kb/" }, base: "/" })).toThrow(/BASE_PATH=\/kb\//u);
    expect(() => deriveSiteUrl({ configured: "https://example.org/노트/", env: {}, base: "/notes/" })).toThrow(/settings file.*\/노트\//u);
    expect(() => deriveSiteUrl({ env: { SITE_URL: "https://example.org/KB/" }, base: "/kb/" })).toThrow(SiteUrlError);
  });

  it.each([
    ["example.org", /not an absolute URL/u],
    ["//example.org/", /not an absolute URL/u],
    ["ftp://example.org/", /https:\/\//u],
    ["file:///srv/site/", /https:\/\//u],
    ["https://example.org/?utm_source=x", /query/u],
    ["https://example.org/?", /query/u],
    ["https://example.org/#top", /fragment/u],
    ["https://user:secret@example.org/", /password/u],
  ])("refuses %s", (raw, why) => {
    expect(() => deriveSiteUrl({ env: { SITE_URL: raw }, base: "/" })).toThrow(why);
  });

  it("keeps an explicit local URL: the owner asked for it", () => {
    expect(deriveSiteUrl({ env: { SITE_URL: "http://localhost:4321" }, base: "/" })).toEqual({ url: "http://localhost:4321/", source: "SITE_URL" });
  });
});

describe("deriveSiteUrl: the host the build runs on", () => {
  it("knows nothing on a laptop", () => {
    expect(deriveSiteUrl({ env: {}, base: "/" })).toBeUndefined();
    expect(deriveSiteUrl({ env: { HOME: "/home/me", PATH: "/usr/bin", URL: "http://localhost:8888" }, base: "/" })).toBeUndefined();
  });

  it("GitHub Pages: a project repository under its own base path, owner in lower case", () => {
    expect(deriveSiteUrl({ env: githubActions, base: "/aws-data-notes/" })).toEqual({ url: "https://hanul-study.github.io/aws-data-notes/", source: "github-pages" });
  });

  it("GitHub Pages: the <owner>.github.io repository at the root", () => {
    const env = { ...githubActions, GITHUB_REPOSITORY: "hanul-study/Hanul-Study.github.io" };
    expect(deriveSiteUrl({ env, base: "/" })).toEqual({ url: "https://hanul-study.github.io/", source: "github-pages" });
  });

  it("GitHub Pages: no URL when the base path says the site is served elsewhere (a custom domain)", () => {
    expect(deriveSiteUrl({ env: githubActions, base: "/" })).toBeUndefined();
    expect(deriveSiteUrl({ env: githubActions, base: "/kb/" })).toBeUndefined();
  });

  it("GitHub Pages: nothing from GitHub Enterprise, or outside Actions", () => {
    expect(deriveSiteUrl({ env: { ...githubActions, GITHUB_SERVER_URL: "https://github.corp.example" }, base: "/aws-data-notes/" })).toBeUndefined();
    const { GITHUB_ACTIONS: _ignored, ...notActions } = githubActions;
    expect(deriveSiteUrl({ env: notActions, base: "/aws-data-notes/" })).toBeUndefined();
  });

  it("Netlify: the site URL in production, the deploy's own URL on previews and branch deploys", () => {
    expect(deriveSiteUrl({ env: netlifyProduction, base: "/" })).toEqual({ url: "https://aws-notes.netlify.app/", source: "netlify" });
    const preview = { ...netlifyProduction, CONTEXT: "deploy-preview", DEPLOY_PRIME_URL: "https://deploy-preview-42--aws-notes.netlify.app" };
    expect(deriveSiteUrl({ env: preview, base: "/" })?.url).toBe("https://deploy-preview-42--aws-notes.netlify.app/");
    expect(deriveSiteUrl({ env: { ...netlifyProduction, CONTEXT: "branch-deploy" }, base: "/" })?.url).toBe("https://main--aws-notes.netlify.app/");
  });

  it("Netlify: not for `netlify dev`, and not for a stray URL variable elsewhere", () => {
    expect(deriveSiteUrl({ env: { ...netlifyProduction, CONTEXT: "dev", URL: "http://localhost:8888" }, base: "/" })).toBeUndefined();
    expect(deriveSiteUrl({ env: { URL: "https://aws-notes.netlify.app" }, base: "/" })).toBeUndefined();
  });

  it("Cloudflare Pages: the deployment's URL", () => {
    expect(deriveSiteUrl({ env: cloudflarePreview, base: "/" })).toEqual({ url: "https://9c3b1e7a.aws-notes.pages.dev/", source: "cloudflare-pages" });
  });

  it("Vercel: the production domain in production, the deployment's host otherwise, with https added", () => {
    expect(deriveSiteUrl({ env: vercelProduction, base: "/" })).toEqual({ url: "https://notes.example.kr/", source: "vercel" });
    expect(deriveSiteUrl({ env: { ...vercelProduction, VERCEL_ENV: "preview" }, base: "/" })?.url).toBe("https://aws-notes-8k2j1x.vercel.app/");
  });

  it("prefers the specific host over GitHub Actions when a Netlify build runs inside Actions", () => {
    expect(deriveSiteUrl({ env: { ...githubActions, ...netlifyProduction }, base: "/aws-data-notes/" })?.source).toBe("netlify");
  });

  it("adds the base path to a host's origin", () => {
    expect(deriveSiteUrl({ env: cloudflarePreview, base: "/kb/" })?.url).toBe("https://9c3b1e7a.aws-notes.pages.dev/kb/");
  });
});

describe("derivedBasePath", () => {
  it("is the repository name for a project site and the root for <owner>.github.io", () => {
    expect(derivedBasePath(githubActions)).toBe("/aws-data-notes/");
    expect(derivedBasePath({ ...githubActions, GITHUB_REPOSITORY: "hanul-study/hanul-study.github.io" })).toBe("/");
    expect(derivedBasePath({ ...githubActions, GITHUB_REPOSITORY: "hanul-study/notes.v2" })).toBe("/notes.v2/");
  });

  it("is unknown off github.com's Actions or with a malformed repository", () => {
    expect(derivedBasePath({})).toBeUndefined();
    expect(derivedBasePath({ ...githubActions, GITHUB_SERVER_URL: "https://ghe.example.com" })).toBeUndefined();
    expect(derivedBasePath({ ...githubActions, GITHUB_REPOSITORY: "../../etc" })).toBeUndefined();
  });
});

describe("normaliseBasePath and describeSiteUrl", () => {
  it("normalises base paths", () => {
    expect(normaliseBasePath("")).toBe("/");
    expect(normaliseBasePath("///")).toBe("/");
    expect(normaliseBasePath("kb")).toBe("/kb/");
    expect(normaliseBasePath(NFD("/노트"))).toBe("/노트/");
  });

  it("tells the build log where the URL came from", () => {
    expect(describeSiteUrl({ url: "https://hanul-study.github.io/aws-data-notes/", source: "github-pages" })).toBe(
      "https://hanul-study.github.io/aws-data-notes/ (from GITHUB_REPOSITORY (GitHub Actions))",
    );
  });
});
