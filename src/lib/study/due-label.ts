/** "다음 복습: 내일 (12월 3일)": the line shown after each answer, from the scheduler state. */
import { nextDue, studyDaysUntilDue, type CardState } from "./scheduler";

/** Templates from src/i18n/ui.ts (`studyMessages`): `{days}` and `{date}` are filled in here. */
export interface DueMessages {
  dueToday: string;
  dueTomorrow: string;
  dueLater: string;
}

/** The due date in the reader's time zone, as Korean month and day (`12월 3일`). */
export function shortKoreanDate(at: Date): string {
  return `${at.getMonth() + 1}월 ${at.getDate()}일`;
}

export function dueLabel(card: CardState, now: Date, messages: DueMessages): string {
  const days = studyDaysUntilDue(card, now);
  const template = days === 0 ? messages.dueToday : days === 1 ? messages.dueTomorrow : messages.dueLater;
  return template.replace("{days}", String(days)).replace("{date}", shortKoreanDate(nextDue(card)));
}
