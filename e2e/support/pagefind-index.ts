import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

/** What Pagefind stored for one page: its indexed text and where each anchor sits (in words). */
export interface IndexedPage {
  readonly url: string;
  readonly content: string;
  readonly anchors: readonly { readonly id: string; readonly location: number }[];
}

/** Every page Pagefind indexed in a built site, read from its fragment files (gzip + a signature). */
export function indexedPages(dir: string): IndexedPage[] {
  const fragments = join(dir, "pagefind", "fragment");
  return readdirSync(fragments).map((name) => {
    const text = gunzipSync(readFileSync(join(fragments, name))).toString("utf8");
    return JSON.parse(text.slice(text.indexOf("{"))) as IndexedPage;
  });
}

/** Words as a reader compares them: letters and digits only, lower case, NFC. */
export function wordsOf(text: string): string[] {
  return [...text.normalize("NFC").toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)].map((match) => match[0]);
}

/** The indexed words of a page that the reader sees: everything before the hidden search forms. */
export function indexedVisibleText(page: IndexedPage, formsAnchorId: string): string {
  const words = page.content.split(/\s+/u).filter((word) => word.length > 0);
  const formsAt = page.anchors.find((anchor) => anchor.id === formsAnchorId)?.location ?? words.length;
  return words.slice(0, formsAt).join(" ");
}
