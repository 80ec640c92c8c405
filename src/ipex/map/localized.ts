/** A language code as the hub writes it: two lower-case letters (`EN`, `en-GB` → `en`), or undefined. */
export function langOf(code: unknown): string | undefined {
  if (typeof code !== 'string') return undefined;
  const m = /^([a-z]{2})(?:[-_][a-z0-9]+)?$/i.exec(code.trim());
  return m?.[1]?.toLowerCase();
}

/** Text per language from IPEX's `[{ language, message }]`, converted; empty texts dropped; undefined if none. */
export function localized(list: unknown, convert: (message: string) => string): Record<string, string> | undefined {
  if (!Array.isArray(list)) return undefined;
  const out: Record<string, string> = {};
  for (const entry of list) {
    if (typeof entry !== 'object' || entry === null) continue;
    const lang = langOf('language' in entry ? entry.language : undefined);
    const message = 'message' in entry ? entry.message : undefined;
    if (lang === undefined || typeof message !== 'string' || lang in out) continue;
    const text = convert(message);
    if (text) out[lang] = text;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
