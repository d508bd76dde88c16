/**
 * The straightforward roster generator, the reference the fast one (electron/api/roster/generate.ts)
 * must equal: every candidate judged by `breaches` over their whole list of shifts, the load
 * re-read for every comparison, the candidates sorted. Slow (O(shifts × people × shifts)), plain.
 */
import type { TeamRole } from '../../db/schema/enums';
import { balance } from '../../electron/api/roster/balance';
import {
  asksForRunners,
  breaches,
  type Fixed,
  type Gap,
  gapReasons,
  isNight,
  isWeekend,
  type Load,
  mayFillHeadcount,
  type Person,
  prefer,
  type RosterSettings,
  type ShiftSlot,
  shiftMs,
} from '../../electron/api/roster/rules';

export function referenceRoster(people: Person[], slots: ShiftSlot[], fixed: Fixed[], rules: RosterSettings) {
  const byId = new Map(slots.map((s) => [s.id, s]));
  const mine = new Map<number, ShiftSlot[]>();
  const onShift = new Map<number, Set<number>>();
  const seat = (shiftId: number, staffId: number) => {
    const s = byId.get(shiftId);
    if (s) mine.set(staffId, [...(mine.get(staffId) ?? []), s]);
    onShift.set(shiftId, (onShift.get(shiftId) ?? new Set()).add(staffId));
  };
  for (const f of fixed) seat(f.shiftId, f.staffId);
  const mineOf = (id: number) => mine.get(id) ?? [];
  /** The load, counted afresh from the person's shifts (those outside the period count for the post only). */
  const loadOf = (id: number): Load => {
    const inside = mineOf(id).filter((s) => !s.outside);
    return {
      worked: inside.reduce((a, s) => a + shiftMs(s), 0),
      nights: inside.filter(isNight).length,
      weekends: inside.filter((s) => isWeekend(s.day)).length,
      posts: new Set(mineOf(id).map((s) => s.postId)),
    };
  };
  const added: Fixed[] = [];
  const gaps: Gap[] = [];
  const order = [...slots].sort(
    (a, b) => a.startsAt.localeCompare(b.startsAt) || a.postId - b.postId || a.id - b.id,
  );
  const persons = [...people].sort((a, b) => a.id - b.id);
  const roleOf = (id: number): TeamRole => persons.find((p) => p.id === id)?.role ?? 'volunteer';
  for (const s of order) {
    if (s.locked) continue;
    const taken = onShift.get(s.id) ?? new Set<number>();
    const shape = { postId: s.postId, night: isNight(s), weekend: isWeekend(s.day) };
    const pick = (allowed: (p: Person) => boolean): Person | null => {
      const ok = persons.filter(
        (p) => allowed(p) && !taken.has(p.id) && breaches(p, s, mineOf(p.id), rules).length === 0,
      );
      ok.sort((a, b) => prefer(loadOf(a.id), loadOf(b.id), shape) || a.id - b.id);
      return ok[0] ?? null;
    };
    const place = (p: Person) => {
      seat(s.id, p.id);
      taken.add(p.id);
      added.push({ shiftId: s.id, staffId: p.id });
    };
    for (const req of s.requirements) {
      let have = [...taken].filter((id) => req.roles.includes(roleOf(id))).length;
      while (have < req.min && taken.size < s.headcount) {
        const p = pick((x) => req.roles.includes(x.role));
        if (!p) break;
        place(p);
        have++;
      }
      if (have < req.min)
        gaps.push({
          shiftId: s.id,
          missing: req.min - have,
          roles: req.roles,
          reasons: gapReasons(persons, s, mineOf, rules, taken, (x) => req.roles.includes(x.role)),
        });
    }
    // Runners fill the head count of a runner post only, and of no other (rules.ts).
    const headcount = (x: Person) => mayFillHeadcount(x, asksForRunners(s));
    while (taken.size < s.headcount) {
      const p = pick(headcount);
      if (!p) break;
      place(p);
    }
    if (taken.size < s.headcount)
      gaps.push({
        shiftId: s.id,
        missing: s.headcount - taken.size,
        roles: null,
        reasons: gapReasons(persons, s, mineOf, rules, taken, headcount),
      });
  }
  balance(persons, byId, added, {
    load: loadOf,
    fits: (id, shiftId) => {
      const s = byId.get(shiftId) as ShiftSlot;
      const p = persons.find((x) => x.id === id);
      return (
        !!p && !mineOf(id).some((x) => x.id === shiftId) && breaches(p, s, mineOf(id), rules).length === 0
      );
    },
    add: (id, shiftId) => seat(shiftId, id),
    remove: (id, shiftId) => {
      const list = mineOf(id);
      const i = list.findIndex((x) => x.id === shiftId);
      mine.set(id, [...list.slice(0, i), ...list.slice(i + 1)]);
    },
  });
  return { added, gaps };
}
