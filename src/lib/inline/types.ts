import type { Data, Parent, PhrasingContent } from "mdast";
import type {} from "satteri"; // brings Sätteri's mdast additions (inlineMath, …) into scope

/** Obsidian's `==highlight==`, rendered as `<mark>` through `data.hName`. */
export interface Highlight extends Parent {
  type: "highlight";
  children: PhrasingContent[];
  data: HighlightData;
}

export interface HighlightData extends Data {
  hName: "mark";
}

declare module "mdast" {
  interface PhrasingContentMap {
    highlight: Highlight;
  }
  interface RootContentMap {
    highlight: Highlight;
  }
}
