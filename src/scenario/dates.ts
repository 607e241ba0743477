// Calendar arithmetic on ISO dates (YYYY-MM-DD), which compare correctly as text. No Date objects: a time
// zone must never move a historical beat to another turn.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date that exists: 2016-02-29 does, 2015-02-29 and 2015-04-31 do not. */
export function isRealDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysIn(year, month);
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The 0-based turn whose period holds `date`: the last calendar entry starting on or before it (a date on or
 * after the last entry's is the last turn), or -1 when it is before the first turn.
 */
export function turnOfDate(calendar: readonly string[], date: string): number {
  let turn = -1;
  for (let i = 0; i < calendar.length; i++) {
    if ((calendar[i] ?? '') <= date) turn = i;
    else break;
  }
  return turn;
}
