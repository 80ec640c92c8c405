import type { DocumentData } from './schemas.ts';

/** A document as later pages, feeds and cards will see it: validated, with its body rendered. */
export type DocumentItem = DocumentData & { kind: 'documents'; html: Record<string, string> };
