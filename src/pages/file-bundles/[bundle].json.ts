import type { APIRoute, GetStaticPaths } from "astro";
import { FILE_BUNDLES, type BundledFile, type FileBundle, type FileBundleName } from "../../lib/site-files/file-bundle";
import { pageKey } from "../../site/page-keys";
import { previewFiles, previewsKey } from "../../site/previews";
import { aliasPageFiles, aliasPagesKey } from "../../site/redirect-pages";

const BUNDLES: Record<FileBundleName, { files: () => Promise<BundledFile[]>; key: () => Promise<unknown> }> = {
  "alias-pages": { files: aliasPageFiles, key: aliasPagesKey },
  previews: { files: previewFiles, key: previewsKey },
};

/**
 * Files the build writes in thousands, one bundle each (lib/site-files/file-bundle.ts): the alias
 * redirect pages and the link previews. src/integrations/file-bundles.ts writes the files and removes
 * the bundles. A bundle is restored from the last build while what it shows is unchanged.
 */
export const getStaticPaths = (async () =>
  Promise.all(FILE_BUNDLES.map(async (bundle) => ({ params: { bundle }, props: { bundle }, cacheKey: pageKey("file-bundle", bundle, await BUNDLES[bundle].key()) })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ bundle: FileBundleName }> = async ({ props }) => {
  const bundle: FileBundle = { files: await BUNDLES[props.bundle].files() };
  return new Response(JSON.stringify(bundle), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
