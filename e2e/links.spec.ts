import { expect, test } from "@playwright/test";
import { internalReferences } from "./support/links";
import { KB_ORIGIN, SITE_ORIGIN, VARIANTS_ORIGIN } from "./support/ports";

for (const { name, dir, origin, base } of [
  { name: "base /", dir: "dist", origin: SITE_ORIGIN, base: "/" },
  { name: "base /kb/", dir: "dist-kb", origin: KB_ORIGIN, base: "/kb/" },
  { name: "variant notes", dir: "dist-variants", origin: VARIANTS_ORIGIN, base: "/" },
]) {
  test(`every internal link and asset resolves (${name})`, async ({ request }) => {
    const refs = internalReferences(dir, origin, base);
    expect(refs.size).toBeGreaterThan(10);
    const broken: string[] = [];
    for (const [url, from] of refs) {
      if (base !== "/" && !new URL(url).pathname.startsWith(base)) {
        broken.push(`${url} (outside ${base}) from ${from[0]}`);
        continue;
      }
      const response = await request.get(url, { maxRedirects: 0 });
      if (response.status() !== 200) broken.push(`${url} → ${response.status()} from ${from[0]}`);
    }
    expect(broken).toEqual([]);
  });
}
