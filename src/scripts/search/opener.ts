/**
 * Runs on every page, so it stays tiny: opens the search dialog (button, `/`, Ctrl/Cmd+K) and only then
 * loads the search code (panel.ts), which in turn loads Pagefind and its index.
 * On /search/ the page itself is the search, so the shortcuts focus its box instead.
 */
const dialog = document.querySelector<HTMLDialogElement>("dialog[data-search-dialog]");
let returnFocus: HTMLElement | null = null;
let mounting: Promise<void> | undefined;

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit", "reset", "range", "color"].includes(target.type)));

function openSearch(): void {
  const inline = document.querySelector<HTMLInputElement>("[data-search-inline] [data-search-input]");
  if (inline) {
    inline.focus();
    inline.select();
    return;
  }
  if (!dialog || dialog.open) return;
  returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>("[data-search-input]");
  input?.focus();
  input?.select();
  const panel = dialog.querySelector<HTMLElement>("[data-search-panel]");
  if (panel) {
    mounting ??= import("./panel")
      .then(({ mountSearchPanel }) => mountSearchPanel(panel, { dialog }))
      .catch(() => {
        mounting = undefined; // offline or a stale deploy: try again on the next open
      });
  }
}

document.addEventListener("click", (event) => {
  if (event.target instanceof Element && event.target.closest("[data-search-open]")) openSearch();
});

document.addEventListener("keydown", (event) => {
  if (event.defaultPrevented || event.isComposing || event.altKey || isTyping(event.target)) return;
  const slash = event.key === "/" && !event.ctrlKey && !event.metaKey;
  const commandK = event.key.toLowerCase() === "k" && (event.ctrlKey || event.metaKey) && !event.shiftKey;
  if (!slash && !commandK) return;
  event.preventDefault();
  openSearch();
});

dialog?.addEventListener("click", (event) => {
  // A click on the backdrop lands on the <dialog> itself; clicks inside land on its content.
  if (event.target === dialog || (event.target instanceof Element && event.target.closest("[data-search-close]"))) dialog.close();
});

// Escape: with a query, the first press clears it (and says so), the next one closes; with none, it
// closes at once. Handled here rather than left to the browser, which is inconsistent: a search
// input's own Escape clears the text, and Chrome may or may not close the dialog on the same press.
dialog?.addEventListener(
  "keydown",
  (event) => {
    if (event.key !== "Escape" || event.isComposing) return;
    event.preventDefault();
    event.stopPropagation();
    const input = dialog.querySelector<HTMLInputElement>("[data-search-input]");
    const note = dialog.querySelector<HTMLElement>("[data-search-escape-status]");
    if (input && input.value !== "") {
      input.value = "";
      input.dispatchEvent(new Event("input", { bubbles: true }));
      input.focus();
      if (note) {
        note.textContent = "";
        setTimeout(() => (note.textContent = note.dataset["message"] ?? ""), 60);
      }
      return;
    }
    if (note) note.textContent = "";
    dialog.close();
  },
  { capture: true },
);

// A modal <dialog> keeps focus in the page but lets Tab leave for the browser's own UI: wrap around.
dialog?.addEventListener("keydown", (event) => {
  if (event.key !== "Tab") return;
  const focusable = [...dialog.querySelectorAll<HTMLElement>("a[href], button, input, [tabindex]:not([tabindex='-1'])")].filter(
    (el) => !el.hasAttribute("disabled") && el.offsetParent !== null,
  );
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
});

dialog?.addEventListener("close", () => {
  if (returnFocus?.isConnected) returnFocus.focus();
  returnFocus = null;
});
