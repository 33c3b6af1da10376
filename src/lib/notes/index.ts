export { NoteReadError, WarningSink, formatWarning, type NoteWarning, type WarningKind } from "./errors";
export { analyseNote, type AnalysedNote, type AnalyseOptions, type NoteSource } from "./analyse";
export { noteModelSchema, type NoteModel, type NoteHeading, type NoteReference, type NoteCodeBlock, type NoteBlockId } from "./model";
export { headingIdText, HeadingIds } from "./headings";
