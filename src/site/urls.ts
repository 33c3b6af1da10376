import { encodePath, slugSegment } from "../lib/urls";
import { settings } from "../lib/settings/settings";

/** A site-internal href under the configured base path. `path` has no leading slash. */
export function href(path = ""): string {
  return `${settings().base}${path.replace(/^\/+/, "")}`;
}

/** The URL path of a tag page under `tags/`: each level slugged (readable Korean, nothing a host would
 * read as a query or fragment: `c#` → `c`, `a?b` → `a-b`). */
export function tagRoute(tag: string): string {
  return tag
    .split("/")
    .map((segment) => slugSegment(segment) || "tag")
    .join("/");
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
