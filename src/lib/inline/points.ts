import type { Point } from "unist";

/**
 * Makes unist points (1-based line, UTF-16 column, offset), as Sätteri counts
 * them, for offsets at or after a known point, without indexing the whole
 * document: it learns line starts as it walks forward from that point.
 */
export function pointMaker(source: string, known: Point): (offset: number) => Point {
  const origin = known.offset ?? 0;
  // lineStarts[k] is where line `known.line + k` starts.
  const lineStarts = [origin - (known.column - 1)];
  let walked = origin;
  return (target: number): Point => {
    for (; walked < target; walked += 1) {
      const code = source.charCodeAt(walked);
      if (code === 0x0a || (code === 0x0d && source.charCodeAt(walked + 1) !== 0x0a)) lineStarts.push(walked + 1);
    }
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] as number) <= target) low = middle;
      else high = middle - 1;
    }
    return { line: known.line + low, column: target - (lineStarts[low] as number) + 1, offset: target };
  };
}
