import { describe, expect, it } from 'vitest';
import { computedDeadline, procedureType, subsidiarityDeadline } from '../../src/model/deadline.ts';

describe('subsidiarity deadline: 56 counted days after transmission', () => {
  it('is eight weeks later, same weekday, when nothing is excluded (transmission day not counted)', () => {
    expect(computedDeadline('2026-03-04')).toBe('2026-04-29');
    expect(new Date('2026-04-29T12:00:00Z').getUTCDay()).toBe(new Date('2026-03-04T12:00:00Z').getUTCDay());
  });

  it('does not count August', () => {
    // 11–31 July: 21 days; then 35 September days: 5 October (not 4 September).
    expect(computedDeadline('2026-07-10')).toBe('2026-10-05');
    // 6 June + 55 days is 31 July: the last day before August.
    expect(computedDeadline('2026-06-05')).toBe('2026-07-31');
    // One day later the 56th counted day is 1 September.
    expect(computedDeadline('2026-06-06')).toBe('2026-09-01');
    // Transmitted in August: counting starts on 1 September.
    expect(computedDeadline('2026-08-14')).toBe('2026-10-26');
    expect(computedDeadline('2026-07-31')).toBe('2026-10-26');
  });

  it('does not count 20 December to 10 January, across the year end', () => {
    // 26 Nov–19 Dec: 24 days; from 11 January, 32 more: 11 February.
    expect(computedDeadline('2026-11-25')).toBe('2027-02-11');
    // Transmitted on 19 December or inside the break: counting starts on 11 January.
    expect(computedDeadline('2026-12-19')).toBe('2027-03-07');
    expect(computedDeadline('2026-12-24')).toBe('2027-03-07');
    expect(computedDeadline('2027-01-10')).toBe('2027-03-07');
    expect(computedDeadline('2027-01-11')).toBe('2027-03-08');
    // A period ending on 19 December is untouched.
    expect(computedDeadline('2026-10-24')).toBe('2026-12-19');
    expect(computedDeadline('2026-10-25')).toBe('2027-01-11');
  });

  it('counts 29 February in leap years', () => {
    expect(computedDeadline('2028-01-15')).toBe('2028-03-11');
    expect(computedDeadline('2027-01-15')).toBe('2027-03-12');
    expect(computedDeadline('2028-02-01')).toBe('2028-03-28');
  });

  it('rejects a day that does not exist', () => {
    expect(() => computedDeadline('2026-02-30')).toThrow();
  });
});

describe('the deadline of a document', () => {
  it("takes IPEX's date when given, even against the computation", () => {
    expect(subsidiarityDeadline({ subsidiarityDeadline: '2026-05-04', transmissionDate: '2026-03-04', procedure: '2026/0275(COD)' })).toBe('2026-05-04');
    expect(subsidiarityDeadline({ subsidiarityDeadline: '2026-05-04' })).toBe('2026-05-04');
  });

  it('computes it for draft legislative acts only (COD, CNS, APP)', () => {
    for (const type of ['COD', 'CNS', 'APP']) {
      expect(subsidiarityDeadline({ transmissionDate: '2026-03-04', procedure: `2026/0275(${type})` })).toBe('2026-04-29');
    }
    expect(subsidiarityDeadline({ transmissionDate: '2026-03-04', procedure: '2026/0099(NLE)' })).toBeUndefined();
    expect(subsidiarityDeadline({ transmissionDate: '2026-03-04' })).toBeUndefined();
    expect(subsidiarityDeadline({ procedure: '2026/0275(COD)' })).toBeUndefined();
  });

  it('reads the procedure type', () => {
    expect(procedureType('2026/0275(COD)')).toBe('COD');
    expect(procedureType(' 2026/0275 (CNS) ')).toBe('CNS');
    expect(procedureType('COD')).toBeUndefined();
    expect(procedureType(undefined)).toBeUndefined();
  });
});
