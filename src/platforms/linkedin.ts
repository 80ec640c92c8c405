import { z } from 'zod';
import { countCell, day, post } from '../evaluation/imports/rows.ts';
import { LINKEDIN_API, linkedinClient } from '../announce/linkedin.ts';
import { linkedinFigures } from '../evaluation/sources/linkedin.ts';
import { codePoints } from './count.ts';
import { definePlatform, type Platform } from './platform.ts';
import { envName, ownerFields, postLang } from './schema.ts';

/** A LinkedIn organisation page: its numeric id and a token with `w_organization_social`. */
export const linkedinAccount = z.object({ platform: z.literal('linkedin'), ...ownerFields, organization: z.string(), token: z.string() });
/** A LinkedIn organisation page. */
export type LinkedInAccount = z.output<typeof linkedinAccount>;

/** LinkedIn organisation page: 3000 characters; the share link carries only the URL (LinkedIn reads the page's tags). */
export const linkedin: Platform<'linkedin'> = definePlatform({
  id: 'linkedin',
  name: 'LinkedIn',
  limit: { max: 3000, count: codePoints },
  share: (s) => `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(s.url('linkedin'))}`,
  env: { required: ['LINKEDIN_TOKEN', 'LINKEDIN_ORGANIZATION'] },
  hubAccount: (v, lang) => ({ platform: 'linkedin', owner: 'hub', lang, token: v.LINKEDIN_TOKEN ?? '', organization: v.LINKEDIN_ORGANIZATION ?? '' }),
  account: linkedinAccount,
  chamber: {
    schema: z.object({ organization: z.string().regex(/^\d+$/, 'a numeric organisation id'), tokenEnv: envName, lang: postLang }),
    secretEnv: (e) => e.tokenEnv,
    account: (e, owner, token) => ({ platform: 'linkedin', owner, lang: e.lang, organization: e.organization, token }),
  },
  secrets: (a) => [a.token],
  problems: (a) => (/^\d+$/.test(a.organization) ? [] : [`LINKEDIN_ORGANIZATION "${a.organization}" is not a numeric organisation id`]),
  placeholder: (owner, lang) => ({ platform: 'linkedin', owner, lang, organization: 'LINKEDIN_ORGANIZATION', token: '' }),
  client: (a, c) => linkedinClient(a, { http: c.http, api: c.env.LINKEDIN_API_URL?.trim() || LINKEDIN_API, card: c.card }),
  figures: (a, posts, c) => linkedinFigures(a, posts, c.env.LINKEDIN_API_URL?.trim() || LINKEDIN_API, c.http),
  exports: [
    {
      // LinkedIn page analytics → Content → Export, sheet "All posts".
      name: 'LinkedIn page content export',
      platform: 'linkedin',
      headings: ['post link', 'created date', 'likes', 'comments', 'reposts'],
      row: (c) =>
        post('linkedin', c, {
          day: 'created date',
          id: 'post link',
          url: 'post link',
          likes: 'likes',
          reposts: 'reposts',
          replies: 'comments',
          quotes: undefined,
          paid: (x) => (x.has('post type') ? /sponsored/i.test(x.get('post type') ?? '') : undefined),
        }),
    },
    {
      // LinkedIn page analytics → Followers → Export, sheet "New followers".
      name: 'LinkedIn page followers export',
      platform: 'linkedin',
      headings: ['date', 'organic followers', 'total followers'],
      row: (c) => {
        const d = day(c, 'date');
        if (d instanceof Error) return d;
        const n = countCell(c.get('total followers'));
        if (n instanceof Error) return new Error(`column "total followers": ${n.message}`);
        return { type: 'followers', day: d, gained: n ?? 0 };
      },
    },
  ],
});
