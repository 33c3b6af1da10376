import { calloutKind, isKnownCalloutType } from "./kinds";
import { CALLOUT_TITLES } from "./titles";

/**
 * Default title for a callout type: its own Korean title, else its alias target's, else (for
 * types Obsidian does not know) the type itself with a capital first letter, as Obsidian does.
 */
export function calloutTitle(type: string): string {
  const t = type.trim().toLowerCase();
  const own = CALLOUT_TITLES[t];
  if (own !== undefined) return own;
  if (isKnownCalloutType(t)) {
    const viaKind = CALLOUT_TITLES[calloutKind(t)];
    if (viaKind !== undefined) return viaKind;
  }
  const raw = type.trim();
  return raw === "" ? (CALLOUT_TITLES["note"] ?? "note") : raw.charAt(0).toUpperCase() + raw.slice(1);
}
