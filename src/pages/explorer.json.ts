import type { APIRoute } from "astro";
import { compactTree } from "../lib/explorer/folder-tree";
import { getKnowledgeGraph } from "../site/graph";

/** The folder tree for the note page's explorer panel, fetched only when a reader opens it. */
export const GET: APIRoute = async () => {
  const { folderTree } = await getKnowledgeGraph();
  return new Response(JSON.stringify(compactTree(folderTree)), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
