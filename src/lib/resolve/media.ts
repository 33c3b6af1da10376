/** What kind of file an attachment is, by extension: how a page shows it. */
export type MediaKind = "image" | "audio" | "video" | "pdf" | "file";

const KINDS: Record<string, MediaKind> = {
  png: "image", jpg: "image", jpeg: "image", gif: "image", webp: "image", avif: "image", svg: "image", bmp: "image", ico: "image",
  mp3: "audio", wav: "audio", ogg: "audio", oga: "audio", m4a: "audio", flac: "audio", "3gp": "audio", opus: "audio",
  mp4: "video", webm: "video", ogv: "video", mov: "video", mkv: "video", m4v: "video",
  pdf: "pdf",
};

export function mediaKind(path: string): MediaKind {
  const ext = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? "";
  return KINDS[ext] ?? "file";
}
