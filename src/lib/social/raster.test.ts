import { describe, expect, it } from "vitest";
import { fillCoverage, type PathCommand } from "./raster";
import { pillPath } from "./draw";

const sum = (a: Float32Array) => a.reduce((s, x) => s + x, 0);

function rect(x: number, y: number, w: number, h: number, clockwise = true): PathCommand[] {
  const pts = clockwise ? [[x, y], [x + w, y], [x + w, y + h], [x, y + h]] : [[x, y], [x, y + h], [x + w, y + h], [x + w, y]];
  return [{ type: "M", x: pts[0]![0]!, y: pts[0]![1]! }, ...pts.slice(1).map(([px, py]) => ({ type: "L" as const, x: px!, y: py! })), { type: "Z" }];
}

describe("fillCoverage", () => {
  it("covers a fractional rectangle by its exact area, whichever way it winds", () => {
    for (const clockwise of [true, false]) {
      const c = fillCoverage(rect(10.25, 3.5, 7.5, 4.25, clockwise))!;
      expect(sum(c.alpha)).toBeCloseTo(7.5 * 4.25, 3);
      // A pixel fully inside is fully covered, one a quarter inside a quarter.
      expect(c.alpha[(5 - c.top) * c.width + (12 - c.left)]).toBeCloseTo(1, 5);
      expect(c.alpha[(3 - c.top) * c.width + (10 - c.left)]).toBeCloseTo(0.75 * 0.5, 5);
    }
  });

  it("fills a pill (half circles at both ends) with its area", () => {
    const [w, h] = [120, 47];
    const r = h / 2;
    const c = fillCoverage(pillPath(100.5, 450, w, h))!;
    const area = (w - h) * h + Math.PI * r * r;
    // Curves are flattened within 0.05 px: chords cut off a sliver along the arcs.
    expect(Math.abs(sum(c.alpha) - area) / area).toBeLessThan(0.002);
  });

  it("leaves a hole open (a ring) and returns nothing for an empty path", () => {
    const ring = fillCoverage([...rect(0, 0, 10, 10, true), ...rect(3, 3, 4, 4, false)])!;
    expect(sum(ring.alpha)).toBeCloseTo(100 - 16, 3);
    expect(ring.alpha[5 * ring.width + 5]).toBeCloseTo(0, 5);
    expect(fillCoverage([])).toBeUndefined();
  });
});
