// "크게 보기" under a diagram too wide for the screen: the diagram in a full-screen dialog at its own
// size, where it scrolls both ways and pinch-zooms like the page. The copy is removed on close, so its
// ids never sit twice in the page longer than the dialog is open.

export function initDiagramZoom(): void {
  const buttons = document.querySelectorAll<HTMLButtonElement>("[data-diagram-zoom]");
  if (buttons.length === 0) return;
  const closeLabel = document.querySelector<HTMLElement>("[data-note-body]")?.dataset["diagramClose"] ?? "";
  for (const button of buttons) {
    button.hidden = false;
    button.addEventListener("click", () => {
      const svg = button.closest("figure")?.querySelector("svg");
      if (svg === null || svg === undefined) return;
      const dialog = document.createElement("dialog");
      dialog.className = "diagram-dialog";
      dialog.setAttribute("aria-label", svg.getAttribute("aria-label") ?? "");
      const close = document.createElement("button");
      close.type = "button";
      close.className = "diagram-dialog__close";
      close.textContent = closeLabel;
      close.addEventListener("click", () => dialog.close());
      dialog.append(close, svg.cloneNode(true));
      dialog.addEventListener("close", () => {
        dialog.remove();
        button.focus();
      });
      document.body.append(dialog);
      dialog.showModal();
    });
  }
}
