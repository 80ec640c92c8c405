/** The build's "now": `HUB_NOW` (ISO 8601) pins it for tests and reproducible builds. */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  if (!env.HUB_NOW) return new Date();
  const d = new Date(env.HUB_NOW);
  if (Number.isNaN(d.getTime())) throw new Error(`HUB_NOW="${env.HUB_NOW}" is not an ISO 8601 date-time`);
  return d;
}
