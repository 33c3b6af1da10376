/**
 * Note bytes → text, the one place text enters the site: the encoding is detected (UTF-8 with or
 * without BOM, UTF-16 LE/BE with BOM), bytes that are not valid UTF-8 are reported with their
 * offset, control characters (which break XML feeds and HTML) are removed and reported, and the
 * result is NFC with `\n` line ends.
 */
export interface DecodedText {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be";
  problems: { message: string; line?: number }[];
}

/** Byte offset of the first byte that does not start a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need = 0;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    if (need === 2) {
      const c = bytes[i + 1] ?? 0;
      if ((b === 0xe0 && c < 0xa0) || (b === 0xed && c > 0x9f)) return i;
    } else if (need === 3) {
      const c = bytes[i + 1] ?? 0;
      if ((b === 0xf0 && c < 0x90) || (b === 0xf4 && c > 0x8f)) return i;
    }
    i += need + 1;
  }
  return -1;
}

// C0 controls but tab and line ends, DEL, C1 controls, and the non-characters XML forbids.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function decodeNote(bytes: Uint8Array): DecodedText {
  const problems: DecodedText["problems"] = [];
  let encoding: DecodedText["encoding"] = "utf-8";
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = "utf-16le";
    text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = "utf-16be";
    text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  } else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    const bad = firstInvalidUtf8(body);
    text = new TextDecoder("utf-8").decode(body);
    if (bad >= 0) {
      const line = lineAt(new TextDecoder("utf-8").decode(body.subarray(0, bad)), bad);
      problems.push({ line, message: `not valid UTF-8 at byte ${bad + (body === bytes ? 0 : 3)}; the bad bytes are shown as �. Save the file as UTF-8` });
    }
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const control = CONTROL.exec(text);
  CONTROL.lastIndex = 0;
  if (control !== null) {
    const count = text.match(CONTROL)?.length ?? 0;
    problems.push({ line: lineAt(text, control.index), message: `${count} control character(s) (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")} …) removed` });
    text = text.replace(CONTROL, "");
  }
  return { text: text.normalize("NFC"), encoding, problems };
}
