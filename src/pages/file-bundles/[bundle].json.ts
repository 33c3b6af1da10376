import type { APIRoute, GetStaticPaths } from "astro";
import {
  FILE_BUNDLES,
  type BundledFile,
  type FileBundle,
  type FileBundleName,
} from "../../lib/site-files/file-bundle";
import { pageKey } from "../../site/page-keys";
import { previewFiles, previewsKey } from "../../site/previews";
import { aliasPageFiles, aliasPagesKey } from "../../site/redirect-pages";
import { socialCardFiles, socialCardsKey } from "../../site/social-card";

interface BundleSource {
  files: () => Promise<BundledFile[]>;
  /** What the bundle's files show: the bundle is restored from the last build while it is unchanged. */
  key: () => Promise<unknown>;
}

const BUNDLES: Record<FileBundleName, BundleSource> = {
  "alias-pages": { files: aliasPageFiles, key: aliasPagesKey },
  previews: { files: previewFiles, key: previewsKey },
  "social-cards": { files: socialCardFiles, key: socialCardsKey },
};

/**
 * Files the build writes in thousands, one bundle each (lib/site-files/file-bundle.ts): the alias
 * redirect pages, the link previews and the social cards. src/integrations/file-bundles.ts writes the files and removes
 * the bundles. A bundle is restored from the last build while what it shows is unchanged.
 */
export const getStaticPaths = (async () =>
  Promise.all(
    FILE_BUNDLES.map(async (bundle) => ({
      params: { bundle },
      props: { bundle },
      cacheKey: pageKey("file-bundle", bundle, await BUNDLES[bundle].key()),
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ bundle: FileBundleName }> = async ({ props }) => {
  const bundle: FileBundle = { files: await BUNDLES[props.bundle].files() };
  return new Response(JSON.stringify(bundle), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
