/**
 * How fairly a roster spreads the work (issue 11): within each role, the fewest and most nights and
 * hours anyone has in the period. The goal is nights within 1 of each other and hours within one
 * shift, when the hard rules allow. Pure.
 */
import type { TeamRole } from '../../../db/schema/enums';
import { type Fixed, isNight, type Person, type ShiftSlot, shiftMs } from './rules';

export type RoleSpread = {
  role: TeamRole;
  people: number;
  nights: { min: number; max: number };
  hours: { min: number; max: number };
  /** Nights within 1 of each other and hours within the period's longest shift. */
  even: boolean;
};

/** Milliseconds as hours, to the hundredth. */
const round = (worked: number) => Math.round(worked / 36_000) / 100;

/**
 * Per role (in the order of first appearance among `people` sorted by id), over the shifts of the
 * period (those not `outside`): everyone of the role counts, someone with no shift as 0.
 */
export function spreadOf(people: Person[], slots: ShiftSlot[], held: Fixed[]): RoleSpread[] {
  const byId = new Map(slots.filter((s) => !s.outside).map((s) => [s.id, s]));
  const load = new Map<number, { nights: number; worked: number }>();
  for (const a of held) {
    const s = byId.get(a.shiftId);
    if (!s) continue;
    const l = load.get(a.staffId) ?? { nights: 0, worked: 0 };
    l.nights += Number(isNight(s));
    l.worked += shiftMs(s);
    load.set(a.staffId, l);
  }
  const out = new Map<TeamRole, Omit<RoleSpread, 'even'>>();
  for (const p of [...people].sort((a, b) => a.id - b.id)) {
    const l = load.get(p.id) ?? { nights: 0, worked: 0 };
    const r = out.get(p.role);
    if (!r)
      out.set(p.role, {
        role: p.role,
        people: 1,
        nights: { min: l.nights, max: l.nights },
        hours: { min: round(l.worked), max: round(l.worked) },
      });
    else {
      r.people++;
      r.nights = { min: Math.min(r.nights.min, l.nights), max: Math.max(r.nights.max, l.nights) };
      r.hours = { min: Math.min(r.hours.min, round(l.worked)), max: Math.max(r.hours.max, round(l.worked)) };
    }
  }
  const longest = Math.max(0, ...[...byId.values()].map(shiftMs));
  return [...out.values()].map((r) => ({
    ...r,
    even: r.nights.max - r.nights.min <= 1 && r.hours.max - r.hours.min <= round(longest),
  }));
}
