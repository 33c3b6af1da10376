/** What a note's social card shows, fitted to the card before it is drawn. */
export interface SocialCard {
  title: string;
  tags: string[];
  siteName: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const MAX_TITLE = 70;
const MAX_TAGS = 5;

/** Long titles are cut at a word boundary with an ellipsis (three lines at most at the card's
 * type size); only the first few tags fit on one row. */
export function fitCard(card: SocialCard): SocialCard {
  const title = card.title.trim().replace(/\s+/g, " ");
  let fitted = title;
  if ([...title].length > MAX_TITLE) {
    const cut = [...title].slice(0, MAX_TITLE).join("");
    const space = cut.lastIndexOf(" ");
    fitted = `${(space > MAX_TITLE * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
  }
  return { title: fitted, tags: card.tags.slice(0, MAX_TAGS), siteName: card.siteName };
}
