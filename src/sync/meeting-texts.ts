import { z } from 'zod';
import { ADOPTED_TYPES, meetingDocument } from '../model/schemas.ts';
import type { KindRules } from './kind-rules.ts';

const documentsView = z.object({ documents: z.array(meetingDocument).default([]) });
const moments = z.record(z.string(), z.string()).catch({});
const adopted: ReadonlySet<string> = new Set(ADOPTED_TYPES);

/**
 * Carries a meeting's `textsSeen` over from its previous version and adds each adopted text not
 * seen before at `at`: a text keeps the moment it first appeared (its feed date, and what makes it
 * new to announce) whatever IPEX does to it later, even when it leaves and comes back.
 */
export const rememberTexts: NonNullable<KindRules['remember']> = (prev, item, at) => {
  const view = documentsView.safeParse(item);
  const textsSeen = { ...moments.parse(prev?.textsSeen) };
  if (view.success) for (const d of view.data.documents) if (adopted.has(d.type)) textsSeen[d.id] ??= at;
  const rest = Object.fromEntries(Object.entries(item).filter(([k]) => k !== 'textsSeen'));
  return { ...rest, ...(Object.keys(textsSeen).length > 0 && { textsSeen }) };
};

/** The merge rules of events: the first sight of each text the meeting adopted. */
export const eventRules: KindRules = { remember: rememberTexts };
