import { describe, expect, it } from 'vitest';
import { meetingDocumentsOf } from '../../src/ipex/map/meeting-documents.ts';

const BASE = 'https://ipex.eu';
const hex = 'abcdef0123456789abcdef0123456789';

describe('the documents of a meeting (meetingDocumentsOf)', () => {
  it('takes the file id from the link on any IPEX host and links the configured origin', () => {
    const { documents, warnings } = meetingDocumentsOf(
      [{ url: `https://ipexl.europarl.europa.eu/IPEXL-WEB/download/file/${hex.toUpperCase()}`, documentType: ' Contribution ' }],
      'e1',
      BASE,
    );
    expect(documents).toEqual([{ id: hex, type: 'contribution', url: `${BASE}/IPEXL-WEB/download/file/${hex}` }]);
    expect(warnings).toEqual([]);
  });

  it('drops what is no file, takes a file once, reads unknown types as other, and names each problem', () => {
    const r = meetingDocumentsOf(
      [
        null,
        { url: 'javascript:alert(1)' },
        { url: '/IPEXL-WEB/download/file/123' },
        { url: `/IPEXL-WEB/download/file/${hex}`, documentType: 'agenda', titles: [{ language: 'EN', message: '<b>Agenda</b><script>x()</script>' }] },
        { url: `/x/download/file/${hex}`, documentType: 'minutes' },
        { url: `/y/download/file/${hex.replace('a', 'b')}`, documentType: 42 },
      ],
      'e1',
      BASE,
    );
    expect(r.documents).toEqual([
      { id: hex, type: 'agenda', url: `${BASE}/IPEXL-WEB/download/file/${hex}`, title: { en: 'Agenda' } },
      { id: hex.replace('a', 'b'), type: 'other', url: `${BASE}/IPEXL-WEB/download/file/${hex.replace('a', 'b')}` },
    ]);
    expect(r.warnings.map((w) => `${w.id} ${w.field}`)).toEqual([
      'e1 documents[0].url',
      'e1 documents[1].url',
      'e1 documents[2].url',
      'e1 documents[4].url',
      'e1 documents[5].documentType',
    ]);
  });

  it('reports a `documents` that is not a list, and reads none', () => {
    expect(meetingDocumentsOf('none', 'e1', BASE)).toEqual({
      documents: [],
      warnings: [{ id: 'e1', field: 'documents', reason: '"none" is not a list: dropped' }],
    });
    expect(meetingDocumentsOf(undefined, 'e1', BASE)).toEqual({ documents: [], warnings: [] });
  });
});
