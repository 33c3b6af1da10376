import { distinctSegment, encodePath } from "../lib/urls";
import { settings } from "../lib/settings/settings";

/** A site-internal href under the configured base path. `path` has no leading slash. */
export function href(path = ""): string {
  return `${settings().base}${path.replace(/^\/+/, "")}`;
}

/** The URL path of a tag page under `tags/`: each level as written when it is URL-safe (Korean kept
 * readable), else slugged with a short hash, so a host never reads it as a query or fragment and two
 * tags never share a page (`c#` → `c-…`, `a?b` → `a-b-…`, `100%` → `100-…`). */
export function tagRoute(tag: string): string {
  return tag.split("/").map(distinctSegment).join("/");
}

/** A tag page; `""` is the tag index. */
export function tagHref(tag: string): string {
  return tag === "" ? href("tags/") : href(`tags/${encodePath(tagRoute(tag))}/`);
}

/** Absolute URL for canonical links, feeds and social cards, or undefined when the site URL is not
 * known: then the page writes no absolute URL at all rather than a made-up one. */
export function absoluteUrl(path: string): string | undefined {
  const site = settings().siteUrl;
  return site === undefined ? undefined : new URL(path, site).toString();
}

/** Where a page's social card is: each note has its own, every other page shares the site's. */
export function cardPath(param?: string): string {
  return param === undefined ? "og.png" : `og/${encodePath(param)}.png`;
}
