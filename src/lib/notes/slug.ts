/** A URL path segment that keeps Korean readable: lower-case ASCII, spaces to `-`,
 * and no characters that would break a path or need escaping in HTML. */
export function toSlug(text: string): string {
  return text
    .normalize("NFC")
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-")
    .replace(/[^\p{L}\p{N}\p{M}.-]+/gu, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
}
