// Code blocks of a note: a language label (from Shiki's data-language) and a copy button. The space
// for both is reserved in CSS (.prose pre padding), so adding them moves nothing on the page.
import { copy } from "./share";

export function enhanceCodeBlocks(): void {
  const body = document.querySelector<HTMLElement>("[data-note-body]");
  if (body === null) return;
  const { copyCode = "", codeCopied = "", codeCopyFailed = "" } = body.dataset;
  // Diagram sources and plugin queries sit in their own <details>: they are not code to copy.
  for (const pre of body.querySelectorAll<HTMLPreElement>("pre:not(details pre)")) {
    const wrapper = document.createElement("div");
    wrapper.className = "code-block";
    pre.replaceWith(wrapper);
    wrapper.append(pre);
    const language = pre.dataset["language"];
    if (language !== undefined && language !== "plaintext" && language !== "text") {
      const label = document.createElement("span");
      label.className = "code-block__lang";
      label.textContent = language;
      // Interface, not the note's words (the search coverage check skips what is marked so).
      label.dataset["pagefindIgnore"] = "";
      wrapper.append(label);
    }
    const button = document.createElement("button");
    button.type = "button";
    button.className = "code-block__copy";
    button.textContent = copyCode;
    button.dataset["copyCode"] = "";
    button.dataset["pagefindIgnore"] = "";
    button.addEventListener("click", () => void copy(pre.querySelector("code")?.textContent ?? pre.textContent ?? "", codeCopied, codeCopyFailed));
    wrapper.append(button);
  }
}
