import { createHash } from "node:crypto";
import { copyFile, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import sharp from "sharp";

/**
 * Makes a WebP copy of an image at a width (src/lib/resolve/image-variants.ts), cached on disk by
 * the image's bytes and the width, so a warm build only copies.
 */
export async function writeImageCopy(source: string, width: number, target: string, cacheDir: string): Promise<number> {
  const bytes = await readFile(source);
  const key = createHash("sha256").update(bytes).update(`\0${width}\0webp80`).digest("hex").slice(0, 40);
  const cached = join(cacheDir, `${key}.webp`);
  await mkdir(dirname(target), { recursive: true });
  try {
    await copyFile(cached, target);
    return 0;
  } catch {
    // Not made yet.
  }
  const webp = await sharp(bytes).resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer();
  await mkdir(cacheDir, { recursive: true });
  const temp = `${cached}.${process.pid}.tmp`;
  await writeFile(temp, webp);
  await rename(temp, cached);
  await writeFile(target, webp);
  return 1;
}
