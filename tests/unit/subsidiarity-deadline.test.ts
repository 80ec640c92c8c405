import { describe, expect, it } from 'vitest';
import { checkRegime, computedDeadline, procedureType, subsidiarityDeadline } from '../../src/model/deadline.ts';
import { institutionHolidays } from '../../src/model/holidays.ts';

// Sources: Protocol No 2 to the Treaties, Article 6 (eight weeks); Regulation (EEC, Euratom)
// No 1182/71, Article 3(4) (a period ending on a Saturday, Sunday or public holiday ends at the end
// of the next working day); the Commission's yearly list of the institutions' public holidays (e.g.
// its decision of 21 December 2012 for 2014, OJ C 39, 12.2.2013, p. 26); the institutions' practice
// of not counting August (since 2009) and 20 December–10 January (the 2019 arrangement: Commission
// 7 March 2019, Parliament 27 May 2019, Council July 2019, so from the 2019/2020 year-end).
const weekday = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });

describe('subsidiarity deadline: 56 counted days after transmission', () => {
  it('is eight weeks later, same weekday, when nothing is excluded (transmission day not counted)', () => {
    expect(computedDeadline('2026-03-04')).toBe('2026-04-29');
    expect(weekday('2026-04-29')).toBe(weekday('2026-03-04'));
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

  it('does not count 20 December to 10 January since the 2019 arrangement', () => {
    // 26 Nov–19 Dec: 24 days; from 11 January, 32 more: 11 February.
    expect(computedDeadline('2026-11-25')).toBe('2027-02-11');
    // Transmitted on 19 December or inside the break: counting starts on 11 January; the 56th
    // day, Sunday 7 March 2027, moves to Monday 8 March.
    expect(computedDeadline('2026-12-19')).toBe('2027-03-08');
    expect(computedDeadline('2026-12-24')).toBe('2027-03-08');
    expect(computedDeadline('2027-01-10')).toBe('2027-03-08');
    expect(computedDeadline('2026-10-25')).toBe('2027-01-11');
    // The first year-end under the arrangement: 11–30 November and 1–19 December are 39 days,
    // 11–27 January the other 17: Monday 27 January 2020.
    expect(computedDeadline('2019-11-10')).toBe('2020-01-27');
  });

  it('counted 20 December to 10 January before the 2019 arrangement', () => {
    // 11 November 2017 to 5 January 2018 is 56 days, the year end included: Friday 5 January.
    expect(computedDeadline('2017-11-10')).toBe('2018-01-05');
    // The 56th day, Monday 24 December 2018, starts the institutions' holidays (24–31 December,
    // then 1–2 January): the period ends on Thursday 3 January 2019.
    expect(computedDeadline('2018-10-29')).toBe('2019-01-03');
  });

  it('moves a deadline on a Saturday or a Sunday to the next working day (Regulation 1182/71, Article 3(4))', () => {
    // EPPO, COM(2013) 534, transmitted 21 August 2013: August not counted, the 56th day is
    // Saturday 26 October, and the Commission published Monday 28 October 2013.
    expect(computedDeadline('2013-08-21')).toBe('2013-10-28');
    expect(weekday('2013-10-26')).toBe('Saturday');
    // 24 October 2026 + 56 days is Saturday 19 December: Monday 21 December (a working day).
    expect(computedDeadline('2026-10-24')).toBe('2026-12-21');
    // Leap years count 29 February; Saturday 11 March 2028 moves to Monday 13 March.
    expect(computedDeadline('2028-01-15')).toBe('2028-03-13');
    expect(computedDeadline('2027-01-15')).toBe('2027-03-12');
    expect(computedDeadline('2028-02-01')).toBe('2028-03-28');
  });

  it('moves a deadline on a public holiday of the institutions to the next working day', () => {
    // 9 February 2026 + 56 days is Easter Monday, 6 April 2026: Tuesday 7 April.
    expect(computedDeadline('2026-02-09')).toBe('2026-04-07');
    // 6 March 2026 + 56 days is Friday 1 May (Labour Day), then a weekend: Monday 4 May.
    expect(computedDeadline('2026-03-06')).toBe('2026-05-04');
  });

  it('gives the official deadlines of the three yellow cards on record', () => {
    // Commission annual reports on subsidiarity and proportionality 2012 (COM(2013) 566),
    // 2013 (COM(2014) 506) and 2016 (COM(2017) 600).
    expect(computedDeadline('2012-03-27')).toBe('2012-05-22'); // Monti II, COM(2012) 130
    expect(computedDeadline('2013-08-21')).toBe('2013-10-28'); // EPPO, COM(2013) 534
    expect(computedDeadline('2016-03-15')).toBe('2016-05-10'); // posting of workers, COM(2016) 128
  });

  it('takes a year’s holidays from the configuration when given', () => {
    expect(computedDeadline('2026-03-04', { '2026': ['2026-04-29'] })).toBe('2026-04-30');
    expect(computedDeadline('2026-02-09', { '2026': [] })).toBe('2026-04-06');
  });

  it('rejects a day that does not exist', () => {
    expect(() => computedDeadline('2026-02-30')).toThrow();
  });
});

describe('the institutions’ public holidays', () => {
  it('are the Commission’s list for 2014 (OJ C 39, 12.2.2013, p. 26), Easter-based days computed', () => {
    const list = [...institutionHolidays(2014)].sort();
    const weekdays = list.filter((d) => !['Saturday', 'Sunday'].includes(weekday(d)));
    // Published: 1–2 January, 17, 18 and 21 April, 1 and 9 May, 29–30 May, 9 June, 21 July,
    // 15 August and 24–31 December (six working days): 18 days; 1–2 November 2014 fell on a weekend.
    expect(weekdays).toEqual([
      '2014-01-01',
      '2014-01-02',
      '2014-04-17',
      '2014-04-18',
      '2014-04-21',
      '2014-05-01',
      '2014-05-09',
      '2014-05-29',
      '2014-05-30',
      '2014-06-09',
      '2014-07-21',
      '2014-08-15',
      '2014-12-24',
      '2014-12-25',
      '2014-12-26',
      '2014-12-29',
      '2014-12-30',
      '2014-12-31',
    ]);
  });
});

describe('the rules a document falls under', () => {
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
    expect(checkRegime({ transmissionDate: '2026-03-04', procedure: '2026/0099(NLE)' })).toBe('none');
  });

  it('has no check before the Treaty of Lisbon (1 December 2009), even with a deadline from IPEX', () => {
    const early = { transmissionDate: '2009-11-30', procedure: '2009/0101(COD)', subsidiarityDeadline: '2010-01-11' };
    expect(checkRegime(early)).toBe('pre-lisbon');
    expect(subsidiarityDeadline(early)).toBeUndefined();
    expect(checkRegime({ ...early, transmissionDate: '2009-12-01' })).toBe('check');
    expect(checkRegime({ adoptionDate: '2008-10-08', procedure: '2008/0199(COD)' })).toBe('pre-lisbon');
  });

  it('reads the procedure type', () => {
    expect(procedureType('2026/0275(COD)')).toBe('COD');
    expect(procedureType(' 2026/0275 (CNS) ')).toBe('CNS');
    expect(procedureType('COD')).toBeUndefined();
    expect(procedureType(undefined)).toBeUndefined();
  });
});
