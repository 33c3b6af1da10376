import type { APIRoute } from "astro";
import { getKnowledgeGraph } from "../../site/graph";

/**
 * How many notes each tag chip of an empty search leaves (a tag counts its descendants' notes, as
 * the search's tag filter does). Fetched when search opens, so Pagefind's filter index (62 KB gzip
 * at 5,000 notes) is only loaded once a query or a chosen tag needs it.
 */
export const GET: APIRoute = async () => {
  const { tagTree } = await getKnowledgeGraph();
  const counts = Object.fromEntries([...tagTree.byPath].map(([path, node]) => [path, node.totalCount]));
  return new Response(JSON.stringify(counts), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
