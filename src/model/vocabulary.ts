// The hub's shared words: what kinds of item exist and which interparliamentary bodies meet.

/** Kinds of item the hub publishes. */
export const KINDS = ['news', 'events', 'topics'] as const;
/** One kind of item, also its URL section and snapshot file name. */
export type Kind = (typeof KINDS)[number];

/** Interparliamentary bodies whose meetings IPEX lists. */
export const CONFERENCES = ['cosac', 'speakers', 'jpsg-europol', 'ipc-cfsp-csdp', 'ipc-secg', 'other'] as const;
/** One interparliamentary body. */
export type Conference = (typeof CONFERENCES)[number];

/** Kinds the snapshot holds and the sync fetches: the published kinds, then documents and glossary terms. */
export const SNAPSHOT_KINDS = [...KINDS, 'documents', 'glossary'] as const;
/** One snapshot kind, also its snapshot file name. */
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];
