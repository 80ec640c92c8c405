import base from './hub.config.ts';
import type { HubConfig, HubLanguage } from './define.ts';
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

/** A configured day: `YYYY-MM-DD` that exists on the calendar. */
function day(name: string, value: string): string {
  const time = Date.parse(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) {
    throw new HubConfigError(`${name} must be a day YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

/** Checks the documents setting: `since` and every holiday must be real days, each in its year. */
function documentsOf(config: HubConfig): HubConfig['documents'] {
  if (config.documents.since !== undefined) day('documents.since', config.documents.since);
  for (const [year, days] of Object.entries(config.documents.holidays ?? {})) {
    for (const d of days)
      if (!day(`documents.holidays.${year}`, d).startsWith(`${year}-`))
        throw new HubConfigError(`documents.holidays.${year} lists ${d}, a day of another year`);
  }
  return config.documents;
}

/** Checks the hashtags' language overlay: known languages, hashtags of the lists, forms a hashtag can hold. */
function hashtagsOf(config: HubConfig): HubConfig['social']['hashtags'] {
  const h = config.social.hashtags;
  const lists = [h.always, h.documents ?? [], ...Object.values(h.kinds), ...Object.values(h.conferences), ...Object.values(h.tags)];
  const configured = new Set(lists.flatMap((l) => l ?? []));
  for (const [lang, forms] of Object.entries(h.languages ?? {})) {
    if (!config.languages.some((l) => l.code === lang)) throw new HubConfigError(`social.hashtags.languages.${lang}: not a configured language`);
    for (const [tag, form] of Object.entries(forms ?? {})) {
      if (!configured.has(tag)) throw new HubConfigError(`social.hashtags.languages.${lang} translates "${tag}", which no hashtag list holds`);
      // Letters (any script), digits and underscore: what every platform links as one hashtag.
      if (!/^[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*$/u.test(form))
        throw new HubConfigError(`social.hashtags.languages.${lang}.${tag} must be letters, digits or _ with a letter, got "${form}"`);
    }
  }
  return h;
}

/** The trial settings with `HUB_TRIAL_START`, `HUB_TRIAL_END` and `HUB_EVALUATION` (`off` leaves the scorecard out). */
function evaluation(config: HubConfig, env: Record<string, string | undefined>): HubConfig['evaluation'] {
  const trialStart = day(env.HUB_TRIAL_START ? 'HUB_TRIAL_START' : 'evaluation.trialStart', env.HUB_TRIAL_START || config.evaluation.trialStart);
  const trialEnd = day(env.HUB_TRIAL_END ? 'HUB_TRIAL_END' : 'evaluation.trialEnd', env.HUB_TRIAL_END || config.evaluation.trialEnd);
  if (trialEnd < trialStart) throw new HubConfigError(`the trial ends (${trialEnd}) before it starts (${trialStart})`);
  const flag = env.HUB_EVALUATION?.trim().toLowerCase();
  if (flag && !['on', 'off'].includes(flag)) throw new HubConfigError(`HUB_EVALUATION must be "on" or "off", got "${env.HUB_EVALUATION}"`);
  return { trialStart, trialEnd, publish: flag ? flag === 'on' : config.evaluation.publish };
}

/** Applies `SITE_URL`, `IPEX_BASE_URL` and `HUB_LANGUAGES` to the config and checks it. */
export function resolveConfig(config: HubConfig, env: Record<string, string | undefined>): HubConfig {
  const wanted = env.HUB_LANGUAGES?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = wanted?.filter((code) => !config.languages.some((l) => l.code === code)) ?? [];
  if (unknown.length) {
    throw new HubConfigError(
      `HUB_LANGUAGES="${env.HUB_LANGUAGES}" names ${unknown.join(', ')}, not among the configured languages (${config.languages.map((l) => l.code).join(', ')})`,
    );
  }
  const languages = wanted ? config.languages.filter((l) => wanted.includes(l.code)) : config.languages;
  if (languages.length === 0) {
    throw new HubConfigError(`HUB_LANGUAGES="${env.HUB_LANGUAGES}" names no configured language`);
  }
  return {
    ...config,
    languages,
    documents: documentsOf(config),
    social: { ...config.social, hashtags: hashtagsOf(config) },
    site: origin(env.SITE_URL ? 'SITE_URL' : 'site', env.SITE_URL || config.site),
    websubHub: env.WEBSUB_HUB || config.websubHub,
    ipexBaseUrl: origin(env.IPEX_BASE_URL ? 'IPEX_BASE_URL' : 'ipexBaseUrl', env.IPEX_BASE_URL || config.ipexBaseUrl),
    evaluation: evaluation(config, env),
  };
}

/** The resolved configuration every page and output reads. */
export const hub: HubConfig = resolveConfig(base, process.env);

/** Every configured language, whatever HUB_LANGUAGES builds: a language's locale does not depend on the subset. */
export const allLanguages: readonly HubLanguage[] = base.languages;

/** Language codes with pages, default first. */
export const langCodes: string[] = hub.languages.map((l) => l.code);

/** The default language (first configured). */
export const defaultLang: string = langCodes[0] ?? 'en';

/** The hub's one-line description in a language, else in the default language. */
export function tagline(lang: string): string {
  return hub.tagline[lang] ?? hub.tagline[defaultLang] ?? '';
}

/** The language `tagline(lang)` is in: the default language's where `lang` has none (pages mark it with `lang`). */
export function taglineLang(lang: string): string {
  return hub.tagline[lang] ? lang : defaultLang;
}
