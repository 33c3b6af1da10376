import { open } from "node:fs/promises";
import { imageSize } from "image-size";
import { mediaKind } from "../lib/resolve/media";
import type { VaultFile } from "../lib/vault";

// Every format's size sits in its first bytes (SVG's in the root element; JPEG's after its metadata).
const HEADER_BYTES = 256 * 1024;

/** Intrinsic sizes of the vault's images (from their headers), so every <img> gets width and height
 * and nothing on the page jumps when it loads. Unreadable images simply have no size. */
export async function imageSizes(files: readonly VaultFile[]): Promise<Map<string, { width: number; height: number }>> {
  const out = new Map<string, { width: number; height: number }>();
  await Promise.all(
    files
      .filter((f) => mediaKind(f.path) === "image")
      .map(async (f) => {
        try {
          const handle = await open(f.absolutePath, "r");
          const buffer = Buffer.alloc(HEADER_BYTES);
          const { bytesRead } = await handle.read(buffer, 0, HEADER_BYTES, 0).finally(() => handle.close());
          const size = imageSize(buffer.subarray(0, bytesRead));
          if (size.width && size.height) out.set(f.path, { width: size.width, height: size.height });
        } catch {
          // Not an image we can measure; shown without a size.
        }
      }),
  );
  return out;
}
