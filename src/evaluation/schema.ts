import { z } from 'zod';

/** Format marker of an evaluation snapshot; bump on incompatible change. */
export const EVALUATION_FORMAT = 'ipex-hub-evaluation/1';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day YYYY-MM-DD');
const count = z.number().int().nonnegative();

/** Counts of one post at the time of the snapshot; `null` where the platform gave no figure. */
export const postFiguresSchema = z.object({
  /** A platform's id (src/platforms/). */
  platform: z.string().min(1),
  /** The post's item (`urn:ipex-hub:news:n-1001`) when known (ledger posts; exports only by URL). */
  item: z.string().optional(),
  /** The platform's id of the post (status id, `at://` URI, post URN, tweet id). */
  remoteId: z.string().min(1),
  likes: count.nullable(),
  reposts: count.nullable(),
  replies: count.nullable(),
  quotes: count.nullable(),
  /** Reposts by national parliaments' official accounts, per chamber code (counts, never people). */
  sharedBy: z.record(z.string(), count).optional(),
  /** Replies and quotes kept by `npm run discussion`, per chamber code: by its official account and by its registered members (counts, never people). */
  answeredBy: z.record(z.string(), z.object({ chamber: count, members: count })).optional(),
  /** True when the export marks the post as paid (sponsored, promoted, boosted). */
  paid: z.boolean().optional(),
});
/** One post's counts. */
export type PostFigures = z.output<typeof postFiguresSchema>;

/** How a source fared in a run. */
export const SOURCE_STATUSES = ['ok', 'kept-previous', 'failed', 'not-configured'] as const;
/** One source's status. */
export type SourceStatus = (typeof SOURCE_STATUSES)[number];

/** One source of figures: an account's API, an export file, or the web analytics. */
export const sourceSchema = z.object({
  /** `mastodon:hub`, `bluesky:frass`, `import:x-2026-11.csv`, `visitors`. */
  id: z.string().min(1),
  type: z.enum(['account', 'import', 'visitors']),
  /** The platform (accounts and exports) or the analytics tool (`matomo`, `plausible`). */
  platform: z.string().min(1),
  status: z.enum(SOURCE_STATUSES),
  /** Why a source failed, kept its previous figures or is not configured. */
  reason: z.string().optional(),
  /** The snapshot day whose figures a failing source kept. */
  keptFrom: day.optional(),
  /** Followers now (account APIs). */
  followers: count.nullable().optional(),
  /** Followers gained during the trial (exports that list new followers per day). */
  followersGained: count.optional(),
  posts: z.array(postFiguresSchema).default([]),
  /** Campaign visits during the trial so far, per `utm_source`. */
  visits: z.record(z.string(), count).optional(),
  /** Rows of an export that could not be read: row number and reason. */
  problems: z.array(z.string()).default([]),
});
/** One source in a snapshot. */
export type Source = z.output<typeof sourceSchema>;

/** `content/evaluation/<day>.json`: the figures of one run of `npm run evaluate`. */
export const snapshotSchema = z.object({
  format: z.literal(EVALUATION_FORMAT),
  /** Sample data, not real figures (the committed history until the first real run). */
  sample: z.boolean().default(false),
  /** The day the figures were collected (UTC). */
  date: day,
  collectedAt: z.iso.datetime({ offset: true }),
  trial: z.object({ start: day, end: day }),
  campaign: z.string().min(1),
  sources: z.array(sourceSchema),
});
/** One dated snapshot. */
export type EvaluationSnapshot = z.output<typeof snapshotSchema>;
