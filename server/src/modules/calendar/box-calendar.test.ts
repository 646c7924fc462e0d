/** Opening-day arithmetic of a box: Brandenburg holidays, weekends, closures, outages, DST and the reminder day. */
import { describe, expect, it } from 'vitest';
import { isGsm7 } from '../sms/gsm7.ts';
import {
  deadlineAfterOpeningDays,
  isOpenAt,
  isOpeningDay,
  nextOpening,
  NoOpeningDaysError,
  openingDaysBetween,
  publicHolidayOn,
  remainingOpeningDays,
  type BoxCalendar,
} from './box-calendar.ts';
import { formatDeadlineForSms } from './pickup-window.ts';

/** The demo box: Monday to Saturday 09:30–20:00 in Brandenburg. */
function storeCalendar(overrides: Partial<BoxCalendar> = {}): BoxCalendar {
  return {
    timezone: 'Europe/Berlin',
    stateCode: 'BB',
    inService: true,
    openingHours: [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: '09:30', closes: '20:00' })),
    closures: [],
    outages: [],
    ...overrides,
  };
}

/** A box open every day of the week, so that holidays falling on a Sunday make a difference. */
function everyDayCalendar(stateCode: string): BoxCalendar {
  return storeCalendar({
    stateCode,
    openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' })),
  });
}

// Tuesday 24 Nov 2026, 10:00 in Hohen Neuendorf.
const tuesdayMorning = '2026-11-24T09:00:00.000Z';

describe('public holidays of Brandenburg', () => {
  it.each([
    ['2026-01-01', 'NEUJAHRSTAG'],
    ['2026-04-03', 'KARFREITAG'],
    ['2026-04-05', 'OSTERSONNTAG'],
    ['2026-04-06', 'OSTERMONTAG'],
    ['2026-05-24', 'PFINGSTSONNTAG'],
    ['2026-05-25', 'PFINGSTMONTAG'],
    ['2026-10-03', 'DEUTSCHEEINHEIT'],
    ['2026-10-31', 'REFORMATIONSTAG'],
    ['2026-12-25', 'ERSTERWEIHNACHTSFEIERTAG'],
    ['2026-12-26', 'ZWEITERWEIHNACHTSFEIERTAG'],
    ['2027-03-28', 'OSTERSONNTAG'],
  ])('%s is %s', (date, name) => {
    expect(publicHolidayOn(date, 'BB')).toBe(name);
  });

  it('knows ordinary days, Christmas Eve and the holidays of other states apart', () => {
    expect(publicHolidayOn('2026-12-24', 'BB')).toBeNull();
    expect(publicHolidayOn('2026-11-24', 'BB')).toBeNull();
    expect(publicHolidayOn('2026-11-01', 'BB')).toBeNull(); // Allerheiligen: not in Brandenburg
    expect(publicHolidayOn('2026-03-08', 'BB')).toBeNull(); // Frauentag: Berlin only
    expect(publicHolidayOn('2026-03-08', 'BE')).toBe('WELTFRAUENTAG');
    expect(publicHolidayOn('2026-04-05', 'BE')).toBeNull();
  });

  it('Easter Sunday and Whit Sunday close a box that opens on Sundays in Brandenburg, not in Berlin', () => {
    for (const date of ['2026-04-05', '2026-05-24']) {
      expect(isOpeningDay(everyDayCalendar('BB'), date, tuesdayMorning)).toBe(false);
      expect(isOpeningDay(everyDayCalendar('BE'), date, tuesdayMorning)).toBe(true);
    }
    // A holiday is closed all day, even at noon.
    expect(isOpenAt(everyDayCalendar('BB'), '2026-04-05T10:00:00.000Z')).toBe(false);
    expect(isOpenAt(everyDayCalendar('BE'), '2026-04-05T10:00:00.000Z')).toBe(true);
  });

  it('Reformationstag on a Saturday costs the store a day in Brandenburg, not in Berlin', () => {
    // Notified Thursday 29 Oct 2026; Fri 30 counts, Sat 31 is Reformationstag, Sunday closed, Mon 2 and Tue 3 count.
    const from = '2026-10-29T12:00:00.000Z';
    expect(deadlineAfterOpeningDays(storeCalendar(), from, 3).deadline).toBe('2026-11-03T19:00:00.000Z');
    expect(deadlineAfterOpeningDays(storeCalendar({ stateCode: 'BE' }), from, 3).deadline).toBe(
      '2026-11-02T19:00:00.000Z',
    );
  });
});

