/** Every string the reader sees in the interface, in one place (Korean first). */
export const ui = {
  skipToContent: "본문으로 건너뛰기",
  home: "홈",
  allNotes: "전체 노트",
  notesCount: (n: number) => `노트 ${n}개`,
  tags: "태그",
  allTags: "전체 태그",
  tagPageTitle: (tag: string) => `#${tag}`,
  tagPageLead: (n: number) => `이 태그가 붙은 노트 ${n}개`,
  noTags: "아직 태그가 없습니다.",
  created: "작성",
  modified: "수정",
  aliases: "별칭",
  toc: "목차",
  previous: "이전 노트",
  next: "다음 노트",
  headingLink: (heading: string) => `"${heading}" 섹션 링크`,
  themeToggle: "다크 모드 전환",
  themeLight: "밝은 테마",
  themeDark: "어두운 테마",
  notFoundTitle: "페이지를 찾을 수 없습니다",
  notFoundBody: "주소가 바뀌었거나 삭제된 페이지입니다. 홈에서 노트를 찾아보세요.",
  backHome: "홈으로 돌아가기",
  rawText: "원본 보기",
  rawNotice: "이 부분은 자동으로 해석하지 못해 원문 그대로 보여 줍니다.",
  footer: "Obsidian 학습 노트로 만든 사이트",
  mainNav: "주 메뉴",
  noteNav: "노트 이동",
} as const;

/** Korean long date, e.g. 2025년 8월 19일. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}년 ${m}월 ${d}일`;
}
