import { describe, expect, it } from 'vitest';
import { generateRoster } from '../../electron/api/roster/generate';
import { type Booking, clashesWith, doubleBookings, overlaps } from '../../electron/api/roster/overlap';
import type { Person, ShiftSlot } from '../../electron/api/roster/rules';

const at = (hhmm: string, day = '2026-11-30') => new Date(`${day}T${hhmm}:00+08:00`).toISOString();
const b = (shiftId: number, staffId: number, from: string, to: string, fromAt?: string): Booking => ({
  shiftId,
  staffId,
  startsAt: at(from),
  endsAt: at(to),
  fromAt: fromAt ? at(fromAt) : null,
});

describe('double bookings (issue 10, point 9)', () => {
  it('overlap means sharing an instant: touching ends do not, a late start counts from itself', () => {
    expect(overlaps(b(1, 1, '08:00', '16:00'), b(2, 1, '12:00', '20:00'))).toBe(true);
    expect(overlaps(b(1, 1, '08:00', '16:00'), b(2, 1, '16:00', '23:00'))).toBe(false);
    // Staffed at 13:00 for the rest of a 08–16 shift: clear of a 09–13 shift elsewhere.
    expect(overlaps(b(1, 1, '08:00', '16:00', '13:00'), b(2, 1, '09:00', '13:00'))).toBe(false);
    expect(
      clashesWith(b(1, 1, '08:00', '16:00'), [b(2, 1, '15:00', '18:00'), b(3, 2, '08:00', '16:00')]),
    ).toEqual([b(2, 1, '15:00', '18:00')]);
  });

  it('finds every clashing pair, each side naming the other, and nothing else', () => {
    const all = [
      b(1, 7, '08:00', '16:00'),
      b(2, 7, '08:00', '16:00'),
      b(3, 7, '15:00', '23:00'),
      b(4, 7, '23:00', '23:30'),
      b(1, 8, '08:00', '16:00'),
      b(5, 8, '16:00', '23:00'),
    ];
    const found = doubleBookings(all);
    expect(Object.fromEntries(found)).toEqual({
      '1:7': [2, 3],
      '2:7': [1, 3],
      '3:7': [1, 2],
    });
  });

  it('the generator never books a person twice at once, across posts, even beside an old double booking', () => {
    const people: Person[] = Array.from({ length: 3 }, (_, i) => ({
      id: i + 1,
      name: `人员${i + 1}`,
      role: 'police_officer',
      maxWeeklyHours: 60,
      unavailable: [],
    }));
    const slot = (id: number, postId: number, from: string, to: string): ShiftSlot => ({
      id,
      postId,
      day: '2026-11-30',
      startsAt: at(from),
      endsAt: at(to),
      headcount: 2,
      requirements: [],
    });
    const slots = [slot(1, 1, '08:00', '16:00'), slot(2, 2, '08:00', '16:00'), slot(3, 3, '12:00', '20:00')];
    const fixed = [
      { shiftId: 1, staffId: 1 },
      { shiftId: 2, staffId: 1 },
    ];
    const { added } = generateRoster(people, slots, fixed, { minRestHours: 0, maxConsecutiveDays: 6 });
    const bookings = [...fixed, ...added].map((a) => {
      const s = slots.find((x) => x.id === a.shiftId) as ShiftSlot;
      return { ...a, startsAt: s.startsAt, endsAt: s.endsAt };
    });
    const found = doubleBookings(bookings);
    // Only the booking the older database held is double; nothing the generator added is.
    expect([...found.keys()].sort()).toEqual(['1:1', '2:1']);
    expect(added.length).toBeGreaterThan(0);
  });
});
