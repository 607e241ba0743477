// The calendar is the game's clock: its dates must exist and increase, and every dated event and history entry
// must fall within it (on or after the first turn's date; anything after the last turn's date is the last turn).
import type { CheckContext } from './check-context.ts';
import { isRealDate, turnOfDate } from './dates.ts';

export function checkDates(ctx: CheckContext): void {
  const { scenario: s, map, problems } = ctx;
  let previous: string | undefined;
  for (const entry of s.calendar) {
    if (!isRealDate(entry.date)) problems.error('bad-date', map.locate(entry, 'date'), `${entry.date} is not a date in the calendar year`);
    else if (previous !== undefined && entry.date <= previous) {
      problems.error('calendar-order', map.locate(entry, 'date'), `the calendar's dates must increase, but ${entry.date} is not after ${previous}, the turn before`, 'one entry a turn, in order');
    }
    previous = entry.date;
  }
  const dates = s.calendar.map((c) => c.date);
  const first = dates[0] ?? '';
  const within = (owner: object, date: string, what: string) => {
    if (!isRealDate(date)) {
      problems.error('bad-date', map.locate(owner, 'date'), `${date} is not a date in the calendar year`);
      return;
    }
    if (turnOfDate(dates, date) < 0) {
      problems.error('date-out-of-range', map.locate(owner, 'date'), `${what} is dated ${date}, before the first turn (${first})`, `the calendar starts on ${first}`);
    }
  };
  for (const event of s.events ?? []) if (event.date !== undefined) within(event, event.date, `event '${event.id}'`);
  for (const entry of s.history ?? []) within(entry, entry.date, 'this history entry');
}
