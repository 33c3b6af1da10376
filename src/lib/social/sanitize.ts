/** Characters the card font (Pretendard) has no glyph for and that would be drawn as
 * empty boxes: emoji and their joiners/selectors. */
const PICTOGRAPH = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}\u{20E3}]/gu;

export interface CardText {
  text: string;
  /** What was dropped, in order, so the caller can tell why the card differs from the title. */
  removed: string[];
}

/** Prepares text for a card: NFC (titles may come from NFD file names), emoji dropped,
 * whitespace (including line breaks) collapsed to single spaces. */
export function cardText(raw: string): CardText {
  const removed: string[] = [];
  const text = raw
    .normalize("NFC")
    .replace(PICTOGRAPH, (m) => {
      if (m !== "\u{FE0F}" && m !== "\u{200D}") removed.push(m);
      return "";
    })
    .replace(/\s+/gu, " ")
    .trim();
  return { text, removed };
}
