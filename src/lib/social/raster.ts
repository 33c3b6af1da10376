/**
 * An anti-aliased path filler: exact pixel coverage by signed-area accumulation (the font-rs
 * method), curves flattened to lines. Enough for glyphs and pills on a card, in a few µs each,
 * where drawing a whole card as SVG cost ~50 ms.
 */

/** Path commands in pixels, y down: what `fillCoverage` draws. */
export type PathCommand =
  | { type: "M" | "L"; x: number; y: number }
  | { type: "Q"; x1: number; y1: number; x: number; y: number }
  | { type: "C"; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { type: "Z" };

/** Coverage (0..1) of `width` × `height` pixels whose top-left pixel is (`left`, `top`) on the card. */
export interface Coverage {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Float32Array;
}

interface Point {
  x: number;
  y: number;
}

/** Farthest a flattened curve may stray from the curve, in px. */
const TOLERANCE = 0.05;

/** Wang's formula: line segments so that a curve whose second differences reach `bend` (already
 * scaled for its degree) stays within TOLERANCE of its chords. */
const segments = (bend: number) => Math.max(1, Math.ceil(Math.sqrt(bend / TOLERANCE)));

/** Lines of a path, curves flattened within TOLERANCE. */
export function flatten(commands: readonly PathCommand[]): Point[][] {
  const contours: Point[][] = [];
  let current: Point[] = [];
  let start: Point = { x: 0, y: 0 };
  let pen: Point = { x: 0, y: 0 };
  const close = () => {
    if (current.length > 1) {
      const first = current[0]!;
      const last = current[current.length - 1]!;
      if (first.x !== last.x || first.y !== last.y) current.push({ x: first.x, y: first.y });
      contours.push(current);
    }
    current = [];
  };
  for (const c of commands) {
    switch (c.type) {
      case "M":
        close();
        start = { x: c.x, y: c.y };
        pen = start;
        current.push(start);
        break;
      case "L":
        pen = { x: c.x, y: c.y };
        current.push(pen);
        break;
      case "Q": {
        const n = segments(0.25 * Math.hypot(pen.x - 2 * c.x1 + c.x, pen.y - 2 * c.y1 + c.y));
        for (let i = 1; i <= n; i++) {
          const t = i / n;
          const u = 1 - t;
          current.push({ x: u * u * pen.x + 2 * u * t * c.x1 + t * t * c.x, y: u * u * pen.y + 2 * u * t * c.y1 + t * t * c.y });
        }
        pen = { x: c.x, y: c.y };
        break;
      }
      case "C": {
        const d1 = Math.hypot(pen.x - 2 * c.x1 + c.x2, pen.y - 2 * c.y1 + c.y2);
        const d2 = Math.hypot(c.x1 - 2 * c.x2 + c.x, c.y1 - 2 * c.y2 + c.y);
        const n = segments(0.75 * Math.max(d1, d2));
        for (let i = 1; i <= n; i++) {
          const t = i / n;
          const u = 1 - t;
          const a = u * u * u;
          const b = 3 * u * u * t;
          const d = 3 * u * t * t;
          const e = t * t * t;
          current.push({ x: a * pen.x + b * c.x1 + d * c.x2 + e * c.x, y: a * pen.y + b * c.y1 + d * c.y2 + e * c.y });
        }
        pen = { x: c.x, y: c.y };
        break;
      }
      case "Z":
        close();
        pen = start;
        break;
    }
  }
  close();
  return contours;
}

/** Accumulates one line's signed area into `acc` (row-major, `w` wide, coordinates local). */
function accumulateLine(acc: Float32Array, w: number, h: number, p: Point, q: Point): void {
  if (p.y === q.y) return;
  const dir = p.y < q.y ? 1 : -1;
  const [p0, p1] = dir === 1 ? [p, q] : [q, p];
  const dxdy = (p1.x - p0.x) / (p1.y - p0.y);
  let x = p0.x;
  if (p0.y < 0) x -= p0.y * dxdy;
  const yEnd = Math.min(h, Math.ceil(p1.y));
  for (let y = Math.max(0, Math.floor(p0.y)); y < yEnd; y++) {
    const row = y * w;
    const dy = Math.min(y + 1, p1.y) - Math.max(y, p0.y);
    const xNext = x + dxdy * dy;
    const d = dy * dir;
    const x0 = Math.min(x, xNext);
    const x1 = Math.max(x, xNext);
    const x0Floor = Math.floor(x0);
    const x0i = x0Floor;
    const x1Ceil = Math.ceil(x1);
    const x1i = x1Ceil;
    if (x1i <= x0i + 1) {
      const xmf = 0.5 * (x + xNext) - x0Floor;
      acc[row + x0i] = acc[row + x0i]! + d - d * xmf;
      acc[row + x0i + 1] = acc[row + x0i + 1]! + d * xmf;
    } else {
      const s = 1 / (x1 - x0);
      const x0f = x0 - x0Floor;
      const a0 = 0.5 * s * (1 - x0f) * (1 - x0f);
      const x1f = x1 - x1Ceil + 1;
      const am = 0.5 * s * x1f * x1f;
      acc[row + x0i] = acc[row + x0i]! + d * a0;
      if (x1i === x0i + 2) acc[row + x0i + 1] = acc[row + x0i + 1]! + d * (1 - a0 - am);
      else {
        const a1 = s * (1.5 - x0f);
        acc[row + x0i + 1] = acc[row + x0i + 1]! + d * (a1 - a0);
        for (let xi = x0i + 2; xi < x1i - 1; xi++) acc[row + xi] = acc[row + xi]! + d * s;
        const a2 = a1 + (x1i - x0i - 3) * s;
        acc[row + x1i - 1] = acc[row + x1i - 1]! + d * (1 - a2 - am);
      }
      acc[row + x1i] = acc[row + x1i]! + d * am;
    }
    x = xNext;
  }
}

/** The coverage of a filled path (non-zero winding; overlaps add up and clamp at 1). */
export function fillCoverage(commands: readonly PathCommand[]): Coverage | undefined {
  const contours = flatten(commands);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const contour of contours) {
    for (const p of contour) {
      if (p.x < minX) minX = p.x;
      if (p.x > maxX) maxX = p.x;
      if (p.y < minY) minY = p.y;
      if (p.y > maxY) maxY = p.y;
    }
  }
  if (!Number.isFinite(minX) || maxX <= minX || maxY <= minY) return undefined;
  const left = Math.floor(minX);
  const top = Math.floor(minY);
  // One spare column: a line's area spills into the pixel right of it.
  const width = Math.ceil(maxX) - left + 2;
  const height = Math.ceil(maxY) - top;
  const acc = new Float32Array(width * height + 1);
  for (const contour of contours) {
    for (let i = 1; i < contour.length; i++) {
      const a = contour[i - 1]!;
      const b = contour[i]!;
      accumulateLine(acc, width, height, { x: a.x - left, y: a.y - top }, { x: b.x - left, y: b.y - top });
    }
  }
  const alpha = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    // Each row's areas sum to zero, so a running sum per row is the winding coverage.
    let sum = 0;
    const row = y * width;
    for (let x = 0; x < width; x++) {
      sum += acc[row + x]!;
      alpha[row + x] = Math.min(1, Math.abs(sum));
    }
  }
  return { left, top, width, height, alpha };
}
