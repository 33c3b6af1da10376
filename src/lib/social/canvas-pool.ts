import { promisify } from "node:util";
import { deflate } from "node:zlib";
import type { Canvas } from "./draw";
import { copyRowsUnfiltered, filterRowsUp, rgbPngFile } from "./png";

const deflateAsync = promisify(deflate);
/** zlib level 3: cards as small as satori's (~40 KB) at about half the time of level 6. */
const PNG_LEVEL = 3;

interface Slot {
  canvas: Canvas;
  raw: Buffer;
}

/**
 * Cards drawn on a template, encoded as PNG. Each card only changes a band of rows (its title and
 * chips), so a few canvases and their filtered rows are kept and only that band is redrawn,
 * filtered and put back afterwards: a fresh 2.3 MB buffer per card cost more (page faults) than
 * drawing it. zlib compresses on libuv's thread pool, one slot a thread, so cards drawn together
 * keep both cores busy.
 */
export class CanvasPool {
  readonly #template: Uint8Array;
  readonly #templateRaw: Buffer;
  readonly #width: number;
  readonly #height: number;
  readonly #free: Slot[] = [];
  readonly #waiting: ((slot: Slot) => void)[] = [];

  constructor(template: Uint8Array, width: number, height: number, slots = 4) {
    if (template.length !== width * height * 3) throw new Error(`CanvasPool: ${template.length} bytes for ${width}×${height}`);
    this.#template = template;
    this.#width = width;
    this.#height = height;
    this.#templateRaw = Buffer.alloc((width * 3 + 1) * height);
    filterRowsUp(template, this.#templateRaw, width, 0, height);
    for (let i = 0; i < slots; i++) this.#free.push({ canvas: { rgb: template.slice(), top: height, bottom: 0 }, raw: Buffer.from(this.#templateRaw) });
  }

  #acquire(): Promise<Slot> {
    const slot = this.#free.pop();
    return slot ? Promise.resolve(slot) : new Promise((resolve) => this.#waiting.push(resolve));
  }

  #release(slot: Slot): void {
    const next = this.#waiting.shift();
    if (next) next(slot);
    else this.#free.push(slot);
  }

  /** Puts the drawn band back to the template. */
  #reset(slot: Slot): void {
    const { canvas, raw } = slot;
    if (canvas.top < canvas.bottom) {
      const stride = this.#width * 3;
      canvas.rgb.set(this.#template.subarray(canvas.top * stride, canvas.bottom * stride), canvas.top * stride);
      const rawEnd = Math.min(this.#height, canvas.bottom + 1);
      raw.set(this.#templateRaw.subarray(canvas.top * (stride + 1), rawEnd * (stride + 1)), canvas.top * (stride + 1));
    }
    canvas.top = this.#height;
    canvas.bottom = 0;
  }

  /** The PNG of the template with `draw` applied (it records the rows it touches on the canvas). */
  async png(draw: (canvas: Canvas) => void, level = PNG_LEVEL): Promise<Buffer> {
    const slot = await this.#acquire();
    try {
      draw(slot.canvas);
      const { top, bottom } = slot.canvas;
      // Template rows keep their Up-filtered bytes; the band (and the row below it, whose Up
      // filter refers to it) goes in unfiltered.
      if (top < bottom) copyRowsUnfiltered(slot.canvas.rgb, slot.raw, this.#width, top, Math.min(this.#height, bottom + 1));
      return rgbPngFile(this.#width, this.#height, await deflateAsync(slot.raw, { level }));
    } finally {
      this.#reset(slot);
      this.#release(slot);
    }
  }

  /** The template with `draw` applied, as a fresh RGB buffer (for tests and comparisons). */
  async pixels(draw: (canvas: Canvas) => void): Promise<Uint8Array> {
    const slot = await this.#acquire();
    try {
      draw(slot.canvas);
      return slot.canvas.rgb.slice();
    } finally {
      this.#reset(slot);
      this.#release(slot);
    }
  }
}
