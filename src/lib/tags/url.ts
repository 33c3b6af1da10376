import { normalizeTag } from "./normalize";

/**
 * The `[...tag]` route param for a tag: its normalised segments joined by `/`, Korean kept as is
 * (`학습/비교` → "학습/비교"). Astro static paths take this raw string; the browser percent-encodes it.
 */
export function tagUrlPath(tag: string): string {
  return normalizeTag(tag);
}

/**
 * An href to a tag page under `base` (e.g. "/tags" or "/site/tags/"), each segment encoded with
 * encodeURIComponent so `?`, `#`, `%` or spaces in a tag cannot break the URL. Ends with `/` like the
 * directory-style pages Astro builds.
 */
export function tagHref(base: string, tag: string): string {
  const prefix = base.replace(/\/+$/, "");
  const path = tagUrlPath(tag);
  const encoded = path === "" ? "" : `${path.split("/").map(encodeURIComponent).join("/")}/`;
  return `${prefix}/${encoded}`;
}
