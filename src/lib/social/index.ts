export { CARD_HEIGHT, CARD_WIDTH, fitCard, type SocialCard } from "./card";
export { cardTree } from "./card-tree";
export { cachedCardPng } from "./cached";
