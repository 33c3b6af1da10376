/**
 * Redirects for alias and tag-synonym URLs, in two forms that work together:
 *
 * - a `_redirects` file, read by Netlify and Cloudflare Pages (and Workers static assets), so the
 *   old URL answers with a real HTTP 301. Browsers carry the `#fragment` across a redirect whose
 *   Location has none, so `/notes/etl/#관련-문제` lands on that section of the target;
 * - the static redirect page the build also writes at the old URL, which every host serves
 *   (GitHub Pages, S3) and which keeps the fragment with one line of script (`redirectScript`).
 *
 * Both hosts match a rule's source against the request path as the browser sends it:
 * percent-encoded UTF-8 (Netlify's docs: "special characters in paths must be url-encoded";
 * Cloudflare parses each source with the URL parser, which encodes raw UTF-8 the same way, and
 * looks static rules up by the request's exact `pathname`). So every path is written in the one
 * form our pages link with: each segment through encodeURIComponent, upper-case hex.
 */

export interface SiteRedirect {
  /** The old path as the browser requests it, base path included (`/kb/notes/etl/`). Encoded or raw. */
  from: string;
  /** The page it stands for (`/kb/notes/aws-etl-pipeline-services/`), optionally with `#fragment`. */
  to: string;
}

export interface RedirectsFileOptions {
  /**
   * Append Netlify's `!` (`301!`). Netlify does not apply a rule when a file exists at its source
   * ("shadowing"), and the build writes a redirect page there, so without `!` Netlify serves the
   * page instead of the 301. Cloudflare Pages always applies its rules but rejects `301!` as an
   * invalid status and skips the line: set this only when building on Netlify
   * (`process.env.NETLIFY === "true"`).
   */
  forceOverFiles?: boolean;
}

export interface RedirectsFile {
  /** The `_redirects` file, one `from to 301` line per rule; empty string when there are none. */
  body: string;
  /** Rules written. */
  rules: number;
  /** Rules dropped or limits crossed, one sentence each, for the build log. */
  warnings: string[];
}

/** Cloudflare Pages' `_redirects` limits (its docs, and its parser in workers-sdk). */
export const CLOUDFLARE_REDIRECT_LIMITS = { staticRules: 2000, lineLength: 1000 } as const;

const PERMANENT = 301;

/**
 * The `_redirects` file for these redirects. Paths are written percent-encoded; a chain
 * (a → b, b → c) is written as direct rules (a → c, b → c); a rule that leads back to its own
 * source and a second rule for the same source are left out with a warning. Lines are sorted by source so the file
 * only changes when the redirects do.
 */
export function redirectsFile(redirects: readonly SiteRedirect[], options: RedirectsFileOptions = {}): RedirectsFile {
  const warnings: string[] = [];
  const targets = new Map<string, string>();
  for (const redirect of redirects) {
    const from = encodeSitePath(redirect.from);
    if (from.includes("#")) throw new RedirectPathError(`a redirect source cannot have a #fragment: ${redirect.from}`);
    const to = encodeSitePath(redirect.to);
    if (samePage(from, pathOf(to))) {
      warnings.push(`${readable(from)}: redirects to itself; left out`);
      continue;
    }
    const known = targets.get(from);
    if (known !== undefined) {
      if (known !== to) warnings.push(`${readable(from)}: redirects to both ${readable(known)} and ${readable(to)}; kept the first`);
      continue;
    }
    targets.set(from, to);
  }

  const lines: string[] = [];
  for (const [from, to] of [...targets].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const final = finalTarget(from, to, targets);
    if (final === undefined) {
      warnings.push(`${readable(from)}: its redirects go round in a loop; left out`);
      continue;
    }
    lines.push(`${from} ${final} ${PERMANENT}${options.forceOverFiles === true ? "!" : ""}`);
  }

  const tooLong = lines.filter((line) => line.length > CLOUDFLARE_REDIRECT_LIMITS.lineLength);
  for (const line of tooLong) {
    warnings.push(`${readable(line.split(" ")[0] ?? "")}: its rule is ${line.length} characters, over Cloudflare Pages' ${CLOUDFLARE_REDIRECT_LIMITS.lineLength}; Cloudflare skips it and serves the redirect page`);
  }
  if (lines.length > CLOUDFLARE_REDIRECT_LIMITS.staticRules) {
    warnings.push(`${lines.length} redirect rules: Cloudflare Pages applies the first ${CLOUDFLARE_REDIRECT_LIMITS.staticRules}; the rest are served by their redirect pages`);
  }
  const header = "# Alias and tag-synonym URLs (written by the build). The redirect pages at these paths do the same where this file is not read.";
  return { body: lines.length === 0 ? "" : `${header}\n${lines.join("\n")}\n`, rules: lines.length, warnings };
}

