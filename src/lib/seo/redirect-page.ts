import { escapeHtml } from "../html/escape";
import { redirectScript } from "./redirects";

/** What every redirect page shows alike. */
export interface RedirectPageShared {
  lang: string;
  /** Favicon href (base path included). */
  favicon: string;
  /** The sentence before the link (ui.redirecting). */
  redirecting: string;
}

export interface RedirectPageEntry {
  /** Site-internal href of the page the URL stands for. */
  to: string;
  title: string;
  /** Absolute URL of `to`, when the site URL is known. */
  canonical?: string;
}

/**
 * A static redirect page: with JavaScript the reader's #fragment comes along (/notes/etl/#관련-문제
 * lands on that section); without it the meta refresh still redirects; hosts that read `_redirects`
 * answer with a real 301 before this page is ever served. Not indexed, not in the sitemap.
 */
export function redirectPageHtml(shared: RedirectPageShared, page: RedirectPageEntry): string {
  const to = escapeHtml(page.to);
  const title = escapeHtml(page.title);
  return (
    `<!DOCTYPE html><html lang="${escapeHtml(shared.lang)}"><head><meta charset="utf-8"><title>${title}</title>` +
    `<script>${redirectScript(page.to)}</script>` +
    `<noscript><meta http-equiv="refresh" content="0; url=${to}"></noscript>` +
    (page.canonical === undefined ? "" : `<link rel="canonical" href="${escapeHtml(page.canonical)}">`) +
    `<meta name="robots" content="noindex"><link rel="icon" href="${escapeHtml(shared.favicon)}" type="image/svg+xml"></head>` +
    `<body><p>${escapeHtml(shared.redirecting)} <a href="${to}">${title}</a></p></body></html>\n`
  );
}
