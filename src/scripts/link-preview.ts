// Link previews on a note page: pointing at (mouse or pen) or focusing a link to another note shows its
// title, summary and first diagram after a short delay, from preview/<note>.json fetched once and
// cached. Escape hides it. On touch only a long press opens it (the tap that follows does not
// navigate); a touch that moves (scrolling past links) never does.
import type { NotePreview } from "../lib/preview/note-preview";

const SHOW_DELAY = 450;
const HIDE_DELAY = 200;
const LONG_PRESS = 500;

export function initLinkPreviews(): void {
  const root = document.querySelector<HTMLElement>("[data-link-previews]");
  if (root === null) return;
  const notesPath = `${root.dataset["base"] ?? "/"}notes/`;
  const previewBase = `${root.dataset["base"] ?? "/"}preview/`;
  const cache = new Map<string, Promise<NotePreview | null>>();
  const popup = document.createElement("div");
  popup.className = "link-preview";
  popup.id = "link-preview";
  popup.setAttribute("role", "tooltip");
  popup.hidden = true;
  document.body.append(popup);
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let anchor: HTMLAnchorElement | undefined;

  /** The note a link points to (`folder/name`), or undefined for anything but another note's page. */
  const noteOf = (link: HTMLAnchorElement): string | undefined => {
    if (link.origin !== location.origin || !link.pathname.startsWith(notesPath)) return undefined;
    if (link.pathname === location.pathname) return undefined;
    const param = link.pathname.slice(notesPath.length).replace(/\/$/, "");
    return param === "" ? undefined : param;
  };

  const load = (param: string) => {
    let entry = cache.get(param);
    if (entry === undefined) {
      entry = fetch(`${previewBase}${param}.json`).then(
        (r) => (r.ok ? (r.json() as Promise<NotePreview>) : null),
        () => null,
      );
      cache.set(param, entry);
    }
    return entry;
  };

  const hide = () => {
    clearTimeout(showTimer);
    popup.hidden = true;
    anchor?.removeAttribute("aria-describedby");
    anchor = undefined;
  };

  const show = async (link: HTMLAnchorElement, param: string) => {
    const preview = await load(param);
    if (preview === null || !link.isConnected) return;
    popup.replaceChildren();
    const title = document.createElement("p");
    title.className = "link-preview__title";
    title.textContent = preview.t;
    popup.append(title);
    if (preview.s !== "") {
      const summary = document.createElement("p");
      summary.className = "link-preview__summary";
      summary.textContent = preview.s;
      popup.append(summary);
    }
    // Our own build's SVG (src/lib/preview), never text from the reader or another site.
    if (preview.d !== undefined) {
      // Inside .flow-diagram so the diagram's own colours and fonts (diagrams.css) apply.
      const thumb = document.createElement("div");
      thumb.className = "flow-diagram link-preview__diagram";
      thumb.insertAdjacentHTML("beforeend", preview.d);
      popup.append(thumb);
    }
    const box = link.getBoundingClientRect();
    popup.hidden = false;
    const width = popup.offsetWidth;
    const left = Math.min(Math.max(8, box.left), document.documentElement.clientWidth - width - 8);
    popup.style.left = `${left + scrollX}px`;
    popup.style.top = `${box.bottom + scrollY + 6}px`;
    anchor = link;
    link.setAttribute("aria-describedby", popup.id);
  };

  const schedule = (target: EventTarget | null) => {
    const link = target instanceof Element ? target.closest<HTMLAnchorElement>("a[href]") : null;
    if (link === null || !root.contains(link)) return;
    const param = noteOf(link);
    if (param === undefined) return;
    clearTimeout(hideTimer);
    clearTimeout(showTimer);
    if (anchor === link && !popup.hidden) return;
    showTimer = setTimeout(() => void show(link, param), SHOW_DELAY);
  };
  const leave = () => {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, HIDE_DELAY);
  };

  root.addEventListener("pointerover", (e) => {
    if (e.pointerType !== "touch") schedule(e.target);
  });
  root.addEventListener("pointerout", (e) => {
    if (e.pointerType !== "touch") leave();
  });
  root.addEventListener("focusin", (e) => schedule(e.target));
  root.addEventListener("focusout", leave);
  // The reader may move onto the preview to read it.
  popup.addEventListener("pointerover", () => clearTimeout(hideTimer));
  popup.addEventListener("pointerout", leave);
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !popup.hidden) hide();
  });
  // A touch anywhere (scrolling included) closes an open preview; a long press on a note link opens one.
  let pressTimer: ReturnType<typeof setTimeout> | undefined;
  let pressed: HTMLAnchorElement | undefined;
  const cancelPress = () => clearTimeout(pressTimer);
  document.addEventListener(
    "touchstart",
    (e) => {
      hide();
      pressed = undefined;
      const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>("a[href]") : null;
      const param = link !== null && root.contains(link) ? noteOf(link) : undefined;
      if (link === null || param === undefined) return;
      pressTimer = setTimeout(() => {
        pressed = link;
        void show(link, param);
      }, LONG_PRESS);
    },
    { passive: true },
  );
  document.addEventListener("touchmove", cancelPress, { passive: true });
  document.addEventListener("touchend", cancelPress, { passive: true });
  document.addEventListener("touchcancel", cancelPress, { passive: true });
  // The tap that ends a long press shows the preview; it does not follow the link (a second tap does).
  root.addEventListener("click", (e) => {
    if (pressed !== undefined && e.target instanceof Node && pressed.contains(e.target)) {
      e.preventDefault();
      pressed = undefined;
    }
  });
  root.addEventListener("contextmenu", (e) => {
    if (pressed !== undefined) e.preventDefault();
  });
}