/** A site path as our pages link to it: each segment decoded if it was encoded, NFC, then encodeURIComponent. */
export function encodeSitePath(path: string): string {
  if (!path.startsWith("/") || path.startsWith("//")) throw new RedirectPathError(`not a site path (it must start with a single /): ${path}`);
  if (path.includes("?")) throw new RedirectPathError(`a redirect path cannot have a query: ${path}`);
  const hash = path.indexOf("#");
  const pathname = hash === -1 ? path : path.slice(0, hash);
  const encoded = pathname
    .split("/")
    .map((segment) => encodeURIComponent(decodeSegment(segment).normalize("NFC")).replace(/\*/gu, "%2A"))
    .join("/");
  if (encoded.split("/").some((segment) => segment === "." || segment === "..")) {
    throw new RedirectPathError(`a redirect path cannot have . or .. segments: ${path}`);
  }
  return hash === -1 ? encoded : `${encoded}${encodeFragment(path.slice(hash + 1))}`;
}

/**
 * The script for a static redirect page: go to `to`, keeping the fragment the reader came with
 * (`location.replace` leaves no history entry, like an HTTP redirect). Safe to put inside
 * `<script>` as is: the target is a JSON string with `<` escaped.
 */
export function redirectScript(to: string): string {
  const target = JSON.stringify(encodeSitePath(to)).replace(/</gu, "\\u003c").replace(/\u2028/gu, "\\u2028").replace(/\u2029/gu, "\\u2029");
  return `(function(t){var h=location.hash;location.replace(h?t.replace(/#.*$/,"")+h:t)})(${target})`;
}

const REFRESH_META = /<meta\s[^>]*http-equiv\s*=\s*["']?refresh["']?[^>]*>/iu;

/**
 * Where a built redirect page sends the reader: the URL of its `<meta http-equiv="refresh">`
 * (inside `<noscript>` or not), entities decoded; undefined for any other page. Lets the build
 * list its redirects from the pages it wrote, whatever made them (aliases, tag synonyms).
 */
export function redirectTargetInHtml(html: string): string | undefined {
  const tag = REFRESH_META.exec(html)?.[0];
  if (tag === undefined) return undefined;
  const content = /\scontent\s*=\s*(?:"([^"]*)"|'([^']*)')/iu.exec(tag);
  const value = decodeHtmlEntities(content?.[1] ?? content?.[2] ?? "");
  const url = /^\s*\d+(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?(.*)$/iu.exec(value)?.[1]?.trim();
  if (url === undefined || url === "") return undefined;
  return url.replace(/^(["'])(.*)\1$/u, "$2");
}

function decodeHtmlEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/giu, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/gu, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&amp;/gu, "&");
}

export class RedirectPathError extends Error {
  override name = "RedirectPathError";
}

/** A fragment written the way heading links are: decoded, NFC, then percent-encoded. */
function encodeFragment(fragment: string): string {
  return fragment === "" ? "" : `#${encodeURIComponent(decodeSegment(fragment).normalize("NFC"))}`;
}

/** Follows rule to rule (a → b → c) to the page at the end; undefined when the rules go round in a loop. */
function finalTarget(from: string, to: string, targets: ReadonlyMap<string, string>): string | undefined {
  const visited = [from];
  let current = to;
  for (;;) {
    const path = pathOf(current);
    if (visited.some((page) => samePage(page, path))) return undefined;
    const next = targets.get(path) ?? targets.get(otherSlash(path));
    if (next === undefined) return current;
    visited.push(path);
    // Browsers keep a fragment from an earlier Location when a later one has none.
    current = fragmentOf(next) === "" ? `${next}${fragmentOf(current)}` : next;
  }
}

function pathOf(target: string): string {
  const hash = target.indexOf("#");
  return hash === -1 ? target : target.slice(0, hash);
}

function fragmentOf(target: string): string {
  const hash = target.indexOf("#");
  return hash === -1 ? "" : target.slice(hash);
}

/** Netlify and Cloudflare treat `/a` and `/a/` as one page (one by rule, one by redirect). */
function samePage(a: string, b: string): boolean {
  return a === b || otherSlash(a) === b;
}

function otherSlash(path: string): string {
  return path.endsWith("/") ? path.slice(0, -1) || "/" : `${path}/`;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A literal `%` that is not an escape (`100%`): the segment was written raw.
    return segment;
  }
}

function readable(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
