/**
 * One person, one place at a time (issue 10, point 9). A double booking — the same person on two
 * shifts whose times overlap, at any posts — is a hard error that no reason overrides: the
 * generator never makes one, a manual assign or swap is refused. Older databases may still hold
 * some; these functions find them so every screen can show them. Pure.
 */

/** A person's time on a shift: from their own start (`fromAt`, a shift staffed while running) to its end. */
export type Booking = {
  shiftId: number;
  staffId: number;
  startsAt: string;
  endsAt: string;
  fromAt?: string | null;
};

const begin = (b: Booking) => Date.parse(b.fromAt ?? b.startsAt);
const end = (b: Booking) => Date.parse(b.endsAt);

/** Do two stretches of time share any instant (touching ends do not)? */
export function overlaps(a: Booking, b: Booking): boolean {
  return begin(a) < end(b) && begin(b) < end(a);
}

/** The bookings of the same person, on other shifts, that overlap `one`. */
export function clashesWith<T extends Booking>(one: Booking, mine: readonly T[]): T[] {
  return mine.filter((x) => x.staffId === one.staffId && x.shiftId !== one.shiftId && overlaps(one, x));
}

const key = (shiftId: number, staffId: number) => `${shiftId}:${staffId}`;

/**
 * Every double booking among `all`: for each booking that overlaps another of the same person, the
 * other shifts' ids. Sorted per person by start, so a sweep finds them in n log n.
 */
export function doubleBookings(all: readonly Booking[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const byStaff = new Map<number, Booking[]>();
  for (const b of all) byStaff.set(b.staffId, [...(byStaff.get(b.staffId) ?? []), b]);
  for (const mine of byStaff.values()) {
    mine.sort((a, b) => begin(a) - begin(b));
    for (let i = 0; i < mine.length; i++) {
      const a = mine[i] as Booking;
      for (let j = i + 1; j < mine.length; j++) {
        const b = mine[j] as Booking;
        if (begin(b) >= end(a)) break;
        if (a.shiftId === b.shiftId) continue;
        out.set(key(a.shiftId, a.staffId), [...(out.get(key(a.shiftId, a.staffId)) ?? []), b.shiftId]);
        out.set(key(b.shiftId, b.staffId), [...(out.get(key(b.shiftId, b.staffId)) ?? []), a.shiftId]);
      }
    }
  }
  return out;
}

/** The other shifts a booking clashes with, from the map `doubleBookings` made. */
export const clashOf = (found: Map<string, number[]>, shiftId: number, staffId: number): number[] =>
  found.get(key(shiftId, staffId)) ?? [];
