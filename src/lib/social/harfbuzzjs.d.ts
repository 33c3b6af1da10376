// The part of harfbuzzjs (no types of its own) that the card renderer uses.
declare module "harfbuzzjs" {
  export interface HbBlob {
    destroy(): void;
  }
  export interface HbFace {
    upem: number;
    reference_table(tag: string): Uint8Array | undefined;
    destroy(): void;
  }
  export interface HbFont {
    glyphToJson(glyph: number): { type: string; values: number[] }[];
    destroy(): void;
  }
  export interface HbGlyphInfo {
    g: number;
    cl: number;
    ax: number;
    ay: number;
    dx: number;
    dy: number;
  }
  export interface HbBuffer {
    addText(text: string): void;
    guessSegmentProperties(): void;
    json(): HbGlyphInfo[];
    destroy(): void;
  }
  export interface HarfBuzz {
    createBlob(data: Uint8Array | ArrayBuffer): HbBlob;
    createFace(blob: HbBlob, index: number): HbFace;
    createFont(face: HbFace): HbFont;
    createBuffer(): HbBuffer;
    shape(font: HbFont, buffer: HbBuffer, features?: string): void;
  }
  const ready: Promise<HarfBuzz>;
  export default ready;
}
