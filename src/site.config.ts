/** Site-wide settings, in one typed place. Environment overrides exist so the same
 * build can be checked under a base path (`BASE_PATH=/kb/`) and deployed anywhere. */
export interface SiteConfig {
  title: string;
  description: string;
  /** Absolute origin the site is served from; used for canonical, Open Graph and RSS URLs. */
  site: string;
  /** URL path prefix, always starting and ending with `/`. */
  base: string;
  lang: "ko";
  /** Folder (relative to the project root) that holds the notes. */
  notesDir: string;
}

function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? "/").trim().replace(/^\/*/, "/").replace(/\/*$/, "/");
  return trimmed === "//" ? "/" : trimmed;
}

const env = typeof process === "undefined" ? {} : process.env;

export const siteConfig: SiteConfig = {
  title: "AWS 데이터 파이프라인 학습 노트",
  description: "AWS Glue, Kinesis, Lambda, Data Pipeline으로 데이터 파이프라인을 공부하는 한국어 학습 노트 모음",
  site: env["SITE_URL"] ?? "http://localhost:4321",
  base: normaliseBase(env["BASE_PATH"]),
  lang: "ko",
  notesDir: env["NOTES_DIR"] ?? "content/notes",
};
