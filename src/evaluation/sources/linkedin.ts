import { z } from 'zod';
import type { LinkedInAccount } from '../../platforms/linkedin.ts';
import type { LedgerPost } from '../../announce/ledger.ts';
import type { PostFigures } from '../schema.ts';
import { fetchJson, parseResponse, type HttpSettings } from './http.ts';
import type { AccountFigures } from './mastodon.ts';

/** LinkedIn's REST API origin. */
export const LINKEDIN_API = 'https://api.linkedin.com';
/** The API version the requests ask for (`LinkedIn-Version`, YYYYMM). */
export const LINKEDIN_VERSION = '202511';

const count = z.number().int().nonnegative();
const sizeSchema = z.object({ firstDegreeSize: count });
const statsSchema = z.object({
  elements: z.array(
    z.object({
      share: z.string().optional(),
      ugcPost: z.string().optional(),
      totalShareStatistics: z.object({ likeCount: count.optional(), commentCount: count.optional(), shareCount: count.optional() }),
    }),
  ),
});

const list = (urns: string[]) => `List(${urns.map(encodeURIComponent).join(',')})`;

/**
 * LinkedIn organisation page: followers from `networkSizes` (COMPANY_FOLLOWED_BY_MEMBER) and, per
 * ledger post, lifetime `totalShareStatistics` from `organizationalEntityShareStatistics`
 * (20 posts a request; shares and ugcPosts by URN). LinkedIn has no quote count.
 */
export async function linkedinFigures(account: LinkedInAccount, posts: LedgerPost[], api: string, http: HttpSettings): Promise<AccountFigures> {
  const base = api.replace(/\/+$/, '');
  const org = `urn:li:organization:${account.organization}`;
  const init = { headers: { Authorization: `Bearer ${account.token}`, 'LinkedIn-Version': LINKEDIN_VERSION, 'X-Restli-Protocol-Version': '2.0.0' } };
  const get = async <T>(path: string, schema: z.ZodType<T>): Promise<T> => {
    const label = `GET ${base}${path}`;
    return parseResponse(schema, await fetchJson(`${base}${path}`, init, label, http), label);
  };
  const size = await get(`/rest/networkSizes/${encodeURIComponent(org)}?edgeType=COMPANY_FOLLOWED_BY_MEMBER`, sizeSchema);
  const stats = new Map<string, z.output<typeof statsSchema>['elements'][number]['totalShareStatistics']>();
  for (let i = 0; i < posts.length; i += 20) {
    const batch = posts.slice(i, i + 20).map((p) => p.remoteId);
    const shares = batch.filter((u) => u.startsWith('urn:li:share:'));
    const ugc = batch.filter((u) => !u.startsWith('urn:li:share:'));
    let query = `q=organizationalEntity&organizationalEntity=${encodeURIComponent(org)}`;
    if (shares.length) query += `&shares=${list(shares)}`;
    if (ugc.length) query += `&ugcPosts=${list(ugc)}`;
    for (const e of (await get(`/rest/organizationalEntityShareStatistics?${query}`, statsSchema)).elements) {
      const urn = e.share ?? e.ugcPost;
      if (urn) stats.set(urn, e.totalShareStatistics);
    }
  }
  const out: PostFigures[] = posts.map((p) => {
    const s = stats.get(p.remoteId);
    return {
      platform: 'linkedin',
      item: p.item,
      remoteId: p.remoteId,
      likes: s?.likeCount ?? null,
      reposts: s?.shareCount ?? null,
      replies: s?.commentCount ?? null,
      quotes: null,
    };
  });
  return { followers: size.firstDegreeSize, posts: out };
}
