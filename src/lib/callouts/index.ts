export { parseCalloutMarker, type CalloutMarker } from "./marker";
export { calloutTitle } from "./title";
export { calloutKind, isKnownCalloutType, CALLOUT_KINDS, type CalloutKind } from "./kinds";
export { CALLOUT_TITLES } from "./titles";
