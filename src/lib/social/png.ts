import { promisify } from "node:util";
import { crc32, deflate } from "node:zlib";

const deflateAsync = promisify(deflate);

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A PNG file around compressed image data (IDAT) of an 8-bit RGB image. */
export function rgbPngFile(width: number, height: number, idat: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  return Buffer.concat([PNG_SIGNATURE, chunk("IHDR", header), chunk("IDAT", idat), chunk("IEND", Buffer.alloc(0))]);
}

/** Writes rows [from, to) of `rgb` PNG-filtered with Up (each byte less the one above it: rows
 * equal to the row above become zeros) into `raw`, which has a filter byte before each row. */
export function filterRowsUp(rgb: Uint8Array, raw: Uint8Array, width: number, from: number, to: number): void {
  const stride = width * 3;
  for (let y = from; y < to; y++) {
    const src = y * stride;
    const dst = y * (stride + 1);
    raw[dst] = 2; // Up
    if (y === 0) raw.set(rgb.subarray(0, stride), 1);
    else for (let i = 0; i < stride; i++) raw[dst + 1 + i] = (rgb[src + i]! - rgb[src - stride + i]!) & 0xff;
  }
}

/** Copies rows [from, to) of `rgb` into `raw` unfiltered (filter None): a native copy, for rows
 * that change on every card, where computing a filter costs more than compressing the rows. */
export function copyRowsUnfiltered(rgb: Uint8Array, raw: Uint8Array, width: number, from: number, to: number): void {
  const stride = width * 3;
  for (let y = from; y < to; y++) {
    raw[y * (stride + 1)] = 0; // None
    raw.set(rgb.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
}

/** An opaque 8-bit RGB PNG of `rgb` (row-major, 3 bytes a pixel), compressed on libuv's thread pool. */
export async function encodeRgbPng(rgb: Uint8Array, width: number, height: number, level = 6): Promise<Buffer> {
  if (rgb.length !== width * 3 * height) throw new Error(`encodeRgbPng: ${rgb.length} bytes for ${width}×${height}`);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  filterRowsUp(rgb, raw, width, 0, height);
  return rgbPngFile(width, height, await deflateAsync(raw, { level }));
}

/**
 * Whether `png` is a whole PNG: signature, every chunk's length and CRC, IHDR first (of the
 * expected size when given), IEND last with nothing after it. A card cut short by a crash or a
 * full disk fails this and is drawn again (issue 17).
 */
export function isCompletePng(png: Uint8Array, size?: { width: number; height: number }): boolean {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (buf.length < PNG_SIGNATURE.length + 12 * 3 || !buf.subarray(0, 8).equals(PNG_SIGNATURE)) return false;
  let at = 8;
  let first = true;
  while (at + 12 <= buf.length) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString("latin1", at + 4, at + 8);
    const end = at + 12 + length;
    if (end > buf.length) return false;
    if (crc32(buf.subarray(at + 4, at + 8 + length)) !== buf.readUInt32BE(at + 8 + length)) return false;
    if (first) {
      if (type !== "IHDR" || length !== 13) return false;
      if (size && (buf.readUInt32BE(at + 8) !== size.width || buf.readUInt32BE(at + 12) !== size.height)) return false;
      first = false;
    }
    if (type === "IEND") return end === buf.length;
    at = end;
  }
  return false;
}
