import type { Conference } from '../../model/vocabulary.ts';
import { preferredText, slugOfText } from '../../model/identity.ts';
import { htmlToLine } from './html.ts';
import { localized } from './localized.ts';

/** A tag as the snapshot holds it. */
export interface Tag {
  key: string;
  label: Record<string, string>;
}

/** Longest tag key. */
const KEY_MAX = 80;

/** Tags from IPEX's `shared[].labels[]`: key from the English label (else another), sorted by key, one per key. */
export function tagsOf(shared: unknown, primary: string): Tag[] {
  if (!Array.isArray(shared)) return [];
  const byKey = new Map<string, Tag>();
  for (const entry of shared) {
    const labels = typeof entry === 'object' && entry !== null && 'labels' in entry ? entry.labels : undefined;
    const label = localized(labels, htmlToLine);
    if (!label) continue;
    const key = slugOfText(preferredText(label, primary) ?? '', KEY_MAX);
    if (key && !byKey.has(key)) byKey.set(key, { key, label });
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** Which interparliamentary body a label names, checked in this order. */
const CONFERENCE_PATTERNS: [Conference, RegExp][] = [
  ['cosac', /\bcosac\b/i],
  ['speakers', /\bspeakers?\b|\bconférence des présidents\b/i],
  ['jpsg-europol', /\beuropol\b|\bjpsg\b|\bgcpc\b/i],
  ['ipc-cfsp-csdp', /\bcfsp\b|\bcsdp\b|\bpesc\b|\bpsdc\b/i],
  ['ipc-secg', /\bsecg\b|\barticle 13\b|\beconomic governance\b|\bgouvernance économique\b/i],
];

function bodyNamedIn(texts: string[]): Conference | undefined {
  for (const [conference, pattern] of CONFERENCE_PATTERNS) if (texts.some((t) => pattern.test(t))) return conference;
  return undefined;
}

/** The conference of an event: from its tags' labels in any language, else from its title (IPEX
 * leaves some meetings unlabelled, e.g. the Speakers' Conference); `other` when neither names one. */
export function conferenceOf(tags: Tag[], title: Record<string, string> = {}): Conference {
  // Labels first: a label is IPEX's own classification, a title only mentions.
  return bodyNamedIn(tags.flatMap((t) => Object.values(t.label))) ?? bodyNamedIn(Object.values(title)) ?? 'other';
}
