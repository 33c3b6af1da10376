/** Default Korean titles shown when a callout has no title of its own (UI strings). */
export const CALLOUT_TITLES: Readonly<Record<string, string>> = {
  note: "노트",
  tip: "팁",
  warning: "주의",
  info: "정보",
  important: "중요",
  caution: "주의",
  danger: "위험",
  example: "예시",
  quote: "인용",
  question: "질문",
  success: "성공",
  failure: "실패",
  bug: "버그",
  abstract: "요약",
  todo: "할 일",
};
