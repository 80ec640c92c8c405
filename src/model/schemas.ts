import { z } from 'zod';
import { cleanLine, cleanText } from './text.ts';
import { CONFERENCES, SNAPSHOT_KINDS } from './vocabulary.ts';
import { PLATFORMS } from '../platforms/index.ts';

/** A two-letter language code, lower case. */
export const langCode = z.string().regex(/^[a-z]{2}$/, 'a two-letter lower-case language code');

/** Cleans each language's text and drops the ones left empty. */
function cleanEach(rec: Record<string, string>, clean: (s: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [lang, text] of Object.entries(rec)) {
    const c = clean(text);
    if (c) out[lang] = c;
  }
  return out;
}

/** Text per language, at least one; values cleaned, empty ones dropped. */
export const localLine = z
  .record(langCode, z.string())
  .transform((rec) => cleanEach(rec, cleanLine))
  .refine((rec) => Object.keys(rec).length > 0, 'needs text in at least one language');

/** Multi-line text (Markdown) per language, at least one. */
export const localMarkdown = z
  .record(langCode, z.string())
  .transform((rec) => cleanEach(rec, (s) => cleanText(s).trim()))
  .refine((rec) => Object.keys(rec).length > 0, 'needs text in at least one language');

/** An instant with its offset, normalised to UTC ISO 8601 (`2026-11-20T09:00:00.000Z`). */
export const instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'an ISO 8601 date-time with an offset, e.g. 2026-11-20T09:00:00+01:00')
  .transform((s) => new Date(s).toISOString());

/** A calendar day `YYYY-MM-DD` that exists. */
export const day = z.iso.date();

/** A wall-clock time in the event's time zone, `YYYY-MM-DDTHH:mm`. */
export const localTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, 'a local date-time YYYY-MM-DDTHH:mm');

/** An IANA time zone that this runtime knows. */
export const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'an IANA time zone such as Europe/Brussels');

/** Item ids: IPEX's own, or `hub-…` for items editors create. */
export const itemId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, 'letters, digits, dot, dash or underscore, at most 128');

/** URL path segment, fixed when the item is first seen. */
export const slug = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters and digits joined by single dashes');

/** A chamber code such as `lvsae` (registry: content/registries/chambers.json). */
export const chamberCode = z.string().regex(/^[a-z][a-z0-9]{1,15}$/, 'a chamber code such as lvsae');

/** A label on an item, with its stable key. */
export const tag = z.object({ key: slug, label: localLine });

/** An absolute http(s) URL. */
export const httpUrl = z.url({ protocol: /^https?$/ });

const common = {
  /** Stable id: never changes once published. */
  id: itemId,
  /** Stable URL segment. */
  slug,
  /** When the hub first saw the item: the published date of its feed entries. */
  firstSeen: instant,
  /** Last change upstream or by an editor. */
  updated: instant.optional(),
  /** When the item disappeared upstream; its page stays and says so. */
  withdrawn: instant.optional(),
  title: localLine,
  summary: localLine.optional(),
  /** Markdown. */
  body: localMarkdown.optional(),
  tags: z.array(tag).default([]),
  /** The item's page on IPEX. */
  source: httpUrl.optional(),
};

/** A news item as the snapshot holds it. */
export const newsSchema = z.object({
  ...common,
  /** When IPEX published it. */
  published: instant,
  chambers: z.array(chamberCode).default([]),
});

/** A hot topic as the snapshot holds it. */
export const topicSchema = z.object({
  ...common,
  related: z.object({ news: z.array(itemId).default([]), events: z.array(itemId).default([]) }).default({ news: [], events: [] }),
});

/** What a document attached to a meeting is: what the meeting adopted, or papers about it. */
export const MEETING_DOCUMENT_TYPES = ['contribution', 'conclusions', 'declaration', 'programme', 'agenda', 'minutes', 'other'] as const;
/** The types of text a meeting adopts: these get pages, feed entries and posts; the others are plain links. */
export const ADOPTED_TYPES = ['contribution', 'conclusions', 'declaration'] as const;
/** One type of meeting document. */
export type MeetingDocumentType = (typeof MEETING_DOCUMENT_TYPES)[number];

/** IPEX's file id: the 32 hex characters that end `/download/file/<id>`. */
export const fileId = z.string().regex(/^[0-9a-f]{32}$/, 'an IPEX file id of 32 lower-case hex characters');

