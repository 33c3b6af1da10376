import { defineCollection } from "astro:content";
import { z } from "astro/zod";
import type { Quiz } from "./lib/quiz";
import { notesLoader } from "./loaders/notes-loader";
import { siteConfig } from "./site.config";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const quiz = z.object({
  question: z.string(),
  options: z.array(z.object({ letter: z.string(), text: z.string() })),
  answers: z.array(z.string()).min(1),
  explanations: z.array(z.object({ letters: z.array(z.string()), text: z.string() })),
  generalExplanation: z.string().optional(),
  multiple: z.boolean(),
})
  // Match the Quiz type exactly: an absent explanation is left out, not `undefined`.
  .transform(({ generalExplanation, ...rest }): Quiz => (generalExplanation === undefined ? rest : { ...rest, generalExplanation }));

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
    /** h2–h6 ids and texts, known before rendering (wikilink targets, table of contents). */
    headings: z.array(z.object({ depth: z.number(), slug: z.string(), text: z.string() })),
    /** Extra search words (Korean stems, compound tails, service readings), space-separated. */
    searchForms: z.string(),
    /** Slugs of the notes this note links to with wikilinks. */
    links: z.array(z.string()),
    /** The note's practice question, when it has one the quiz parser understood. */
    quiz: quiz.optional(),
  }),
});

export const collections = { notes };
