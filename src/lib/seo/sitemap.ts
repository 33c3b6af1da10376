/**
 * Sitemap hygiene: a page that asks not to be indexed (alias and tag-synonym redirects, search,
 * 404) has no place in the sitemap. Search consoles report every such URL as an error, and on a
 * big site the redirects outnumber the notes.
 */

const ROBOTS_META = /<meta\s[^>]*name=["']robots["'][^>]*>/giu;

/** Whether an HTML document's head carries `<meta name="robots" content="…noindex…">`. */
export function isNoindexHtml(html: string): boolean {
  for (const tag of html.match(ROBOTS_META) ?? []) {
    const content = /content=["']([^"']*)["']/iu.exec(tag)?.[1] ?? "";
    if (content.split(",").some((directive) => /^(noindex|none)$/iu.test(directive.trim()))) return true;
  }
  return false;
}

const URL_ENTRY = /<url>([\s\S]*?)<\/url>/gu;
const LOC = /<loc>([^<]*)<\/loc>/u;

const unescapeXml = (text: string): string =>
  text.replace(/&lt;/gu, "<").replace(/&gt;/gu, ">").replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, "&");

/** Every `<loc>` of a sitemap, unescaped, in document order. */
export function sitemapLocations(xml: string): string[] {
  return [...xml.matchAll(URL_ENTRY)].flatMap((m) => {
    const loc = LOC.exec(m[1] ?? "")?.[1];
    return loc === undefined ? [] : [unescapeXml(loc.trim())];
  });
}

/** The sitemap (a `<urlset>` document) without the `<url>` entries whose location `drop` rejects. */
export function withoutSitemapUrls(xml: string, drop: (loc: string) => boolean): { xml: string; dropped: string[] } {
  const dropped: string[] = [];
  const kept = xml.replace(URL_ENTRY, (entry, inner: string) => {
    const loc = LOC.exec(inner)?.[1];
    if (loc === undefined || !drop(unescapeXml(loc.trim()))) return entry;
    dropped.push(unescapeXml(loc.trim()));
    return "";
  });
  return { xml: kept, dropped };
}

/**
 * The built file that answers a sitemap URL, relative to the output folder (directory format:
 * `/kb/notes/x/` → `notes/x/index.html`), or undefined for a URL outside the site.
 */
export function builtFileForUrl(loc: string, site: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(loc);
  } catch {
    return undefined;
  }
  if (url.origin !== new URL(site).origin || !url.pathname.startsWith(base)) return undefined;
  const path = decodeURIComponent(url.pathname.slice(base.length));
  if (path.split("/").includes("..")) return undefined;
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
}
