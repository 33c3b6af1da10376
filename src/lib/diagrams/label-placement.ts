/**
 * Labels of a rendered diagram that a reader would see out of place: text not centred on the box
 * Mermaid measured for it, or spilling out of its node's shape (edge labels: more than 4 px past
 * their box). The site ships no web font, so this is checked in a browser with the reader's fonts.
 *
 * Runs in the page, handed to Playwright's evaluate as is: self-contained, DOM only. `scope` is a
 * selector for what to check (the whole document by default).
 */
export function misplacedDiagramLabels(scope = ":root"): string[] {
  return [...document.querySelectorAll(`${scope} foreignObject`)].flatMap((fo) => {
    const box = fo.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(fo);
    const text = range.getBoundingClientRect();
    if (text.width === 0) return [];
    const shape = fo.closest(".node")?.querySelector("rect, polygon, path")?.getBoundingClientRect();
    const bounds = shape ?? { left: box.left - 4, right: box.right + 4 };
    const inside = text.left >= bounds.left && text.right <= bounds.right && text.height <= box.height + 0.5;
    const centred = Math.abs(text.left + text.width / 2 - (box.left + box.width / 2)) <= 1;
    return inside && centred ? [] : [`${fo.textContent ?? ""}: text ${text.left}..${text.right} in ${bounds.left}..${bounds.right}`];
  });
}
