import { ui } from "../i18n/ui";
import { redirectPageHtml, type RedirectPageEntry, type RedirectPages } from "../lib/seo/redirect-page";
import { settings } from "../lib/settings/settings";
import { getKnowledgeGraph } from "./graph";
import type { Note } from "./notes";
import { absoluteUrl, href } from "./urls";

/** Every alias URL and the note it stands for, as the redirect pages show them. */
export async function aliasRedirectPages(): Promise<RedirectPages> {
  const graph = await getKnowledgeGraph();
  return { ...redirectPageShared(), pages: graph.aliasPages.map(([param, note]) => aliasPageEntry(param, note)) };
}

/** What every redirect page shows alike. */
export function redirectPageShared(): Omit<RedirectPages, "pages"> {
  return { lang: settings().lang, favicon: href("favicon.svg"), redirecting: ui.redirecting };
}

/** The redirect page at one alias URL. */
export function aliasPageEntry(param: string, note: Note): RedirectPageEntry {
  return redirectEntry(`notes/${param}/`, note.data.href, note.data.title);
}

/** A redirect page as a page route's response (tag synonyms; alias URLs on the dev server). */
export function redirectResponse(to: string, title: string): Response {
  return new Response(redirectPageHtml(redirectPageShared(), redirectEntry("", to, title)), { headers: { "Content-Type": "text/html; charset=utf-8" } });
}

function redirectEntry(path: string, to: string, title: string): RedirectPageEntry {
  const canonical = absoluteUrl(to);
  return { path, to, title, ...(canonical === undefined ? {} : { canonical }) };
}
