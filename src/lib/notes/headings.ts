import GithubSlugger from "github-slugger";

/** Emoji that open many headings (🎯 핵심 포인트) would leave ids starting with `-`. */
export function headingIdText(text: string): string {
  return text.replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, "").trim();
}

/**
 * Heading levels that never skip one (h2 → h4 reads as a missing section to a screen reader): each
 * heading is at most one level below the one before it, and the page's title is the only h1. The
 * author's relative levels are kept (`##`, `####`, `####` → h2, h3, h3).
 */
export class Outline {
  private readonly written: number[] = [];
  private readonly shown: number[] = [];

  next(depth: number): number {
    // Close the sections this heading ends: those written at its level or deeper.
    while (this.written.length > 0 && (this.written.at(-1) ?? 0) >= depth) {
      this.written.pop();
      this.shown.pop();
    }
    const level = Math.min(6, Math.max(2, (this.shown.at(-1) ?? 1) + 1));
    this.written.push(depth);
    this.shown.push(level);
    return level;
  }
}

/** Anchor ids of one note, in document order: the one place heading ids are made. */
export class HeadingIds {
  private readonly slugger = new GithubSlugger();

  /** Claims an id that the page writes itself (the practice question's heading). */
  reserve(text: string): string {
    return this.slugger.slug(headingIdText(text));
  }

  next(text: string): string {
    return this.slugger.slug(headingIdText(text));
  }
}
