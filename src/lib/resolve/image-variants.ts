/**
 * Responsive WebP copies of a raster image (PNG, JPEG, WebP): one at the width a page shows it (at
 * most the content column, 800 px, or the `|300` the note asks for) and one at twice that for sharp
 * screens, never wider than the image itself. Measured on the Korean help vault's screenshots:
 * 5.1 MB of PNG → 0.9 MB of WebP at ≤ 800 px (BENCHMARKS.md). SVG and GIF are published as they are.
 */
export const CONTENT_WIDTH = 800;

const RASTER = /\.(png|jpe?g|webp)$/i;

export interface ImageVariant {
  /** Site path of the WebP copy. */
  path: string;
  width: number;
}

export function isRasterImage(path: string): boolean {
  return RASTER.test(path);
}

/** The variants for an image published at `sitePath`, intrinsically `intrinsic` px wide, shown at `shown` px (when the note says). */
export function imageVariants(sitePath: string, intrinsic: number, shown: number | undefined): ImageVariant[] {
  const base = Math.min(shown ?? CONTENT_WIDTH, intrinsic);
  const widths = [...new Set([base, Math.min(base * 2, intrinsic)])].filter((w) => w > 0).sort((a, b) => a - b);
  const stem = sitePath.replace(/\.[^./]+$/, "");
  return widths.map((width) => ({ path: `${stem}.${width}w.webp`, width }));
}
