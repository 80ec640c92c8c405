import { describe, expect, it } from 'vitest';
import base from '../../src/config/hub.config.ts';
import { HubConfigError, resolveConfig } from '../../src/config/resolve.ts';
import { isSelected } from '../../src/model/document-selection.ts';

const doc = (transmissionDate: string | undefined, scrutinies: { chamber: string; reasonedOpinion?: boolean }[] = [], adoptionDate?: string) => ({
  transmissionDate,
  adoptionDate,
  scrutinies,
});

describe('which documents get pages', () => {
  it('takes every document without a rule', () => {
    expect(isSelected(doc(undefined), { withScrutinyOnly: false })).toBe(true);
  });

  it('takes documents transmitted on or after `since`, else adopted then; none without a date', () => {
    const rule = { since: '2026-01-01', withScrutinyOnly: false };
    expect(isSelected(doc('2026-01-01'), rule)).toBe(true);
    expect(isSelected(doc('2025-12-31'), rule)).toBe(false);
    expect(isSelected(doc(undefined, [], '2026-03-01'), rule)).toBe(true);
    expect(isSelected(doc('2025-12-31', [], '2026-03-01'), rule)).toBe(false);
    expect(isSelected(doc(undefined), rule)).toBe(false);
  });

  it('takes a document a chamber sent a reasoned opinion on, whatever its date', () => {
    const rule = { since: '2026-01-01', withScrutinyOnly: false };
    expect(isSelected(doc('2008-10-10', [{ chamber: 'ukcom', reasonedOpinion: true }]), rule)).toBe(true);
    expect(isSelected(doc('2008-10-10', [{ chamber: 'ukcom', reasonedOpinion: false }]), rule)).toBe(false);
  });

  it('takes only scrutinised documents when asked, and keeps the order', () => {
    const docs = [doc('2026-03-01', [{ chamber: 'frass' }]), doc('2026-02-01'), doc('2025-06-01', [{ chamber: 'lvsae' }])];
    expect(docs.filter((d) => isSelected(d, { withScrutinyOnly: true }))).toEqual([docs[0], docs[2]]);
    expect(docs.filter((d) => isSelected(d, { since: '2026-01-01', withScrutinyOnly: true }))).toEqual([docs[0]]);
  });

  it('checks the configured holidays: real days, each in its own year', () => {
    const withHolidays = (holidays: Record<string, string[]>) => resolveConfig({ ...base, documents: { ...base.documents, holidays } }, {});
    expect(withHolidays({ '2027': ['2027-05-10'] }).documents.holidays).toEqual({ '2027': ['2027-05-10'] });
    expect(() => withHolidays({ '2027': ['2027-02-30'] })).toThrow(/documents\.holidays\.2027 must be a day YYYY-MM-DD, got "2027-02-30"/);
    expect(() => withHolidays({ '2027': ['2028-01-01'] })).toThrow(/documents\.holidays\.2027 lists 2028-01-01, a day of another year/);
  });

  it('is configured in hub.config.ts and checked when resolved', () => {
    expect(resolveConfig(base, {}).documents).toEqual({ since: '2024-12-01', withScrutinyOnly: false });
    for (const since of ['2026-02-30', '2026-1-01', 'yesterday']) {
      expect(() => resolveConfig({ ...base, documents: { since, withScrutinyOnly: false } }, {})).toThrow(HubConfigError);
    }
    expect(() => resolveConfig({ ...base, documents: { since: '2028-02-29', withScrutinyOnly: true } }, {})).not.toThrow();
  });
});
