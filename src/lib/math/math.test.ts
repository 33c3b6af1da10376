import { readFileSync } from "node:fs";
import type { Nodes, Paragraph, PhrasingContent, Root } from "mdast";
import { markdownToMdast } from "satteri";
import { describe, expect, it } from "vitest";
import { resolveInlineDelimiters } from "../inline";
import { inlineMathForm, isObsidianInlineMath, literalInlineMath } from "./inline-rule";
import { renderMath } from "./render";
import { restoreNonObsidianMath } from "./restore";

interface Formula {
  tex: string;
  display: boolean;
  /** Sätteri's inlineMath nodes only: the source slice and Obsidian's verdict. */
  slice?: string;
  obsidian?: boolean;
}

function formulasIn(markdown: string): Formula[] {
  const formulas: Formula[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === "math") formulas.push({ tex: node.value, display: true });
    if (node.type === "inlineMath") {
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? 0;
      const slice = markdown.slice(start, end);
      formulas.push({
        tex: node.value,
        display: inlineMathForm(slice) === "display",
        slice,
        obsidian: isObsidianInlineMath(node, slice, markdown.charAt(end)),
      });
    }
    if ("children" in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(markdownToMdast(markdown, { features: { gfm: true, math: true, wikilinks: true } }) as Nodes);
  return formulas;
}

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("isObsidianInlineMath", () => {
  it("keeps every formula of the real vault lines", () => {
    const formulas = formulasIn(fixture("vault-formulas.md"));
    expect(formulas.length).toBe(14);
    for (const formula of formulas) if (formula.obsidian !== undefined) expect(formula.obsidian, formula.slice).toBe(true);
  });

  it("rejects what Sätteri's looser rule makes of prices and stray dollars", () => {
    const verdicts = formulasIn(fixture("prices.md")).map((f) => [f.slice, f.obsidian]);
    expect(verdicts).toEqual([
      ['$100 to Alice" to "transfer $', false], // closing $ after a space
      ["$5 and $", false],
      ["$30,000 and $", false], // closing $ followed by a digit
      ["$x^2$", true], // \$5 before it is a dollar sign, not an opener
      ["$ x$", false],
      ["$x $", false],
      ["$a\\$", false], // its closing $ is escaped
    ]);
  });

  it.each([
    ["$x$y", true],
    ["$x$5", false],
    ["a $$x^2$$ b", true],
    ["$$ a $$", true],
    ["text $`a`$", true],
    ["$\\\\$", true], // an escaped backslash, then the closing $
  ])("%j → %s", (markdown, kept) => {
    const [formula] = formulasIn(markdown);
    expect(formula?.obsidian).toBe(kept);
  });

  it("restores a rejected node as exactly the text it was written as", () => {
    const [formula] = formulasIn("$5 and $10");
    expect(literalInlineMath({ value: formula?.tex ?? "" }, formula?.slice ?? "")).toBe("$5 and $");
    expect(literalInlineMath({ value: "x" }, "$$x$$")).toBe("$$x$$");
  });

  it("tells $$…$$ inside a paragraph apart as display math", () => {
    expect(formulasIn("a $$x^2$$ b")[0]?.display).toBe(true);
    expect(formulasIn("a $x^2$ b")[0]?.display).toBe(false);
  });
});

describe("restoreNonObsidianMath", () => {
  const paragraphChildren = (markdown: string): PhrasingContent[] => {
    const root = markdownToMdast(markdown, { features: { gfm: true, math: true, wikilinks: true } }) as Root;
    return (root.children[0] as Paragraph).children;
  };
  const summary = (nodes: readonly PhrasingContent[]): string =>
    nodes.map((n) => (n.type === "text" ? n.value : `<${n.type}>${"children" in n ? summary(n.children) : "value" in n ? n.value : ""}</${n.type}>`)).join("");

  it("gives a price back as text with its position, so emphasis around it still pairs", () => {
    const markdown = "가격 $5 and *$10 이다*라고 **가(a)**나 $x^2$";
    const restored = restoreNonObsidianMath(paragraphChildren(markdown), markdown);
    expect(restored?.find((n) => n.type === "text" && n.value === "$5 and *$")?.position?.start.offset).toBe(3);
    expect(summary(resolveInlineDelimiters(restored ?? [], markdown) ?? [])).toBe(
      "가격 $5 and <emphasis>$10 이다</emphasis>라고 <strong>가(a)</strong>나 <inlineMath>x^2</inlineMath>",
    );
  });

  it("looks inside strong and links", () => {
    const markdown = "**비용 $5 and $10** 과 [$ x$](u)";
    expect(summary(restoreNonObsidianMath(paragraphChildren(markdown), markdown) ?? [])).toBe("<strong>비용 $5 and $10</strong> 과 <link>$ x$</link>");
  });

  it("changes nothing when every formula is Obsidian math", () => {
    const markdown = "인라인 수학 표현식이에요 $e^{2i\\pi} = 1$ 와 $$x$$.";
    expect(restoreNonObsidianMath(paragraphChildren(markdown), markdown)).toBeUndefined();
  });
});

describe("renderMath", () => {
  const formulas = formulasIn(fixture("vault-formulas.md"));

  it.each(formulas.map((f) => [f.tex, f.display] as const))("renders %j as MathML", (tex, display) => {
    const result = renderMath(tex, display);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.html).toMatch(/^<math[ >][\s\S]*<\/math>$/);
    expect(result.html.includes('display="block"')).toBe(display);
    expect(result.html).not.toMatch(/<script|<style|\son\w+=|javascript:|href=/i);
    expect(renderMath(tex, display)).toEqual(result);
  });

  it("reads \\$ inside math as a dollar sign", () => {
    const result = renderMath("\\$5 + \\$10", false);
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.html).toContain("$");
  });

  it("keeps Korean text in \\text, NFC or NFD", () => {
    for (const text of ["\\text{가격} = 5", "\\text{가격} = 5".normalize("NFD")]) {
      const result = renderMath(text, false);
      expect(result.ok && result.html.normalize("NFC")).toContain("<mtext>가격</mtext>");
    }
  });

  it.each([
    ["\\frac{1}{", "Unexpected end of input"],
    ["\\unknowncmd{x}", "\\unknowncmd"],
    ["a & b", "&"],
    ["\\left( x", "\\right"],
    ["\\def\\a{\\a}\\a", "Too many expansions"],
  ])("returns the parser's message for %j", (tex, fragment) => {
    const result = renderMath(tex, false);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain(fragment);
    expect(result.error).not.toMatch(/\u0332|\n/);
  });

  it("turns a crash inside the renderer into an error, not an exception", () => {
    // Temml 0.13 throws a TypeError (not a ParseError) on a double superscript.
    expect(renderMath("x^^2", false).ok).toBe(false);
  });

  it.each(["\\href{javascript:alert(1)}{x}", "\\style{color:red}{x}", "\\class{x}{y}", "\\includegraphics{x.png}", "\\url{javascript:x}"])(
    "refuses %j (trust stays off)",
    (tex) => {
      expect(renderMath(tex, false).ok).toBe(false);
    },
  );

  it("escapes markup-looking text inside a formula", () => {
    const result = renderMath("\\text{<img src=x onerror=alert(1)>} < b", false);
    expect(result.ok).toBe(true);
    expect(result.ok && result.html).not.toContain("<img");
    expect(result.ok && result.html).toContain("&lt;img");
  });
});
