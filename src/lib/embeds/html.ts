import { escapeHtml } from "../html/escape";
import type { ResolvedLink } from "../resolve/resolved";

type FileLink = Extract<ResolvedLink, { kind: "file" }>;

export interface EmbedLabels {
  missingFile: (name: string) => string;
  missingNote: (name: string) => string;
  embedSource: (title: string) => string;
  download: (name: string) => string;
}

function sizeAttributes(link: FileLink): string {
  return `${link.width === undefined ? "" : ` width="${link.width}"`}${link.height === undefined ? "" : ` height="${link.height}"`}`;
}

/**
 * How a page shows an embedded file: images with their size (so nothing jumps) loaded lazily, audio
 * and video with the browser's controls, a PDF or any other file as a download link.
 */
export function fileEmbedHtml(link: FileLink, alt: string, labels: EmbedLabels): string {
  const src = escapeHtml(link.href);
  const name = link.target.split("/").pop() ?? link.target;
  switch (link.media) {
    case "image": {
      const img = `<img class="embed-image" src="${src}" alt="${escapeHtml(alt)}"${sizeAttributes(link)} loading="lazy" decoding="async">`;
      if (link.variants === undefined || link.variants.length === 0) return img;
      // The browser picks the WebP copy that fits the column (and the screen's density); the original is the fallback.
      const srcset = link.variants.map((v) => `${escapeHtml(v.href)} ${v.width}w`).join(", ");
      const shown = link.variants[0]?.width ?? 800;
      return `<picture class="embed-picture"><source type="image/webp" srcset="${srcset}" sizes="(max-width: ${shown}px) 100vw, ${shown}px">${img}</picture>`;
    }
    case "audio":
      return `<audio class="embed-audio" controls preload="metadata" src="${src}"><a href="${src}">${escapeHtml(labels.download(name))}</a></audio>`;
    case "video":
      return `<video class="embed-video" controls preload="metadata" src="${src}"${sizeAttributes(link)}><a href="${src}">${escapeHtml(labels.download(name))}</a></video>`;
    default:
      return `<a class="embed-file" href="${src}" download>${escapeHtml(labels.download(name))}</a>`;
  }
}

/** A visible placeholder for an embed whose target is not in the vault: never a broken <img>. */
export function missingEmbedHtml(text: string, isFile: boolean, labels: EmbedLabels): string {
  return `<span class="embed-missing" role="note">${escapeHtml(isFile ? labels.missingFile(text) : labels.missingNote(text))}</span>`;
}

/** An embedded note (or a section or block of one), with a link to where it comes from. */
export function noteEmbedHtml(content: string, link: { href: string; title: string }, labels: EmbedLabels): string {
  return (
    `<div class="note-embed" data-embed>` +
    `<div class="note-embed__content">${content}</div>` +
    `<p class="note-embed__source"><a href="${escapeHtml(link.href)}">${escapeHtml(labels.embedSource(link.title))}</a></p>` +
    `</div>`
  );
}
