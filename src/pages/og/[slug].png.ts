import type { APIRoute, GetStaticPaths } from "astro";
import { getKnowledgeGraph } from "../../site/graph";
import { cardResponse } from "../../site/social-card";

/** One social card per note, its `og:image`. */
export const getStaticPaths = (async () => {
  const graph = await getKnowledgeGraph();
  return graph.notes.map((note) => ({ params: { slug: note.id }, props: { title: note.data.title, tags: graph.tagsOf(note.id) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ title: string; tags: string[] }> = ({ props }) => cardResponse(props.title, props.tags);
