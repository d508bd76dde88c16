/**
 * Evening out a roster within each role (issue 11), after the greedy pass: the greedy gives each
 * place to the least-loaded person who may take it, but someone away for a few days near the end of
 * the period cannot catch up. Here a shift the generator gave moves from a person of a role to
 * another of the same role (so every role requirement stays met) while hours differ by more than
 * one shift or nights by more than one, as long as the hard rules allow; a night is swapped for a
 * day of the same length when moving it would unbalance the hours. Each move makes the role's
 * spread strictly smaller, so it ends. Deterministic; the generator and the reference in tests share
 * it, each with its own way of answering `Bookings`.
 */
import type { Fixed, Load, Person, ShiftSlot } from './rules';
import { isNight, shiftMs } from './rules';

/** A roster being built: a person's load, whether they may take a shift now, and moving places. */
export interface Bookings {
  load(staffId: number): Load;
  /** The hard rules allow it, with what the person holds now (never a shift they are already on). */
  fits(staffId: number, shiftId: number): boolean;
  add(staffId: number, shiftId: number): void;
  remove(staffId: number, shiftId: number): void;
}

/** Moves the places of `added` (in place, its order kept) until each role is as even as the rules allow. */
export function balance(
  people: Person[],
  slots: Map<number, ShiftSlot>,
  added: Fixed[],
  book: Bookings,
): void {
  let shift = 0;
  for (const s of slots.values()) if (!s.outside) shift = Math.max(shift, shiftMs(s));
  const roles = new Map<string, number[]>();
  for (const p of [...people].sort((a, b) => a.id - b.id))
    roles.set(p.role, [...(roles.get(p.role) ?? []), p.id]);
  const night = (i: number) => isNight(slots.get((added[i] as Fixed).shiftId) as ShiftSlot);
  const length = (i: number) => shiftMs(slots.get((added[i] as Fixed).shiftId) as ShiftSlot);
  const held = (id: number) => added.flatMap((a, i) => (a.staffId === id ? [i] : []));
  const move = (i: number, to: number) => {
    const a = added[i] as Fixed;
    book.remove(a.staffId, a.shiftId);
    book.add(to, a.shiftId);
    added[i] = { shiftId: a.shiftId, staffId: to };
  };
  /** Give place `i` to `to`, if the rules allow. */
  const tryMove = (i: number, to: number) => {
    const ok = book.fits(to, (added[i] as Fixed).shiftId);
    if (ok) move(i, to);
    return ok;
  };
  /** Swap place `i` (of `a`) with place `j` (of `b`), if the rules allow both once each has let go of theirs. */
  const trySwap = (i: number, j: number) => {
    const x = added[i] as Fixed;
    const y = added[j] as Fixed;
    if (x.shiftId === y.shiftId) return false;
    book.remove(x.staffId, x.shiftId);
    book.remove(y.staffId, y.shiftId);
    const ok = book.fits(y.staffId, x.shiftId) && book.fits(x.staffId, y.shiftId);
    book.add(x.staffId, x.shiftId);
    book.add(y.staffId, y.shiftId);
    if (!ok) return false;
    const [a, b] = [x.staffId, y.staffId];
    move(i, b);
    move(j, a);
    return true;
  };

  /** One improving move in the role, or false when there is none. */
  const step = (ids: number[]): boolean => {
    const byWorked = [...ids].sort((a, b) => book.load(b).worked - book.load(a).worked || a - b);
    for (const a of byWorked) {
      const mine = held(a);
      for (const b of [...byWorked].reverse()) {
        const d = book.load(a).worked - book.load(b).worked;
        if (d <= shift) break;
        const dn = book.load(a).nights - book.load(b).nights;
        for (const i of mine) if (length(i) < d && (!night(i) || dn >= 1) && tryMove(i, b)) return true;
      }
    }
    const byNights = [...ids].sort((a, b) => book.load(b).nights - book.load(a).nights || a - b);
    for (const a of byNights) {
      const nights = held(a).filter(night);
      for (const b of [...byNights].reverse()) {
        if (book.load(a).nights - book.load(b).nights <= 1) break;
        const d = book.load(a).worked - book.load(b).worked;
        for (const i of nights) if (length(i) <= d && tryMove(i, b)) return true;
        const days = held(b).filter((j) => !night(j));
        for (const i of nights)
          for (const j of days) if (length(i) === length(j) && trySwap(i, j)) return true;
      }
    }
    return false;
  };

  for (const ids of roles.values()) {
    const spread = () => {
      const loads = ids.map((id) => book.load(id));
      const w = loads.map((l) => l.worked);
      const n = loads.map((l) => l.nights);
      return Math.max(...w) - Math.min(...w) > shift || Math.max(...n) - Math.min(...n) > 1;
    };
    for (let guard = 0; guard < 10 * added.length && spread() && step(ids); guard++);
  }
}
