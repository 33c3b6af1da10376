import { getRssString } from "@astrojs/rss";
import { ATOM_NAMESPACE } from "./rss-validate";

export interface FeedItem {
  title: string;
  /** Absolute URL of the note. */
  url: string;
  summary: string;
  tags: readonly string[];
  /** ISO date (YYYY-MM-DD): the note's own date, else its file's or its last commit's. */
  date: string;
}

export interface FeedInput {
  title: string;
  description: string;
  lang: string;
  /** Absolute site URL with the base path (`https://example.org/kb/`). */
  siteUrl: string;
  items: readonly FeedItem[];
}

/** The site's RSS 2.0 feed: every note with a date, and the Atom self link feed readers ask for. */
export function siteFeed(input: FeedInput): Promise<string> {
  const feedUrl = new URL("rss.xml", input.siteUrl).toString();
  return getRssString({
    title: input.title,
    description: input.description || input.title,
    site: input.siteUrl,
    xmlns: { atom: ATOM_NAMESPACE },
    customData: `<language>${input.lang}</language><atom:link href="${feedUrl}" rel="self" type="application/rss+xml"/>`,
    items: input.items.map((item) => ({
      title: item.title,
      link: item.url,
      description: item.summary,
      categories: [...item.tags],
      pubDate: new Date(`${item.date}T00:00:00Z`),
    })),
  });
}
