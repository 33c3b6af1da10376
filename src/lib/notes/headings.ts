import GithubSlugger from "github-slugger";

/** Emoji that open many headings (🎯 핵심 포인트) would leave ids starting with `-`. */
export function headingIdText(text: string): string {
  return text.replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, "").trim();
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
