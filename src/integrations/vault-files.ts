import { copyFile, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { createReadStream } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { buildStateDir } from "../loaders/build-state";
import { cachePath, settings } from "../lib/settings/settings";
import { writeImageCopy } from "./image-copies";

async function readState<T>(name: string): Promise<Record<string, T>> {
  try {
    return JSON.parse(await readFile(join(buildStateDir(), name), "utf8")) as Record<string, T>;
  } catch {
    return {};
  }
}
const readFiles = () => readState<string>("files.json");
const readImages = () => readState<{ source: string; width: number }>("images.json");

const TYPES: Record<string, string> = {
  png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", gif: "image/gif", webp: "image/webp", avif: "image/avif", svg: "image/svg+xml",
  mp3: "audio/mpeg", wav: "audio/wav", ogg: "audio/ogg", m4a: "audio/mp4", flac: "audio/flac", mp4: "video/mp4", webm: "video/webm", pdf: "application/pdf",
};

/**
 * The vault files notes use (images, audio, PDFs…), published beside the pages: copied into the
 * output after the build, served from the vault by the dev server. Only files a published note
 * references are copied. The build report (every warning, by kind) is written next to them.
 */
export function vaultFilesIntegration(): AstroIntegration {
  return {
    name: "kb-vault-files",
    hooks: {
      "astro:server:setup": ({ server }) => {
        const base = settings().base;
        server.middlewares.use(async (req, res, next) => {
          const url = decodeURIComponent((req.url ?? "").split("?")[0] ?? "");
          if (!url.startsWith(`${base}files/`)) return next();
          const sitePath = url.slice(base.length);
          const image = (await readImages())[sitePath];
          if (image !== undefined) {
            const file = join(cachePath(settings(), "images"), "dev", sitePath);
            await writeImageCopy(image.source, image.width, file, cachePath(settings(), "images"));
            res.setHeader("Content-Type", "image/webp");
            createReadStream(file).pipe(res);
            return;
          }
          const source = (await readFiles())[sitePath];
          if (source === undefined) return next();
          const ext = /\.([^.]+)$/.exec(source)?.[1]?.toLowerCase() ?? "";
          res.setHeader("Content-Type", TYPES[ext] ?? "application/octet-stream");
          createReadStream(source).pipe(res);
        });
      },
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = await readFiles();
        let bytes = 0;
        for (const [sitePath, source] of Object.entries(files)) {
          const target = join(out, sitePath);
          await mkdir(dirname(target), { recursive: true });
          await copyFile(source, target);
          bytes += (await stat(target)).size;
        }
        const report = join(out, "_build");
        await mkdir(report, { recursive: true });
        for (const name of ["warnings.txt", "warnings.json"]) {
          try {
            await writeFile(join(report, name), await readFile(join(buildStateDir(), name)));
          } catch {
            // No report from the loader (nothing loaded): nothing to copy.
          }
        }
        const images = Object.entries(await readImages());
        let made = 0;
        for (const [sitePath, image] of images) made += await writeImageCopy(image.source, image.width, join(out, sitePath), cachePath(settings(), "images"));
        logger.info(
          `${Object.keys(files).length} vault files published (${Math.round(bytes / 1024)} KB), ${images.length} WebP image copies (${made} made, ${images.length - made} from the cache); build report in _build/`,
        );
      },
    },
  };
}
