import type { APIRoute } from "astro";
import { toAnkiTsv } from "../../lib/quiz";
import { noteHtml } from "../../site/diagrams";
import { getNotes } from "../../site/notes";
import { absoluteUrl } from "../../site/urls";
import { QUIZ_HEADING_ID } from "../../lib/quiz/heading";
import { diagramImgHtml, firstDiagramSvg, refersToDiagram, standaloneDiagramSvg } from "../../lib/quiz/diagram-image";
import diagramCss from "../../styles/diagrams.css?raw";
import diagramLabelCss from "../../styles/diagram-labels.css?raw";
import type { Note } from "../../site/notes";

/** The note's first diagram as an image, when its question refers to one ("위 다이어그램에서 …"). */
function diagramOf(note: Note): string | undefined {
  if (!note.data.quiz || !refersToDiagram(note.data.quiz)) return undefined;
  const svg = firstDiagramSvg(noteHtml(note, { first: true }) ?? "");
  if (svg === undefined) return undefined;
  // The label is an HTML attribute value: unescaped here, escaped again for the <img>.
  const label = /\saria-label="([^"]*)"/u.exec(svg)?.[1]?.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const alt = label ?? note.data.title;
  return diagramImgHtml(standaloneDiagramSvg(svg, `${diagramCss}\n${diagramLabelCss}`), alt);
}

/** Every practice question and flashcard as an Anki import file; the back links to the note on the site. */
export const GET: APIRoute = async () => {
  const items = (await getNotes()).flatMap((note) =>
    note.data.quiz || note.data.flashcards.length > 0
      ? [
          {
            note: note.data.title,
            url: absoluteUrl(note.data.quiz ? `${note.data.href}#${encodeURIComponent(QUIZ_HEADING_ID)}` : note.data.href) ?? "",
            quiz: note.data.quiz,
            flashcards: note.data.flashcards,
            tags: note.data.tags,
            diagram: diagramOf(note),
          },
        ]
      : [],
  );
  return new Response(toAnkiTsv(items), { headers: { "Content-Type": "text/tab-separated-values; charset=utf-8" } });
};
