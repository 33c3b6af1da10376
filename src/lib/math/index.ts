export { renderMath, type MathRendering } from "./render";
export { inlineMathForm, isObsidianInlineMath, literalInlineMath, type InlineMathForm } from "./inline-rule";
export { restoreNonObsidianMath } from "./restore";
