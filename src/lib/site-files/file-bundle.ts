/**
 * Files a build writes in thousands (alias redirect pages, link-preview JSON, social cards) come from
 * one route each, as a bundle, and are written by an integration after Astro (src/integrations/
 * file-bundles.ts): a route per file cost Astro ~1–3.5 ms each even when restored from its cache, most
 * of an edit's rebuild at 5,000 notes (BENCHMARKS, issue 18).
 */
export interface FileBundle {
  files: BundledFile[];
}

export type BundledFile = BundledText | CachedFile;

export interface BundledText {
  /** Where the file goes, relative to the output folder (`notes/glue-crawler/index.html`). */
  path: string;
  content: string;
}

/** A file the build already keeps in its cache (a social card), linked from there, not copied. */
export interface CachedFile {
  path: string;
  /** Where it is, relative to the cache root (`og/<hash>.png`). */
  fromCache: string;
}

/** The folder (under the output folder) the bundles are built into, and removed from, by the build. */
export const FILE_BUNDLES_DIR = "file-bundles";

/** The bundles, each built by src/pages/file-bundles/[bundle].json.ts. */
export const FILE_BUNDLES = [
  "alias-pages",
  "previews",
  "social-cards",
] as const;
export type FileBundleName = (typeof FILE_BUNDLES)[number];

/** The output-relative path of a bundled file, or undefined for one that would leave the output folder. */
export function bundledFilePath(path: string): string | undefined {
  const segments = path.split("/");
  if (
    segments.length === 0 ||
    segments.some(
      (s) =>
        s === "" ||
        s === "." ||
        s === ".." ||
        s.includes("\\") ||
        s.includes("\0"),
    )
  )
    return undefined;
  return segments.join("/");
}
