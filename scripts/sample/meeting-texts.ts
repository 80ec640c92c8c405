// The documents of two past meetings of the sample: a COSAC plenary and a Speakers' Conference, each
// with its programme and the texts it adopted. Fixed, not drawn: the seeded draws of every other item stay as they were.
import { hexId, isoZ, msOf, DAY, HOUR, IPEX, type L } from './basics.ts';
import type { MeetingDocumentType } from '../../src/model/schemas.ts';

type Spec = { type: MeetingDocumentType; title: L; /** Days after the meeting's last day that IPEX published it. */ after: number };

const SPECS: Record<string, Spec[]> = {
  'cosac-plenary-2026-1': [
    {
      type: 'programme',
      title: { en: 'Programme of the plenary meeting of COSAC, Nicosia', fr: 'Programme de la réunion plénière de la COSAC, Nicosie' },
      after: -20,
    },
    {
      type: 'contribution',
      title: { en: 'Contribution of the plenary meeting of COSAC, Nicosia', fr: 'Contribution de la réunion plénière de la COSAC, Nicosie' },
      after: 0,
    },
    {
      type: 'conclusions',
      title: { en: 'Conclusions of the plenary meeting of COSAC, Nicosia', fr: 'Conclusions de la réunion plénière de la COSAC, Nicosie' },
      after: 1,
    },
  ],
  'speakers-2026': [
    {
      type: 'agenda',
      title: {
        en: 'Agenda of the Conference of Speakers of the EU Parliaments, Copenhagen',
        fr: 'Ordre du jour de la Conférence des présidents des parlements de l’UE, Copenhague',
      },
      after: -14,
    },
    {
      type: 'conclusions',
      title: {
        en: 'Presidency conclusions of the Conference of Speakers of the EU Parliaments, Copenhagen',
        fr: 'Conclusions de la présidence de la Conférence des présidents des parlements de l’UE, Copenhague',
      },
      after: 0,
    },
  ],
};

const ADOPTED: ReadonlySet<MeetingDocumentType> = new Set(['contribution', 'conclusions', 'declaration']);

/** A sample meeting's documents and when the hub first saw the adopted ones (an hour after IPEX published them); nothing for other meetings. */
export function meetingTextsOf(key: string, lastDay: string): { documents?: object[]; textsSeen?: Record<string, string> } {
  const specs = SPECS[key];
  if (!specs) return {};
  const textsSeen: Record<string, string> = {};
  const documents = specs.map((s) => {
    const id = hexId('files', `${key}:${s.type}`);
    const published = msOf(lastDay) + s.after * DAY + 16 * HOUR;
    if (ADOPTED.has(s.type)) textsSeen[id] = isoZ(published + HOUR);
    return { id, type: s.type, url: `${IPEX}/download/file/${id}`, title: { ...s.title }, published: isoZ(published) };
  });
  return { documents, textsSeen };
}
