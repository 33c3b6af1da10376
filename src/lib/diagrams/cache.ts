import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** Path of a cached diagram. Only successes are cached: failures are retried on the next build. */
export function cachePath(cacheDir: string, key: string): string {
  return path.join(cacheDir, `${key}.svg`);
}

/** The cached SVG, or undefined when missing or unusable (e.g. truncated by a crash). */
export async function readCachedSvg(cacheDir: string, key: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(cachePath(cacheDir, key), "utf8");
  } catch {
    return undefined;
  }
  return usableSvg(text);
}

/** readCachedSvg for a page being written (Astro renders a component's text synchronously). */
export function readCachedSvgSync(cacheDir: string, key: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(cachePath(cacheDir, key), "utf8");
  } catch {
    return undefined;
  }
  return usableSvg(text);
}

function usableSvg(text: string): string | undefined {
  return /^<svg[\s>]/.test(text) && /<\/svg>\s*$/.test(text) ? text : undefined;
}

/** Writes via a temporary file and rename, so a reader never sees half a file. */
export async function writeCachedSvg(cacheDir: string, key: string, svg: string): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const target = cachePath(cacheDir, key);
  const tmp = `${target}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await writeFile(tmp, svg, "utf8");
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
