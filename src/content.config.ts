import { defineCollection } from "astro:content";
import { z } from "astro/zod";
import { noteModelSchema } from "./lib/notes/model";
import { notesLoader } from "./loaders/notes-loader";

const html = z.string();

/** A note's page data: its model and what the resolve and render steps decided for it. Left out:
 * what only the loader and the Markdown plugins read (the search text and term pairs, which feed the
 * search forms; the source positions of blocks, references and frontmatter keys). The store holding
 * every entry is read and written whole on every build. */
export const noteEntrySchema = noteModelSchema
  .omit({ searchText: true, termPairs: true, codeBlocks: true, references: true, blockIds: true, hiddenKeys: true, keyLines: true, lineOffset: true, titleKey: true })
  .extend({
    /** Site path under the base (`notes/폴더/이름/`), the page param, and the href. */
    route: z.string(),
    param: z.string(),
    href: z.string(),
    /** Vault paths of the published notes this one links to or embeds, and of those that link here. */
    outgoing: z.array(z.string()),
    backlinks: z.array(z.string()),
    /** Glossary keys of the services the note names (its `service/*` tags and its text), for related notes. */
    services: z.array(z.string()),
    /** Alias page params (`notes/<alias>/` redirects here). */
    aliasParams: z.array(z.string()),
    /** When the note last changed: its frontmatter date, else its last commit, else its file's time. */
    updated: z.string().optional(),
    updatedSource: z.enum(["frontmatter", "git", "file"]).optional(),
    /** Extra search words (Korean stems, compound tails, service readings), space-separated. */
    searchForms: z.string(),
    /** The forms of the title and aliases, indexed at their weight. */
    searchTitleForms: z.string(),
    /** Which visible words the cross-script forms stand for (lib/search/form-sources.ts). */
    searchFormSources: z.string(),
    /** This note's build warnings (file lines), for the dev server to show on the page: a broken
     * frontmatter is seen in the browser, not only in the terminal. Never shown in a build. */
    warnings: z.array(z.object({ kind: z.string(), line: z.number().int().optional(), message: z.string() })).optional(),
    /** The practice question's parts, rendered by the Markdown pipeline. */
    quizHtml: z
      .object({
        question: html,
        /** `text`: the option as plain text, for the search index (Pagefind skips <label>). */
        options: z.array(z.object({ letter: z.string(), html, text: z.string() })),
        explanations: z.array(z.object({ letters: z.array(z.string()), html })),
        general: html.optional(),
      })
      .optional(),
  });

export type NoteEntryData = z.infer<typeof noteEntrySchema>;

const notes = defineCollection({ loader: notesLoader(), schema: noteEntrySchema });

export const collections = { notes };
