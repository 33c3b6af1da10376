/**
 * Splits raw note text into lines. Notes may arrive with CRLF endings or in NFD (macOS file
 * names and some editors), so both are normalised here; neither changes the number of lines.
 */
export function toLines(text: string): string[] {
  return text.normalize("NFC").split(/\r\n|\r|\n/);
}
