/**
 * Progress bars on the home and tag pages (StudyProgress.astro). Tiny on purpose: it only looks at
 * localStorage, and only a reader who has answered something loads the store and the question list.
 */
const box = document.querySelector<HTMLElement>("[data-study-progress]");

function hasAnswers(key: string): boolean {
  try {
    const stored = JSON.parse(localStorage.getItem(key) ?? "null") as { questions?: unknown } | null;
    return typeof stored?.questions === "object" && stored.questions !== null && Object.keys(stored.questions).length > 0;
  } catch {
    return false;
  }
}

if (box && hasAnswers(box.dataset["storageKey"] ?? "")) {
  import("./study-progress-render").then(({ renderStudyProgress }) => renderStudyProgress(box)).catch(() => {
    // Offline or a stale deploy: the page is complete without the bars.
  });
}
