export { CARD_HEIGHT, CARD_METRICS, CARD_WIDTH, fitCard, fitChips, type FittedCard, type SocialCard } from "./card";
export { cardTree, type CardElement } from "./card-tree";
export { cachedCard, cachedCardPng, cardCacheKey, prepareCards, type CachedCard } from "./cached";
export { advanceEm, measureText, type Measure } from "./measure";
export { isCompletePng } from "./png";
export { renderCardPng, renderCardPngWithSatori } from "./render";
export { cardText, type CardText } from "./sanitize";
export { ELLIPSIS, ellipsize, wrapText, type WrappedText } from "./wrap";
