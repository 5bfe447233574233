const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

const partsOf = (date: string): readonly [number, number, number] => {
  const match = CALENDAR_DATE.exec(date);
  if (match === null) throw new Error('Expected a calendar date (YYYY-MM-DD)');
  return [Number(match[1]), Number(match[2]), Number(match[3])];
};

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * Whole years of age on `referenceDate` (both `YYYY-MM-DD`; a date-time is read by its date).
 * A person is a year older from their birthday itself, so someone born 2008-08-31 is 18 on
 * 2026-08-31. Someone born on 29 February has their birthday on 28 February in other years:
 * a period counted in years that ends in a month without that day ends on the month's last day
 * (Civil Code of the Russian Federation, art. 192 p. 3). Calendar arithmetic, no time zones:
 * an age must not change with the server's clock offset.
 */
export const ageAt = (birthDate: string, referenceDate: string): number => {
  const [birthYear, birthMonth, birthDay] = partsOf(birthDate);
  const [year, month, day] = partsOf(referenceDate);
  const birthdayDay = birthMonth === 2 && birthDay === 29 && !isLeapYear(year) ? 28 : birthDay;
  const hadBirthday = month > birthMonth || (month === birthMonth && day >= birthdayDay);
  return Math.max(0, year - birthYear - (hadBirthday ? 0 : 1));
};
