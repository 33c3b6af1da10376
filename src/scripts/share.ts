// Sharing on a note page: the share button and the copy-link button of each heading.
// Progressive enhancement only; without JavaScript the heading links still work as links.

let toastTimer: ReturnType<typeof setTimeout> | undefined;

// The live region exists before anything is said in it: screen readers skip a region
// that appears with its text already inside.
const region = document.querySelector<HTMLElement>("[data-toast]") ?? document.body.appendChild(document.createElement("div"));
region.dataset["toast"] = "";
region.setAttribute("role", "status");
region.className = "toast";

export function toast(message: string): void {
  // Emptying first makes a repeated message ("copied" twice) be announced again.
  region.textContent = "";
  requestAnimationFrame(() => {
    region.textContent = message;
    region.dataset["visible"] = "";
  });
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => delete region.dataset["visible"], 2500);
}

export async function copy(url: string, done: string, failed: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(url);
    toast(done);
  } catch {
    toast(failed);
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>("[data-share]")) {
  const { shareTitle = document.title, copied = "", copyFailed = "" } = button.dataset;
  button.addEventListener("click", async () => {
    const url = location.href.split("#")[0] ?? location.href;
    if (typeof navigator.share === "function") {
      try {
        await navigator.share({ title: shareTitle, url });
        return;
      } catch (error) {
        // A cancelled share sheet is not an error worth telling the reader about; any
        // other refusal (no permission, unsupported data) falls back to copying.
        if (error instanceof DOMException && error.name === "AbortError") return;
      }
    }
    await copy(url, copied, copyFailed);
  });
}

const labels = document.querySelector<HTMLElement>("[data-share]")?.dataset;
for (const anchor of document.querySelectorAll<HTMLAnchorElement>("[data-note-body] a.heading-anchor, a.heading-anchor[data-heading-anchor]")) {
  anchor.dataset["copyLink"] = "";
  anchor.addEventListener("click", () => {
    const url = `${location.origin}${location.pathname}${anchor.hash}`;
    void copy(url, labels?.["copied"] ?? "", labels?.["copyFailed"] ?? "");
  });
}
