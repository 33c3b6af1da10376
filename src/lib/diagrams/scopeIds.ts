import { mapStartTags, serializeTokens, tokenizeSvg } from "./svgTokens";

/**
 * Makes every id in one diagram's SVG unique to that diagram so that several
 * inline SVGs on one page never share marker/filter/node ids (a shared marker
 * id makes every arrowhead point at the first diagram's definition).
 *
 * `renderId` is the id Mermaid was asked to render with; ids that start with it
 * get it replaced by `prefix` (keeps ids short), all others get `prefix-`.
 */
export function scopeSvgIds(svg: string, prefix: string, renderId?: string): string {
  const tokens = tokenizeSvg(svg);
  const ids: string[] = [];
  for (const t of tokens) {
    if (t.kind !== "tag" || t.closing) continue;
    const m = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(t.raw);
    const id = m?.[1] ?? m?.[2];
    if (id) ids.push(id);
  }
  if (ids.length === 0) return svg;
  const map = buildIdMap(ids, prefix, renderId);

  const rewriteRefs = (value: string): string =>
    value.replace(/url\(\s*(['"]?)#([^)'"\s]+)\1\s*\)/g, (all, q: string, id: string) => {
      const next = map.get(id);
      return next === undefined ? all : `url(${q}#${next}${q})`;
    });

  mapStartTags(tokens, (_tag, attrs) =>
    attrs.map((a) => {
      if (a.value === undefined) return a;
      if (a.name === "id") return { name: a.name, value: map.get(a.value) ?? a.value };
      if ((a.name === "href" || a.name === "xlink:href") && a.value.startsWith("#")) {
        const next = map.get(a.value.slice(1));
        return next === undefined ? a : { name: a.name, value: `#${next}` };
      }
      if (a.name === "aria-labelledby" || a.name === "aria-describedby") {
        return { name: a.name, value: a.value.split(/\s+/).map((id) => map.get(id) ?? id).join(" ") };
      }
      const value = rewriteRefs(a.value);
      return value === a.value ? a : { name: a.name, value };
    }),
  );

  // Style text: `#id` selectors and url(#id) references. Only known ids are
  // touched, so colour literals such as #000000 stay as they are.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (t?.kind !== "raw" || prev?.kind !== "tag" || prev.name !== "style") continue;
    const css = t.raw.replace(/#(-?[A-Za-z_][\w-]*)/g, (all, id: string) => {
      const next = map.get(id);
      return next === undefined ? all : `#${next}`;
    });
    tokens[i] = { kind: "raw", raw: css };
  }
  return serializeTokens(tokens);
}

function buildIdMap(ids: readonly string[], prefix: string, renderId: string | undefined): Map<string, string> {
  const plain = new Map(ids.map((id) => [id, `${prefix}-${id}`]));
  if (!renderId) return plain;
  const stripped = new Map(
    ids.map((id) => {
      if (id === renderId) return [id, prefix];
      const rest = id.slice(renderId.length);
      if (id.startsWith(renderId) && /^[-_]/.test(rest)) return [id, prefix + rest];
      return [id, `${prefix}-${id}`];
    }),
  );
  // Stripping the render id could make "mmd-x" and "x" collide; then fall back.
  return new Set(stripped.values()).size === stripped.size ? stripped : plain;
}