describe('the pickup window in opening days', () => {
  it('ten opening days from a Tuesday skip the Sunday and end on the second Saturday at closing time', () => {
    const result = deadlineAfterOpeningDays(storeCalendar(), tuesdayMorning, 10);
    expect(result).toEqual({ date: '2026-12-05', deadline: '2026-12-05T19:00:00.000Z' });
  });

  it('the notification day never counts, however early it was', () => {
    const earlyMonday = '2026-11-23T05:00:00.000Z';
    expect(deadlineAfterOpeningDays(storeCalendar(), earlyMonday, 1).date).toBe('2026-11-24');
    // Notified on Saturday evening: Sunday is closed, Monday is the first opening day.
    expect(deadlineAfterOpeningDays(storeCalendar(), '2026-11-28T18:59:00.000Z', 1).date).toBe('2026-11-30');
  });

  it('local dates decide: 23:30 UTC on Monday is already Tuesday in Berlin', () => {
    expect(deadlineAfterOpeningDays(storeCalendar(), '2026-11-23T23:30:00.000Z', 1).date).toBe('2026-11-25');
  });

  it('Christmas and New Year stretch the window', () => {
    // From Mon 21 Dec: 22, 23, 24 (Christmas Eve is an ordinary day), 25/26 holidays, 27 Sunday, 28–31,
    // 1 Jan holiday, Sat 2 Jan, Sunday, Mon 4 and Tue 5 Jan.
    const result = deadlineAfterOpeningDays(storeCalendar(), '2026-12-21T10:00:00.000Z', 10);
    expect(result).toEqual({ date: '2027-01-05', deadline: '2027-01-05T19:00:00.000Z' });
    expect(openingDaysBetween(storeCalendar(), '2026-12-21', '2027-01-05', tuesdayMorning)).toBe(10);
  });

  it('a special closure (inclusive range) does not count', () => {
    const closed = storeCalendar({ closures: [{ startsOn: '2026-11-26', endsOn: '2026-11-28' }] });
    // Wed 25 counts, Thu 26 – Sat 28 closed, Sun closed, Mon 30, Tue 1 Dec.
    expect(deadlineAfterOpeningDays(closed, tuesdayMorning, 3).date).toBe('2026-12-01');
    expect(deadlineAfterOpeningDays(storeCalendar(), tuesdayMorning, 3).date).toBe('2026-11-27');
    expect(isOpenAt(closed, '2026-11-28T12:00:00.000Z')).toBe(false);
    expect(isOpenAt(closed, '2026-11-25T12:00:00.000Z')).toBe(true);
  });

  it('an outage during opening hours removes that day; one at night does not', () => {
    const duringHours = storeCalendar({
      outages: [{ startedAt: '2026-11-25T10:00:00.000Z', endedAt: '2026-11-25T10:20:00.000Z' }],
    });
    expect(deadlineAfterOpeningDays(duringHours, tuesdayMorning, 2).date).toBe('2026-11-27');
    const atNight = storeCalendar({
      outages: [{ startedAt: '2026-11-25T22:00:00.000Z', endedAt: '2026-11-26T05:00:00.000Z' }],
    });
    expect(deadlineAfterOpeningDays(atNight, tuesdayMorning, 2).date).toBe('2026-11-26');
    // Exactly up to opening time (08:30 UTC = 09:30 local) does not touch the day.
    const untilOpening = storeCalendar({
      outages: [{ startedAt: '2026-11-25T06:00:00.000Z', endedAt: '2026-11-25T08:30:00.000Z' }],
    });
    expect(deadlineAfterOpeningDays(untilOpening, tuesdayMorning, 1).date).toBe('2026-11-25');
  });

  it('a running outage pauses the clock up to "now" and is projected to end there', () => {
    const running = storeCalendar({
      inService: false,
      outages: [{ startedAt: '2026-11-25T12:00:00.000Z', endedAt: null }],
    });
    // Seen on Wednesday 14:00 local: Wednesday is lost, Thursday is the first projected opening day.
    expect(deadlineAfterOpeningDays(running, tuesdayMorning, 1, '2026-11-25T13:00:00.000Z').date).toBe(
      '2026-11-26',
    );
    // Still running on Friday noon: Wed, Thu and Fri are lost.
    expect(deadlineAfterOpeningDays(running, tuesdayMorning, 1, '2026-11-27T11:00:00.000Z').date).toBe(
      '2026-11-28',
    );
  });

  it('the closing time follows the DST switch', () => {
    // Autumn: 25 Oct 2026 clocks go back. Sat 24 closes at 20:00 CEST (18:00Z), Mon 26 at 20:00 CET (19:00Z).
    const friday = '2026-10-23T10:00:00.000Z';
    expect(deadlineAfterOpeningDays(storeCalendar(), friday, 1).deadline).toBe('2026-10-24T18:00:00.000Z');
    expect(deadlineAfterOpeningDays(storeCalendar(), friday, 2).deadline).toBe('2026-10-26T19:00:00.000Z');
    // Spring: 29 Mar 2026 clocks go forward.
    const marchFriday = '2026-03-27T10:00:00.000Z';
    expect(deadlineAfterOpeningDays(storeCalendar(), marchFriday, 1).deadline).toBe(
      '2026-03-28T19:00:00.000Z',
    );
    expect(deadlineAfterOpeningDays(storeCalendar(), marchFriday, 2).deadline).toBe(
      '2026-03-30T18:00:00.000Z',
    );
    // 07:45Z is 08:45 in winter (closed) and 09:45 in summer (open).
    expect(isOpenAt(storeCalendar(), '2026-03-27T07:45:00.000Z')).toBe(false);
    expect(isOpenAt(storeCalendar(), '2026-03-30T07:45:00.000Z')).toBe(true);
  });

  it('a box without any opening day fails clearly instead of looping', () => {
    expect(() => deadlineAfterOpeningDays(storeCalendar({ openingHours: [] }), tuesdayMorning, 1)).toThrow(
      NoOpeningDaysError,
    );
  });

  it('the end of the last interval closes a day with split hours', () => {
    const split = storeCalendar({
      openingHours: [
        { weekday: 3, opens: '14:00', closes: '18:00' },
        { weekday: 3, opens: '08:00', closes: '12:00' },
      ],
    });
    expect(deadlineAfterOpeningDays(split, tuesdayMorning, 1).deadline).toBe('2026-11-25T17:00:00.000Z');
    expect(isOpenAt(split, '2026-11-25T12:00:00.000Z')).toBe(false); // 13:00 local: lunch break
    expect(isOpenAt(split, '2026-11-25T13:00:00.000Z')).toBe(true);
  });
});

