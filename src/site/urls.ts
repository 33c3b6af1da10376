import { tagHref as tagPageHref } from "../lib/tags/url";
import { siteConfig } from "../site.config";

/** A site-internal href under the configured base path. `path` has no leading slash. */
export function href(path = ""): string {
  const clean = path.replace(/^\/+/, "");
  return `${siteConfig.base}${clean}`;
}

export function noteHref(slug: string, anchor?: string): string {
  return `${href(`notes/${encodeURIComponent(slug)}/`)}${anchor ? `#${encodeURIComponent(anchor)}` : ""}`;
}

/** A tag page; `""` is the tag index. */
export function tagHref(tag: string): string {
  return tagPageHref(href("tags/"), tag);
}

/** Absolute URL for canonical links, feeds and social cards. */
export function absoluteUrl(path: string): string {
  return new URL(path, siteConfig.site).toString();
}

/** Where a page's social card is: each note has its own, every other page shares the site's. */
export function cardPath(slug?: string): string {
  return slug === undefined ? "og.png" : `og/${encodeURIComponent(slug)}.png`;
}
