/** The anchor of a note's practice question (the page writes the heading itself; the table of
 * contents and /quiz/ links point here). */
export const QUIZ_HEADING_ID = "관련-문제";
