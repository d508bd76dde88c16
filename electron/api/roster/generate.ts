/**
 * The roster generator (issue 11): greedy over the shifts in time order, each person's running state
 * kept up to date (`ledger.ts`) so a candidate is judged in a few comparisons, not by re-deriving
 * every rule from their whole list of shifts. Same answer as the straightforward version
 * (tests/unit/roster-reference.ts), call by call.
 */
import type { TeamRole } from '../../../db/schema/enums';
import { balance } from './balance';
import { Off, PersonState, prepare, type Slot } from './ledger';
import {
  asksForRunners,
  type Fixed,
  type Gap,
  gapReasons,
  mayFillHeadcount,
  type Person,
  prefer,
  type RosterSettings,
  type ShiftSlot,
} from './rules';

/**
 * Fill the open places of the shifts. Fixed assignments (pinned, or on shifts already started) are
 * kept as they are. Role requirements are filled first; then the head count. Among those who may
 * take a place, `prefer` picks (fewest nights for a night, fewest hours, fewest weekends for a
 * weekend, has worked this post); ties go to the lower id, so the same input gives the same roster.
 * Then `balance` evens nights and hours out within each role where the greedy pass could not.
 */
export function generateRoster(people: Person[], slots: ShiftSlot[], fixed: Fixed[], rules: RosterSettings) {
  const prepared = new Map(slots.map((s) => [s.id, prepare(s)]));
  const persons = [...people].sort((a, b) => a.id - b.id);
  const state = new Map<number, PersonState>(
    persons.map((p) => [p.id, new PersonState(p, p.unavailable.length ? new Off(p) : null)]),
  );
  const stateOf = (id: number): PersonState => {
    const st = state.get(id) ?? new PersonState(null, null);
    state.set(id, st);
    return st;
  };
  const roleOf = new Map<number, TeamRole>(persons.map((p) => [p.id, p.role]));
  const onShift = new Map<number, Set<number>>();
  for (const f of fixed) {
    onShift.set(f.shiftId, (onShift.get(f.shiftId) ?? new Set()).add(f.staffId));
    const x = prepared.get(f.shiftId);
    if (x) stateOf(f.staffId).add(x);
  }
  const everyone = persons.map((p) => stateOf(p.id));
  const added: Fixed[] = [];
  const gaps: Gap[] = [];
  const order = [...prepared.values()].sort(
    (a, b) => a.s.startsAt.localeCompare(b.s.startsAt) || a.postId - b.postId || a.s.id - b.s.id,
  );
  const mineOf = (id: number) => state.get(id)?.shifts ?? [];

  /**
   * The preferred person who may take the place — of a role requirement's `roles`, or (null) of the
   * head count: compared first (cheap), the rules asked only of a better one.
   */
  const pick = (
    x: Slot,
    taken: Set<number>,
    roles: TeamRole[] | null,
    runnerPost: boolean,
  ): PersonState | null => {
    let best: PersonState | null = null;
    for (const st of everyone) {
      const p = st.person as Person;
      if (roles ? !roles.includes(p.role) : !mayFillHeadcount(p, runnerPost)) continue;
      if (taken.has(p.id)) continue;
      if (best && prefer(st.load, best.load, x) >= 0) continue;
      if (st.fits(x, rules)) best = st;
    }
    return best;
  };

  for (const x of order) {
    const s = x.s;
    if (s.locked) continue;
    const taken = onShift.get(s.id) ?? new Set<number>();
    const runnerPost = asksForRunners(s);
    const place = (st: PersonState) => {
      const id = (st.person as Person).id;
      st.add(x);
      taken.add(id);
      added.push({ shiftId: s.id, staffId: id });
    };
    for (const req of s.requirements) {
      let have = 0;
      for (const id of taken) if (req.roles.includes(roleOf.get(id) ?? 'volunteer')) have++;
      while (have < req.min && taken.size < s.headcount) {
        const st = pick(x, taken, req.roles, runnerPost);
        if (!st) break;
        place(st);
        have++;
      }
      if (have < req.min)
        gaps.push({
          shiftId: s.id,
          missing: req.min - have,
          roles: req.roles,
          reasons: gapReasons(persons, s, mineOf, rules, taken, (p) => req.roles.includes(p.role)),
        });
    }
    while (taken.size < s.headcount) {
      const st = pick(x, taken, null, runnerPost);
      if (!st) break;
      place(st);
    }
    if (taken.size < s.headcount)
      gaps.push({
        shiftId: s.id,
        missing: s.headcount - taken.size,
        roles: null,
        reasons: gapReasons(persons, s, mineOf, rules, taken, (p) => mayFillHeadcount(p, runnerPost)),
      });
  }
  const slotOf = (shiftId: number) => prepared.get(shiftId) as Slot;
  balance(persons, new Map(slots.map((s) => [s.id, s])), added, {
    load: (id) => stateOf(id).load,
    fits: (id, shiftId) => !stateOf(id).holds(slotOf(shiftId)) && stateOf(id).fits(slotOf(shiftId), rules),
    add: (id, shiftId) => stateOf(id).add(slotOf(shiftId)),
    remove: (id, shiftId) => stateOf(id).remove(slotOf(shiftId)),
  });
  return { added, gaps };
}
