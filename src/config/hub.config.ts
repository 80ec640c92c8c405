import { defineHubConfig } from './define.ts';

/** The hub's settings; `resolve.ts` applies environment overrides on top. */
export default defineHubConfig({
  site: 'https://hub.ipex.eu',
  brand: 'IPEX Hub',
  tagline: {
    en: 'News, meetings and hot topics from the EU national parliaments and the European Parliament.',
    fr: 'Actualités, réunions et sujets d’actualité des parlements nationaux de l’UE et du Parlement européen.',
  },
  languages: [
    { code: 'en', ogLocale: 'en_GB', name: 'English' },
    { code: 'fr', ogLocale: 'fr_FR', name: 'Français' },
  ],
  ipexBaseUrl: 'https://ipex.eu',
  contact: 'hub@ipex.eu',
  pageSize: 20,
  feedLimit: 50,
  calendarRefreshMinutes: 360,
  social: {
    campaign: 'ipex-hub-trial',
    platforms: ['x', 'linkedin', 'facebook', 'bluesky', 'mastodon', 'whatsapp', 'telegram', 'email'],
    hashtags: {
      always: ['IPEX'],
      kinds: { events: ['EUParliaments'], topics: ['EUaffairs'] },
      documents: ['subsidiarity'],
      conferences: { cosac: ['COSAC'], speakers: ['EUSpeakers'], 'jpsg-europol': ['Europol', 'JPSG'], 'ipc-cfsp-csdp': ['CFSP', 'CSDP'], 'ipc-secg': ['SECG'] },
      tags: { subsidiarity: ['subsidiarity'], 'political-dialogue': ['PoliticalDialogue'], 'rule-of-law': ['RuleOfLaw'], migration: ['migration'], digital: ['digital'], climate: ['climate'], energy: ['energy'], budget: ['EUbudget'], enlargement: ['enlargement'] },
    },
    handles: {},
  },
  // Documents of the current Commission's term (from 1 December 2024), scrutinised or not.
  documents: { since: '2024-12-01', withScrutinyOnly: false },
  evaluation: { trialStart: '2026-11-02', trialEnd: '2027-01-31', publish: true },
  defaultTimeZone: 'Europe/Brussels',
  colors: { ink: '#0b2a4a', accent: '#b8860b', paper: '#ffffff' },
});
