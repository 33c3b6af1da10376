import temml from "temml";

export type MathRendering = { ok: true; html: string } | { ok: false; error: string };

/**
 * TeX → MathML at build time with Temml: no client JavaScript, no web font
 * (browsers draw MathML with the system's math font), ~6× less HTML than KaTeX
 * on the practice vaults (see BENCHMARKS.md, issue 14). `trust` stays off, so `\href`,
 * `\class`, `\style`, `\includegraphics` are parse errors and the output holds
 * only MathML elements with escaped text. Same input, same output.
 *
 * A formula that does not parse returns the parser's message as plain text
 * (not HTML: escape it where it is shown).
 */
export function renderMath(tex: string, display: boolean): MathRendering {
  try {
    return { ok: true, html: temml.renderToString(tex, { displayMode: display, throwOnError: true, trust: false }) };
  } catch (error) {
    return { ok: false, error: parserMessage(error) };
  }
}

// Temml underlines the offending token with U+0332 and may split the message
// over lines; a build warning wants one plain line.
function parserMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\u0332/g, "").replace(/\s+/g, " ").trim();
}
