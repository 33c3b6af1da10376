/**
 * Splits raw note text into lines. Notes may arrive with CRLF endings or in NFD (macOS file
 * names and some editors), so both are normalised here; neither changes the number of lines.
 */
export function toLines(text: string): string[] {
  return text.normalize("NFC").split(/\r\n|\r|\n/);
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Tracks fenced code blocks while walking lines, so headings or answer lines quoted inside
 * code are not mistaken for structure.
 */
export class FenceTracker {
  private open: string | null = null;

  /** Feed a line; returns true when the line is part of a fence (including its delimiters). */
  step(line: string): boolean {
    const m = FENCE.exec(line);
    if (this.open === null) {
      if (m?.[1]) {
        this.open = m[1];
        return true;
      }
      return false;
    }
    if (m?.[1] && m[1][0] === this.open[0] && m[1].length >= this.open.length && line.trim() === m[1]) {
      this.open = null;
    }
    return true;
  }
}
