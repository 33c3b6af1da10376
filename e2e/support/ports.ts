/** The five static servers the end-to-end tests read. E2E_PORT_BASE moves them all,
 * so two checkouts can run their suites side by side on one machine. */
const base = Number(process.env["E2E_PORT_BASE"] ?? 4400);

export const SITE_PORT = base;
export const KB_PORT = base + 1;
export const VARIANTS_PORT = base + 2;
export const HELP_PORT = base + 3;
export const HOSTILE_PORT = base + 4;

export const SITE_ORIGIN = `http://127.0.0.1:${SITE_PORT}`;
export const KB_ORIGIN = `http://127.0.0.1:${KB_PORT}`;
export const VARIANTS_ORIGIN = `http://127.0.0.1:${VARIANTS_PORT}`;
export const HELP_ORIGIN = `http://127.0.0.1:${HELP_PORT}`;
export const HOSTILE_ORIGIN = `http://127.0.0.1:${HOSTILE_PORT}`;
