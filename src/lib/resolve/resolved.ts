import { z } from "astro/zod";

/** What one link or embed of a note became, decided once per build for the whole site. */
export const resolvedLinkSchema = z.discriminatedUnion("kind", [
  /** A link to a published note (`href` includes the `#anchor`). */
  z.object({ kind: z.literal("note"), target: z.string(), href: z.string(), text: z.string() }),
  /** An embedded note, or a heading section / block of one. */
  z.object({
    kind: z.literal("embed"),
    target: z.string(),
    href: z.string(),
    text: z.string(),
    /** File lines [from, to) of the target to show; absent for the whole note. */
    lines: z.object({ from: z.number().int(), to: z.number().int() }).optional(),
  }),
  /** A file of the vault (image, audio, video, PDF, other), published at `href`. */
  z.object({
    kind: z.literal("file"),
    target: z.string(),
    href: z.string(),
    text: z.string(),
    media: z.enum(["image", "audio", "video", "pdf", "file"]),
    embed: z.boolean(),
    width: z.number().optional(),
    height: z.number().optional(),
    /** WebP copies for `srcset`, narrowest first. */
    variants: z.array(z.object({ href: z.string(), width: z.number() })).optional(),
  }),
  /** A link to something not on the site: shown as plain text marked missing. */
  z.object({ kind: z.literal("missing"), text: z.string(), embed: z.boolean() }),
  /** A link to a note that is not published (`publish: false`, `draft: true`): plain text. */
  z.object({ kind: z.literal("unpublished"), text: z.string() }),
]);

export type ResolvedLink = z.infer<typeof resolvedLinkSchema>;