describe('the reminder day', () => {
  const deadline = '2026-12-05T19:00:00.000Z'; // Sa 05.12., ten opening days from Tue 24 Nov

  it('is the day with two opening days left after it', () => {
    const cal = storeCalendar();
    expect(remainingOpeningDays(cal, deadline, '2026-12-02T10:00:00.000Z')).toBe(3); // Wed
    expect(remainingOpeningDays(cal, deadline, '2026-12-03T10:00:00.000Z')).toBe(2); // Thu: remind
    expect(remainingOpeningDays(cal, deadline, '2026-12-04T10:00:00.000Z')).toBe(1);
    expect(remainingOpeningDays(cal, deadline, '2026-12-05T10:00:00.000Z')).toBe(0);
    expect(remainingOpeningDays(cal, deadline, '2026-12-06T10:00:00.000Z')).toBe(0);
    expect(remainingOpeningDays(cal, deadline, '2026-11-28T10:00:00.000Z')).toBe(6); // Sunday skipped
  });

  it('counts around a holiday', () => {
    // Deadline Mon 28 Dec; on Wed 23 Dec the days left are 24 and 28 (25, 26 holidays, 27 Sunday).
    const cal = storeCalendar();
    expect(remainingOpeningDays(cal, '2026-12-28T19:00:00.000Z', '2026-12-23T10:00:00.000Z')).toBe(2);
  });
});

describe('opening status', () => {
  it('is closed on Sunday, on a holiday, out of service, and at closing time', () => {
    expect(isOpenAt(storeCalendar(), '2026-11-29T12:00:00.000Z')).toBe(false);
    expect(isOpenAt(storeCalendar(), '2026-12-25T12:00:00.000Z')).toBe(false);
    expect(isOpenAt(storeCalendar(), '2026-11-24T19:00:00.000Z')).toBe(false); // 20:00 local
    expect(isOpenAt(storeCalendar(), '2026-11-24T18:59:59.000Z')).toBe(true);
    expect(isOpenAt(storeCalendar(), '2026-11-24T08:30:00.000Z')).toBe(true); // 09:30 local
    const running = storeCalendar({ outages: [{ startedAt: '2026-11-24T08:00:00.000Z', endedAt: null }] });
    expect(isOpenAt(running, '2026-11-24T09:00:00.000Z')).toBe(false);
    expect(isOpenAt(storeCalendar({ inService: false }), '2026-11-24T09:00:00.000Z')).toBe(false);
  });

  it('the next opening after Saturday evening is Monday 09:30 local; none while out of service', () => {
    expect(nextOpening(storeCalendar(), '2026-11-28T19:30:00.000Z')).toEqual({
      start: Date.parse('2026-11-30T08:30:00.000Z'),
      end: Date.parse('2026-11-30T19:00:00.000Z'),
    });
    // Before Christmas: Thu 24 evening → Mon 28 (25, 26 holidays, 27 Sunday).
    expect(nextOpening(storeCalendar(), '2026-12-24T19:30:00.000Z')?.start).toBe(
      Date.parse('2026-12-28T08:30:00.000Z'),
    );
    expect(nextOpening(storeCalendar({ inService: false }), tuesdayMorning)).toBeNull();
  });
});

describe('deadline text for the SMS', () => {
  it('is short, German and GSM-7', () => {
    expect(formatDeadlineForSms('2026-12-05T19:00:00.000Z', 'Europe/Berlin')).toBe('Sa 05.12.');
    expect(formatDeadlineForSms('2027-01-05T19:00:00.000Z', 'Europe/Berlin')).toBe('Di 05.01.');
    // The local day decides, not the UTC day.
    expect(formatDeadlineForSms('2026-12-05T23:30:00.000Z', 'Europe/Berlin')).toBe('So 06.12.');
    expect(isGsm7(formatDeadlineForSms('2026-03-30T18:00:00.000Z', 'Europe/Berlin'))).toBe(true);
  });
});
