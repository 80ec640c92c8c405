import base from './hub.config.ts';
import type { HubConfig } from './define.ts';
export type { SharePlatform } from './define.ts';

/** Thrown when a setting or its environment override is unusable. */
export class HubConfigError extends Error {
  override name = 'HubConfigError';
}

function origin(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new HubConfigError(`${name} must be an absolute URL, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new HubConfigError(`${name} must be an http(s) URL, got "${value}"`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new HubConfigError(`${name} must be an origin without a path, got "${value}"`);
  }
  return url.origin;
}

/** Checks the documents setting: `since` must be a real day. */
function documentsOf(config: HubConfig): HubConfig['documents'] {
  const since = config.documents.since;
  const time = since === undefined ? 0 : Date.parse(`${since}T00:00:00Z`);
  if (since !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(since) || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== since)) {
    throw new HubConfigError(`documents.since must be a day YYYY-MM-DD, got "${since}"`);
  }
  return config.documents;
}

/** Applies `SITE_URL`, `IPEX_BASE_URL` and `HUB_LANGUAGES` to the config and checks it. */
export function resolveConfig(config: HubConfig, env: Record<string, string | undefined>): HubConfig {
  const wanted = env.HUB_LANGUAGES?.split(',').map((s) => s.trim()).filter(Boolean);
  const languages = wanted ? config.languages.filter((l) => wanted.includes(l.code)) : config.languages;
  if (languages.length === 0) {
    throw new HubConfigError(`HUB_LANGUAGES="${env.HUB_LANGUAGES}" names no configured language`);
  }
  return {
    ...config,
    languages,
    documents: documentsOf(config),
    site: origin(env.SITE_URL ? 'SITE_URL' : 'site', env.SITE_URL || config.site),
    websubHub: env.WEBSUB_HUB || config.websubHub,
    ipexBaseUrl: origin(env.IPEX_BASE_URL ? 'IPEX_BASE_URL' : 'ipexBaseUrl', env.IPEX_BASE_URL || config.ipexBaseUrl),
  };
}

/** The resolved configuration every page and output reads. */
export const hub: HubConfig = resolveConfig(base, process.env);

/** Language codes with pages, default first. */
export const langCodes: string[] = hub.languages.map((l) => l.code);

/** The default language (first configured). */
export const defaultLang: string = langCodes[0] ?? 'en';

/** The hub's one-line description in a language, else in the default language. */
export function tagline(lang: string): string {
  return hub.tagline[lang] ?? hub.tagline[defaultLang] ?? '';
}
