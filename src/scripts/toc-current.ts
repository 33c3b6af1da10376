// Marks the table of contents entry of the section being read (aria-current="location"), in every
// copy of the table (phone and desktop). One passive scroll listener, at most one pass per frame.

/** How far down the viewport a heading must have come to count as the section being read. */
const READING_LINE = 0.3;

export function markCurrentSection(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>("[data-toc] a[href^='#']")];
  if (links.length === 0) return;
  const ids = [...new Set(links.map((a) => decodeURIComponent(a.hash.slice(1))))];
  const headings = ids.flatMap((id) => document.getElementById(id) ?? []);
  let current: string | undefined;
  let queued = false;

  const update = () => {
    queued = false;
    const line = innerHeight * READING_LINE;
    let found: string | undefined;
    for (const heading of headings) {
      if (heading.getBoundingClientRect().top <= line) found = heading.id;
      else break;
    }
    if (found === current) return;
    current = found;
    for (const link of links) {
      if (found !== undefined && decodeURIComponent(link.hash.slice(1)) === found) link.setAttribute("aria-current", "location");
      else link.removeAttribute("aria-current");
    }
  };
  addEventListener(
    "scroll",
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(update);
    },
    { passive: true },
  );
  update();
}
