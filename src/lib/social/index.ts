export { CARD_HEIGHT, CARD_METRICS, CARD_WIDTH, fitCard, fitChips, type FittedCard, type SocialCard } from "./card";
export { cardTree, type CardElement } from "./card-tree";
export { cachedCardPng } from "./cached";
export { advanceEm, measureText, type Measure } from "./measure";
export { cardText, type CardText } from "./sanitize";
export { ELLIPSIS, ellipsize, wrapText, type WrappedText } from "./wrap";