/** A document of a meeting (programme, agenda, adopted text): IPEX's file, its type, title and publication. */
export const meetingDocument = z.object({
  id: fileId,
  type: z.enum(MEETING_DOCUMENT_TYPES),
  /** The file on IPEX. */
  url: httpUrl,
  title: localLine.optional(),
  /** When IPEX published it. */
  published: instant.optional(),
  /** Set by the sync: when an adopted text disappeared from the meeting; its page stays and says so. */
  withdrawn: instant.optional(),
});

/** A calendar event as the snapshot holds it: all-day events give days, others local times. */
export const eventSchema = z
  .object({
    ...common,
    start: z.union([day, localTime]),
    /** Last day (inclusive) for all-day events, end time otherwise. */
    end: z.union([day, localTime]).optional(),
    timeZone: timeZone.optional(),
    venue: localLine.optional(),
    city: localLine.optional(),
    /** ISO 3166-1 alpha-2 country code. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'an upper-case ISO 3166 country code')
      .optional(),
    organiser: chamberCode.optional(),
    conference: z.enum(CONFERENCES).default('other'),
    cancelled: z.boolean().default(false),
    /** The meeting's documents, as IPEX attaches them: programme, agenda, the texts it adopted. */
    documents: z.array(meetingDocument).default([]),
    /** Set by the sync: when the hub first saw each adopted text, by file id (kept when IPEX edits it). */
    textsSeen: z.record(fileId, instant).default({}),
  })
  .superRefine((ev, ctx) => {
    const ids = new Set<string>();
    ev.documents.forEach((d, i) => {
      if (ids.has(d.id)) ctx.addIssue({ code: 'custom', path: ['documents', i, 'id'], message: `"${d.id}" is listed twice` });
      ids.add(d.id);
    });
    if (ev.end === undefined) return;
    if (ev.end.length !== ev.start.length) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'must be a day when start is a day, and a time when start is a time' });
    } else if (ev.end < ev.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `is before start (${ev.start})` });
    }
  });

// ── Documents (issue 12): synced and validated; pages, cards and feeds come later ──────────

/** Where a chamber's scrutiny of a document stands. */
export const SCRUTINY_STATUSES = ['not-started', 'ongoing', 'completed'] as const;
/** The cards of Protocol No 2: yellow (review) and orange (ordinary legislative procedure). */
export const CARDS = ['yellow', 'orange'] as const;

/** One line of plain text, cleaned, 1–1,000 characters. */
const line = z.string().transform(cleanLine).pipe(z.string().min(1, 'must not be empty').max(1_000));

/** A document a chamber filed on IPEX for its scrutiny. */
export const scrutinyDocument = z.object({ url: httpUrl, title: localLine.optional() });

/** One chamber's scrutiny of a document. */
export const scrutinySchema = z.object({
  chamber: chamberCode,
  status: z.enum(SCRUTINY_STATUSES).optional(),
  /** True when the chamber adopted a reasoned opinion (Protocol No 2, Article 6). */
  reasonedOpinion: z.boolean().default(false),
  reasonedOpinionDate: day.optional(),
  /** True when the chamber sent a contribution in the political dialogue. */
  politicalDialogue: z.boolean().default(false),
  /** The chamber's documents on IPEX. */
  documents: z.array(scrutinyDocument).default([]),
});

/** An EU document (Commission proposal or consultation) and the chambers' scrutiny of it. */
export const documentSchema = z
  .object({
    ...common,
    /** Official reference as written, e.g. `COM(2026) 538`. */
    reference: line,
    /** Interinstitutional procedure, e.g. `2026/0275(COD)`. */
    procedure: z
      .string()
      .regex(/^\d{4}\/\d{1,4}\([A-Z]{3}\)$/, 'a procedure such as 2026/0275(COD)')
      .optional(),
    adoptionDate: day.optional(),
    /** The eight weeks of the check run from this day. */
    transmissionDate: day.optional(),
    /** IPEX's deadline, when it sends one; otherwise the rules compute it (src/model/deadline.ts). */
    subsidiarityDeadline: day.optional(),
    legalBasis: z.array(line).default([]),
    /** One per chamber. */
    scrutinies: z.array(scrutinySchema).default([]),
    /** Set by the sync: when the hub first saw each chamber's reasoned opinion (kept when IPEX edits or re-dates it). */
    opinionsSeen: z.record(chamberCode, instant).default({}),
    /** Set by the sync: when the hub first saw each card's threshold reached. */
    thresholdsSeen: z.partialRecord(z.enum(CARDS), instant).default({}),
    /** Set by the sync: when the hub first saw the check in its last 14 days (what dates the closing-soon entry). */
    checkSeen: z.partialRecord(z.enum(['closing']), instant).default({}),
    /** What came of a card (the Commission's review), from the editors' registry `registries/card-outcomes.json`, never from IPEX. */
    outcome: z.object({ text: localLine, source: httpUrl.optional() }).optional(),
  })
  .superRefine((doc, ctx) => {
    const seen = new Set<string>();
    doc.scrutinies.forEach((s, i) => {
      if (seen.has(s.chamber)) ctx.addIssue({ code: 'custom', path: ['scrutinies', i, 'chamber'], message: `"${s.chamber}" has two scrutinies` });
      seen.add(s.chamber);
    });
  });

