import { byPlatform, type PlatformId } from '../platforms/index.ts';

export { graphemeCount, graphemes, mastodonLength, xLength, type Limit } from '../platforms/count.ts';

/** The post platforms' limits and counting rules, from the registry. */
export const LIMITS = byPlatform((p) => p.limit);

/** A platform with a ready-to-post text. */
export type PostPlatform = PlatformId;
