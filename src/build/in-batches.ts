/**
 * Runs `task` over `items`, `atOnce` at a time: the build reads and writes thousands of small files
 * (pages, search index, bundles), more at once than a default open-file limit allows.
 */
export async function inBatches<T>(items: readonly T[], task: (item: T, index: number) => Promise<void>, atOnce = 64): Promise<void> {
  for (let start = 0; start < items.length; start += atOnce) {
    await Promise.all(items.slice(start, start + atOnce).map((item, offset) => task(item, start + offset)));
  }
}