/** One entry of `registries/card-outcomes.json`: what came of a yellow or orange card, by the document's reference. */
export const cardOutcomeSchema = z.object({ reference: line, outcome: localLine, source: httpUrl.optional() });
export type CardOutcome = z.output<typeof cardOutcomeSchema>;

/** A validated document. */
export type DocumentData = z.output<typeof documentSchema>;

/** A glossary term: `title` is the term per language, `body` its definition (Markdown), `summary` its first sentences. */
export const glossarySchema = z.object({ ...common });

/** A validated glossary term. */
export type GlossaryData = z.output<typeof glossarySchema>;

/** Validated snapshot items, per kind. */
export type NewsData = z.output<typeof newsSchema>;
export type EventData = z.output<typeof eventSchema>;
export type TopicData = z.output<typeof topicSchema>;

/** The schema of each kind. */
export const itemSchemas = { news: newsSchema, events: eventSchema, topics: topicSchema, documents: documentSchema, glossary: glossarySchema } as const;

/** Format marker of snapshot files; bump on incompatible change. */
export const SNAPSHOT_FORMAT = 'ipex-hub-snapshot/1';

/** The envelope of `content/snapshot/<kind>.json`; items are checked one by one. */
export const snapshotEnvelope = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  kind: z.enum(SNAPSHOT_KINDS),
  /** True for the committed sample data. */
  sample: z.boolean().default(false),
  syncedAt: instant,
  items: z.array(z.unknown()),
});

/** A chamber's own accounts for automatic posts, one optional entry per platform of the registry (each
 * platform says where its account is and which variable holds its secret). */
export const chamberAnnounceSchema = z.object({
  ...Object.fromEntries(PLATFORMS.map((p) => [p.id, p.chamber.schema.optional()])),
  /** Interparliamentary bodies whose adopted texts these accounts also post (`cosac`, `speakers`…). */
  bodies: z.array(z.enum(CONFERENCES)).default([]),
});

/** A chamber in the registry. */
export const chamberSchema = z
  .object({
    code: chamberCode,
    country: z.string().regex(/^([A-Z]{2}|EU)$/),
    /** Name in the chamber's own language(s); several languages' names separated by " / ". */
    name: z.string().min(1),
    /** The language of `name` (BCP 47, e.g. `de`), one per " / " part separated by "/" (`fr/nl`). */
    nameLang: z
      .string()
      .regex(/^[a-z]{2,3}(\/[a-z]{2,3})*$/, 'language codes such as de, or fr/nl for a name in two languages')
      .optional(),
    /** Name per hub language. */
    names: localLine,
    /** First day the chamber's state was a member of the Union (2004-05-01, 2007-01-01, 2013-07-01); unset for earlier members. */
    memberFrom: day.optional(),
    /** Last day the chamber's state was a member (2020-01-31 for the United Kingdom); unset while it is one. */
    memberUntil: day.optional(),
    /** Official social accounts, by platform. */
    accounts: z.record(z.string(), z.string()).default({}),
    /** Accounts the chamber opted in for automatic posts of its items (voluntary; secrets stay in the environment). */
    announce: chamberAnnounceSchema.optional(),
  })
  .refine((c) => !c.memberFrom || !c.memberUntil || c.memberFrom <= c.memberUntil, { path: ['memberUntil'], message: 'is before memberFrom' });
export type Chamber = z.output<typeof chamberSchema>;
