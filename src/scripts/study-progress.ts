/**
 * Progress bars on the home and tag pages (StudyProgress.astro). Tiny on purpose: it only looks at
 * localStorage, and only a reader who has answered something loads the store and the question list.
 */
const boxes = [...document.querySelectorAll<HTMLElement>("[data-study-progress]")];

function hasAnswers(key: string): boolean {
  try {
    const stored = JSON.parse(localStorage.getItem(key) ?? "null") as { questions?: unknown } | null;
    return typeof stored?.questions === "object" && stored.questions !== null && Object.keys(stored.questions).length > 0;
  } catch {
    return false;
  }
}

if (boxes.length > 0 && hasAnswers(boxes[0]?.dataset["storageKey"] ?? "")) {
  import("./study-progress-render").then(({ renderStudyProgress }) => renderStudyProgress(boxes)).catch(() => {
    // Offline or a stale deploy: the page is complete without the bars.
  });
}
