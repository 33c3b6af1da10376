export { slugSegment, distinctSegment, encodeSegment, encodePath, MAX_SEGMENT_BYTES } from "./segment";
export { noteRoute, routePath, routeParam, type NoteRoute } from "./routes";
