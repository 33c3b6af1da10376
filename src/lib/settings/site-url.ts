/**
 * The public URL of the site, or nothing. A link that is shared must point somewhere real, so
 * this never guesses an origin: it takes the one the owner wrote down (settings file, `SITE_URL`)
 * or the one the hosting CI says the build will be served from, and otherwise reports that no
 * URL is known (the build then writes no absolute URL at all).
 */

export type SiteUrlSource = "settings" | "SITE_URL" | "github-pages" | "netlify" | "cloudflare-pages" | "vercel";

export interface SiteUrl {
  /** Absolute URL of the site's home page: origin plus base path, always ending in `/`. */
  url: string;
  source: SiteUrlSource;
}

export interface SiteUrlInput {
  /** `site` from the settings file, if it has one. */
  configured?: string | undefined;
  env: Record<string, string | undefined>;
  /** The base path the pages link with (`/`, `/kb/`). */
  base: string;
}

/** A site URL that cannot be used as written; the message names where it came from and why. */
export class SiteUrlError extends Error {
  override name = "SiteUrlError";
}

const SOURCE_LABEL: Record<SiteUrlSource, string> = {
  settings: "the settings file's `siteUrl`",
  SITE_URL: "SITE_URL",
  "github-pages": "GITHUB_REPOSITORY (GitHub Actions)",
  netlify: "Netlify's URL / DEPLOY_PRIME_URL",
  "cloudflare-pages": "CF_PAGES_URL (Cloudflare Pages)",
  vercel: "VERCEL_PROJECT_PRODUCTION_URL / VERCEL_URL (Vercel)",
};

/** A human line for the build log: where the site URL came from. */
export function describeSiteUrl(site: SiteUrl): string {
  return `${site.url} (from ${SOURCE_LABEL[site.source]})`;
}

/**
 * The site URL, in this order: `SITE_URL` (so one build can be pointed elsewhere without editing
 * the file), the settings file, then the host the build runs on: Netlify, Cloudflare Pages,
 * Vercel, GitHub Actions. Undefined when none of them says.
 *
 * Throws SiteUrlError when the value found is not an absolute http(s) URL without query,
 * fragment or credentials, or when its path contradicts the base path (the pages would link to
 * places the site is not served from).
 */
export function deriveSiteUrl(input: SiteUrlInput): SiteUrl | undefined {
  const base = normaliseBasePath(input.base);
  const candidate = firstCandidate(input, base);
  if (candidate === undefined) return undefined;
  return { url: withBasePath(candidate.raw, base, candidate.source), source: candidate.source };
}

interface Candidate {
  raw: string;
  source: SiteUrlSource;
}

function firstCandidate({ configured, env }: SiteUrlInput, base: string): Candidate | undefined {
  const given = nonEmpty(env["SITE_URL"]);
  if (given !== undefined) return { raw: given, source: "SITE_URL" };
  const written = nonEmpty(configured);
  if (written !== undefined) return { raw: written, source: "settings" };
  // The specific hosts first: a Netlify or Vercel build may itself run inside GitHub Actions.
  return netlify(env) ?? cloudflarePages(env) ?? vercel(env) ?? githubPages(env, base);
}

/**
 * Production deploys get the site's main URL (its custom domain once one is set); deploy
 * previews and branch deploys get their own address, so a preview's cards, feed and share links
 * show that preview. Netlify marks those previews noindex itself.
 */
function netlify(env: SiteUrlInput["env"]): Candidate | undefined {
  // `netlify dev` on a laptop is not a deploy: its URL is a local server.
  if (env["NETLIFY"] !== "true" || env["CONTEXT"] === "dev") return undefined;
  const main = nonEmpty(env["URL"]);
  const preview = env["CONTEXT"] !== "production" ? nonEmpty(env["DEPLOY_PRIME_URL"]) : undefined;
  const raw = preview ?? main;
  return raw === undefined ? undefined : { raw, source: "netlify" };
}

/**
 * CF_PAGES_URL is this deployment's own address (`https://<hash>.<project>.pages.dev`): real,
 * but not the production domain, which Cloudflare does not expose to the build. The deploy docs
 * say to set SITE_URL for the production environment.
 */
