/** Code highlighting of every note (Shiki, light and dark from CSS variables): one setting for the
 * loader's processor and for MDX. */
export const SHIKI_CONFIG = { themes: { light: "github-light", dark: "github-dark" }, defaultColor: false } as const;
