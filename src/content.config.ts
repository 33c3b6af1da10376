import { defineCollection } from "astro:content";
import { z } from "astro/zod";
import { notesLoader } from "./loaders/notes-loader";
import { siteConfig } from "./site.config";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const notes = defineCollection({
  loader: notesLoader({ base: siteConfig.notesDir }),
  schema: z.object({
    slug: z.string().min(1),
    title: z.string().min(1),
    tags: z.array(z.string()),
    aliases: z.array(z.string()),
    created: isoDate.optional(),
    modified: isoDate.optional(),
    summary: z.string(),
    sourcePath: z.string(),
  }),
});

export const collections = { notes };