function cloudflarePages(env: SiteUrlInput["env"]): Candidate | undefined {
  if (env["CF_PAGES"] !== "1") return undefined;
  const raw = nonEmpty(env["CF_PAGES_URL"]);
  return raw === undefined ? undefined : { raw, source: "cloudflare-pages" };
}

/** Vercel gives host names without a scheme; production prefers the project's production domain. */
function vercel(env: SiteUrlInput["env"]): Candidate | undefined {
  if (env["VERCEL"] !== "1") return undefined;
  const production = env["VERCEL_ENV"] === "production" ? nonEmpty(env["VERCEL_PROJECT_PRODUCTION_URL"]) : undefined;
  const host = production ?? nonEmpty(env["VERCEL_URL"]);
  if (host === undefined) return undefined;
  return { raw: /^https?:\/\//iu.test(host) ? host : `https://${host}`, source: "vercel" };
}

/**
 * On github.com's Actions: `https://<owner>.github.io/` for the `<owner>.github.io` repository,
 * `https://<owner>.github.io/<repo>/` for any other, but only when the pages link under that
 * same base path. A project repository built with another base path is served from a custom
 * domain (or misconfigured), and that URL cannot be known here.
 */
function githubPages(env: SiteUrlInput["env"], base: string): Candidate | undefined {
  const repoBase = derivedBasePath(env);
  if (repoBase === undefined) return undefined;
  const owner = (env["GITHUB_REPOSITORY"] ?? "").split("/")[0]?.toLowerCase() ?? "";
  if (repoBase !== base) return undefined;
  return { raw: `https://${owner}.github.io${repoBase}`, source: "github-pages" };
}

/**
 * The base path a GitHub Pages site of this repository is served under when it has no custom
 * domain: `/` for `<owner>.github.io`, `/<repo>/` otherwise; undefined off github.com's Actions.
 * The deploy workflow sets BASE_PATH itself (from actions/configure-pages, which knows about
 * custom domains); this is for messages and for builds that do not.
 */
export function derivedBasePath(env: Record<string, string | undefined>): string | undefined {
  if (env["GITHUB_ACTIONS"] !== "true") return undefined;
  const server = nonEmpty(env["GITHUB_SERVER_URL"]);
  // GitHub Enterprise serves Pages from hosts of its own choosing.
  if (server !== undefined && server.replace(/\/+$/u, "").toLowerCase() !== "https://github.com") return undefined;
  const match = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/u.exec(env["GITHUB_REPOSITORY"] ?? "");
  if (!match) return undefined;
  const [, owner = "", repo = ""] = match;
  if (repo.toLowerCase() === `${owner.toLowerCase()}.github.io`) return "/";
  return `/${repo}/`;
}

/** `/`, `/kb/`, `/노트/`: leading and trailing slash, NFC, nothing else touched. */
export function normaliseBasePath(raw: string): string {
  const trimmed = raw.normalize("NFC").trim().replace(/^\/*/u, "/").replace(/\/*$/u, "/");
  return trimmed === "//" ? "/" : trimmed;
}

/**
 * The checked URL of the site's home: the origin of `raw`, then the base path. `raw` may name
 * the origin alone (`https://example.org`) or already end in the base path.
 */
function withBasePath(raw: string, base: string, source: SiteUrlSource): string {
  const text = raw.normalize("NFC").trim();
  const fail = (why: string) => new SiteUrlError(`Site URL ${JSON.stringify(text)} from ${SOURCE_LABEL[source]} ${why}`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw fail("is not an absolute URL; write it as https://example.org/");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw fail("must start with https:// or http://");
  if (url.hostname === "") throw fail("has no host name");
  if (url.username !== "" || url.password !== "") throw fail("must not carry a user name or password");
  if (/[?#]/u.test(text)) throw fail("must not have a query (?…) or fragment (#…)");
  const basePathname = new URL(base, url.origin).pathname;
  const given = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  if (given !== "/" && given !== basePathname) {
    const path = readablePath(given);
    throw fail(`ends in the path ${path}, but the pages link under the base path ${base}; set BASE_PATH=${path} or drop the path from the URL`);
  }
  return `${url.origin}${basePathname}`;
}

function readablePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === "" ? undefined : trimmed;
}
