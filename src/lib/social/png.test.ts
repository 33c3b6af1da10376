import { describe, expect, it } from "vitest";
import { inflateSync } from "node:zlib";
import { CanvasPool } from "./canvas-pool";
import { encodeRgbPng, isCompletePng } from "./png";

/** Decodes an 8-bit RGB PNG with filters None, Sub and Up (what the encoders here write). */
function decodeRgb(png: Buffer): { width: number; height: number; rgb: Uint8Array } {
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([data[8], data[9]]).toEqual([8, 2]);
    }
    if (type === "IDAT") idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 3;
  const rgb = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let i = 0; i < stride; i++) {
      const v = raw[y * (stride + 1) + 1 + i]!;
      const left = i >= 3 ? rgb[y * stride + i - 3]! : 0;
      const up = y > 0 ? rgb[(y - 1) * stride + i]! : 0;
      rgb[y * stride + i] = (v + (filter === 1 ? left : filter === 2 ? up : 0)) & 0xff;
    }
  }
  return { width, height, rgb };
}

function noise(width: number, height: number, seed: number): Uint8Array {
  let state = seed;
  const out = new Uint8Array(width * height * 3);
  for (let i = 0; i < out.length; i++) out[i] = (state = (state * 1664525 + 1013904223) >>> 0) >>> 24;
  return out;
}

describe("encodeRgbPng", () => {
  it("round-trips pixels exactly", async () => {
    const rgb = noise(37, 11, 7);
    const png = await encodeRgbPng(rgb, 37, 11);
    expect(isCompletePng(png, { width: 37, height: 11 })).toBe(true);
    expect(decodeRgb(png).rgb).toEqual(rgb);
  });
});

describe("CanvasPool", () => {
  it("encodes template + drawn band exactly and puts the template back for the next card", async () => {
    const [w, h] = [40, 30];
    const template = noise(w, h, 3);
    const pool = new CanvasPool(template, w, h, 2);
    const paint = (value: number, from: number, to: number) => (canvas: { rgb: Uint8Array; top: number; bottom: number }) => {
      canvas.rgb.fill(value, from * w * 3, to * w * 3);
      canvas.top = Math.min(canvas.top, from);
      canvas.bottom = Math.max(canvas.bottom, to);
    };
    const [a, b, c] = await Promise.all([pool.png(paint(200, 5, 9)), pool.png(paint(17, 0, 2)), pool.png(paint(90, 28, 30))]);
    for (const [png, value, from, to] of [[a, 200, 5, 9], [b, 17, 0, 2], [c, 90, 28, 30]] as const) {
      const want = template.slice();
      want.fill(value, from * w * 3, to * w * 3);
      expect(decodeRgb(png).rgb).toEqual(want);
    }
    // Nothing drawn: the template itself, not a leftover of an earlier card.
    expect(decodeRgb(await pool.png(() => undefined)).rgb).toEqual(template);
  });
});

describe("isCompletePng", () => {
  it("accepts a whole PNG and rejects cut, corrupted, padded or mis-sized ones", async () => {
    const png = await encodeRgbPng(noise(20, 10, 1), 20, 10);
    expect(isCompletePng(png)).toBe(true);
    expect(isCompletePng(png, { width: 20, height: 10 })).toBe(true);
    expect(isCompletePng(png, { width: 1200, height: 630 })).toBe(false);
    for (const cut of [0, 1, 8, 20, 33, png.length - 13, png.length - 12, png.length - 1]) expect(isCompletePng(png.subarray(0, cut))).toBe(false);
    const flipped = Buffer.from(png);
    flipped[45] = flipped[45]! ^ 0xff;
    expect(isCompletePng(flipped)).toBe(false);
    expect(isCompletePng(Buffer.concat([png, Buffer.from([0])]))).toBe(false);
    expect(isCompletePng(Buffer.alloc(0))).toBe(false);
  });
});
