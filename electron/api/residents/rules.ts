/** Pure rules about a resident: age and the flags derived from it. */

export const ELDERLY_AGE = 65;
export const CHILD_AGE = 14;

/** Whole years from birth to today (both YYYY-MM-DD). */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

export function derivedFlags(
  birthDate: string | null,
  today: string,
): { age: number | null; elderly: boolean; child: boolean } {
  if (!birthDate) return { age: null, elderly: false, child: false };
  const age = ageOn(birthDate, today);
  return { age, elderly: age >= ELDERLY_AGE, child: age < CHILD_AGE };
}

/** The latest birth date that still makes someone `age` years old on `today` (for SQL range filters). */
export function bornOnOrBefore(today: string, age: number): string {
  return `${String(Number(today.slice(0, 4)) - age).padStart(4, '0')}${today.slice(4)}`;
}
