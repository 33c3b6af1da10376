/**
 * Small files a build writes in thousands (alias redirect pages, link-preview JSON) come from one
 * route each, as a bundle, and are written by an integration after Astro (src/integrations/
 * file-bundles.ts): a route per file cost Astro ~3.5 ms each even when restored from its cache, most
 * of an edit's rebuild at 5,000 notes (BENCHMARKS, issue 18).
 */
export interface FileBundle {
  files: BundledFile[];
}

export interface BundledFile {
  /** Where the file goes, relative to the output folder (`notes/glue-crawler/index.html`). */
  path: string;
  content: string;
}

/** The folder (under the output folder) the bundles are built into, and removed from, by the build. */
export const FILE_BUNDLES_DIR = "file-bundles";

/** The bundles, each built by src/pages/file-bundles/[bundle].json.ts. */
export const FILE_BUNDLES = ["alias-pages", "previews"] as const;
export type FileBundleName = (typeof FILE_BUNDLES)[number];

/** The output-relative path of a bundled file, or undefined for one that would leave the output folder. */
export function bundledFilePath(path: string): string | undefined {
  const segments = path.split("/");
  if (segments.length === 0 || segments.some((s) => s === "" || s === "." || s === ".." || s.includes("\\") || s.includes("\0"))) return undefined;
  return segments.join("/");
}
