import { ui } from "../i18n/ui";
import { redirectPageHtml, type RedirectPageEntry, type RedirectPageShared } from "../lib/seo/redirect-page";
import type { BundledFile } from "../lib/site-files/file-bundle";
import { settings } from "../lib/settings/settings";
import { getKnowledgeGraph } from "./graph";
import { noteFace } from "./page-keys";
import { absoluteUrl, href } from "./urls";

/** Every alias URL's redirect page, as files for the build to write (lib/site-files/file-bundle.ts). */
export async function aliasPageFiles(): Promise<BundledFile[]> {
  const graph = await getKnowledgeGraph();
  const shared = redirectPageShared();
  return graph.aliasPages.map(([param, note]) => ({ path: `notes/${param}/index.html`, content: redirectPageHtml(shared, redirectEntry(note.data.href, note.data.title)) }));
}

/** What the alias pages show: each alias and its note's face. */
export async function aliasPagesKey(): Promise<unknown> {
  const graph = await getKnowledgeGraph();
  return graph.aliasPages.map(([param, note]) => [param, noteFace(note)]);
}

function redirectPageShared(): RedirectPageShared {
  return { lang: settings().lang, favicon: href("favicon.svg"), redirecting: ui.redirecting };
}

/** A redirect page as a page route's response (tag synonyms; alias URLs on the dev server). */
export function redirectResponse(to: string, title: string): Response {
  return new Response(redirectPageHtml(redirectPageShared(), redirectEntry(to, title)), { headers: { "Content-Type": "text/html; charset=utf-8" } });
}

function redirectEntry(to: string, title: string): RedirectPageEntry {
  const canonical = absoluteUrl(to);
  return { to, title, ...(canonical === undefined ? {} : { canonical }) };
}
