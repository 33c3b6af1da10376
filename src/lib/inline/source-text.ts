import { decodeHTMLStrict } from "entities";
import { isAsciiPunctuation } from "./characters";

/** One character of a text node's value and the source it was written as. */
export interface SourceChar {
  /** One code point, or the whole decoded value of a character reference. */
  value: string;
  /** UTF-16 offsets into the source. */
  start: number;
  end: number;
  /** Written as a backslash escape or a character reference: never markup. */
  literal: boolean;
}

const CHARACTER_REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/y;

// What the parser leaves out of a text node's value between two of its
// characters: block prefixes of continuation lines (`> `, list indentation),
// whitespace stripped at line ends and starts, and the `\r` of `\r\n`.
function isDroppedBetweenCharacters(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3e || code === 0x0d;
}

/**
 * Aligns a text node's value with the source slice `[start, end)` it came from.
 * The value has escapes and character references resolved; aligning tells each
 * character's source offsets and whether it was escaped. Returns undefined when
 * the two cannot be aligned (a node some other step rewrote).
 */
export function alignTextWithSource(value: string, source: string, start: number, end: number): SourceChar[] | undefined {
  const chars: SourceChar[] = [];
  let at = start;
  let i = 0;
  while (i < value.length) {
    if (at >= end) return undefined;
    const code = source.charCodeAt(at);
    if (code === 0x5c /* \ */ && at + 1 < end && isAsciiPunctuation(source.charCodeAt(at + 1)) && value[i] === source[at + 1]) {
      chars.push({ value: value[i] as string, start: at, end: at + 2, literal: true });
      i += 1;
      at += 2;
      continue;
    }
    if (code === 0x26 /* & */) {
      CHARACTER_REFERENCE.lastIndex = at;
      const reference = CHARACTER_REFERENCE.exec(source)?.[0];
      if (reference !== undefined && at + reference.length <= end) {
        const decoded = decodeHTMLStrict(reference);
        if (decoded !== reference && value.startsWith(decoded, i)) {
          chars.push({ value: decoded, start: at, end: at + reference.length, literal: true });
          i += decoded.length;
          at += reference.length;
          continue;
        }
      }
    }
    const codePoint = value.codePointAt(i) as number;
    const width = codePoint > 0xffff ? 2 : 1;
    if (source.startsWith(value.slice(i, i + width), at)) {
      chars.push({ value: value.slice(i, i + width), start: at, end: at + width, literal: false });
      i += width;
      at += width;
      continue;
    }
    if (!isDroppedBetweenCharacters(code)) return undefined;
    at += 1;
  }
  return chars;
}
