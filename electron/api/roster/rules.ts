/**
 * The roster's rules (Timefold-style): hard rules that no assignment may break, soft rules that
 * spread nights and weekends fairly and keep people at their post. Pure and deterministic.
 */
import type { TeamRole } from '../../../db/schema/enums';
import { dayOf } from '../shared/dates';
import { type BREACHES, LABELS_ZH } from '../shared/labels';
import type { Reason } from '../shared/reason';

export type Requirement = { roles: TeamRole[]; min: number };
/**
 * `locked`: a shift already over (or outside the period), kept as it is and never filled. A shift
 * running now is not locked: it is filled for its remaining hours, and its `startsAt` is then the
 * moment those hours begin (the rules judge the time a newcomer would stand there).
 */
export type ShiftSlot = {
  id: number;
  postId: number;
  day: string;
  startsAt: string;
  endsAt: string;
  headcount: number;
  requirements: Requirement[];
  locked?: boolean;
};
export type Person = {
  id: number;
  name: string;
  role: TeamRole;
  maxWeeklyHours: number;
  unavailable: { from: string; to: string }[];
};
export type Fixed = { shiftId: number; staffId: number };
export type RosterSettings = { minRestHours: number; maxConsecutiveDays: number };
export type Breach = (typeof BREACHES)[number];
/** `reasons`: why nobody else could take the places, as codes (gap_breach {count, breach} …). */
export type Gap = { shiftId: number; missing: number; roles: TeamRole[] | null; reasons: Reason[] };

const H = 3_600_000;
const ms = (iso: string) => Date.parse(iso);
export const shiftHours = (s: Pick<ShiftSlot, 'startsAt' | 'endsAt'>) => (ms(s.endsAt) - ms(s.startsAt)) / H;
/** Monday of the post week (Asia/Shanghai) that a day falls in. */
export function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}
export const isNight = (s: Pick<ShiftSlot, 'startsAt'>) => {
  const hour = new Date(ms(s.startsAt) + 8 * H).getUTCHours();
  return hour >= 22 || hour < 6;
};
export const isWeekend = (day: string) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());

/** Breach words for stored roster changes and audit summaries (Chinese, stored). */
export const BREACH_TEXT: Record<Breach, string> = LABELS_ZH.breach;

/** What one person is already doing, kept up to date as the roster is built. */
class Ledger {
  private byStaff = new Map<number, ShiftSlot[]>();
  constructor(private shifts: Map<number, ShiftSlot>) {}
  add(staffId: number, shiftId: number) {
    const s = this.shifts.get(shiftId);
    if (s) this.byStaff.set(staffId, [...(this.byStaff.get(staffId) ?? []), s]);
  }
  remove(staffId: number, shiftId: number) {
    this.byStaff.set(
      staffId,
      (this.byStaff.get(staffId) ?? []).filter((s) => s.id !== shiftId),
    );
  }
  of(staffId: number): ShiftSlot[] {
    return this.byStaff.get(staffId) ?? [];
  }
}

/** Is the person off (leave, unavailability) at any time during the shift? */
export function isUnavailable(
  p: Pick<Person, 'unavailable'>,
  s: Pick<ShiftSlot, 'startsAt' | 'endsAt'>,
): boolean {
  const start = ms(s.startsAt);
  const end = ms(s.endsAt);
  return p.unavailable.some((u) => ms(u.from) < end && start < ms(u.to));
}

/** The hard rules one assignment would break (empty: it may be made). */
export function breaches(p: Person, s: ShiftSlot, mine: ShiftSlot[], rules: RosterSettings): Breach[] {
  const out: Breach[] = [];
  const others = mine.filter((x) => x.id !== s.id);
  const start = ms(s.startsAt);
  const end = ms(s.endsAt);
  if (others.some((x) => ms(x.startsAt) < end && start < ms(x.endsAt))) out.push('overlap');
  else if (others.some((x) => Math.max(start - ms(x.endsAt), ms(x.startsAt) - end) < rules.minRestHours * H))
    out.push('rest');
  if (others.some((x) => x.day === s.day)) out.push('same_day');
  if (isUnavailable(p, s)) out.push('unavailable');
  const week = weekOf(s.day);
  const hours = others.filter((x) => weekOf(x.day) === week).reduce((a, x) => a + shiftHours(x), 0);
  if (hours + shiftHours(s) > p.maxWeeklyHours) out.push('weekly_hours');
  const days = new Set([...others.map((x) => x.day), s.day]);
  let run = 1;
  for (let d = shiftDay(s.day, -1); days.has(d); d = shiftDay(d, -1)) run++;
  for (let d = shiftDay(s.day, 1); days.has(d); d = shiftDay(d, 1)) run++;
  if (run > rules.maxConsecutiveDays) out.push('consecutive');
  return out;
}
const shiftDay = (day: string, n: number) => dayOf(new Date(Date.parse(`${day}T04:00:00Z`) + n * 86_400_000));

/**
 * Fill the open places of the shifts. Fixed assignments (pinned, or on shifts already started) are
 * kept as they are. Role requirements are filled first; then the head count. Among those who may
 * take a place, the one with the fewest hours, nights and weekends so far, who has worked this post
 * before, wins; ties go to the lower id, so the same input gives the same roster.
 */
export function generateRoster(people: Person[], slots: ShiftSlot[], fixed: Fixed[], rules: RosterSettings) {
  const byId = new Map(slots.map((s) => [s.id, s]));
  const ledger = new Ledger(byId);
  const onShift = new Map<number, Set<number>>();
  const seat = (shiftId: number, staffId: number) => {
    ledger.add(staffId, shiftId);
    onShift.set(shiftId, (onShift.get(shiftId) ?? new Set()).add(staffId));
  };
  for (const f of fixed) seat(f.shiftId, f.staffId);
  const load = new Map<number, { hours: number; nights: number; weekends: number; posts: Set<number> }>();
  const loadOf = (id: number) =>
    load.get(id) ?? { hours: 0, nights: 0, weekends: 0, posts: new Set<number>() };
  const note = (id: number, s: ShiftSlot) => {
    const l = loadOf(id);
    load.set(id, {
      hours: l.hours + shiftHours(s),
      nights: l.nights + Number(isNight(s)),
      weekends: l.weekends + Number(isWeekend(s.day)),
      posts: l.posts.add(s.postId),
    });
  };
  for (const f of fixed) {
    const s = byId.get(f.shiftId);
    if (s) note(f.staffId, s);
  }
  const added: Fixed[] = [];
  const gaps: Gap[] = [];
  const order = [...slots].sort(
    (a, b) => a.startsAt.localeCompare(b.startsAt) || a.postId - b.postId || a.id - b.id,
  );
  const persons = [...people].sort((a, b) => a.id - b.id);
  for (const s of order) {
    if (s.locked) continue;
    const taken = onShift.get(s.id) ?? new Set<number>();
    const pick = (allowed: (p: Person) => boolean): Person | null => {
      const ok = persons.filter(
        (p) => allowed(p) && !taken.has(p.id) && breaches(p, s, ledger.of(p.id), rules).length === 0,
      );
      ok.sort((a, b) => score(a, s) - score(b, s) || a.id - b.id);
      return ok[0] ?? null;
    };
    const score = (p: Person, slot: ShiftSlot) => {
      const l = loadOf(p.id);
      return (
        l.hours +
        (isNight(slot) ? l.nights * 6 : 0) +
        (isWeekend(slot.day) ? l.weekends * 6 : 0) -
        (l.posts.has(slot.postId) ? 4 : 0)
      );
    };
    const place = (p: Person) => {
      seat(s.id, p.id);
      note(p.id, s);
      taken.add(p.id);
      added.push({ shiftId: s.id, staffId: p.id });
    };
    for (const req of s.requirements) {
      let have = [...taken].filter((id) =>
        req.roles.includes(persons.find((p) => p.id === id)?.role ?? 'volunteer'),
      ).length;
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
          reasons: why(persons, s, ledger, rules, taken, (x) => req.roles.includes(x.role)),
        });
    }
    while (taken.size < s.headcount) {
      const p = pick(() => true);
      if (!p) break;
      place(p);
    }
    if (taken.size < s.headcount) {
      gaps.push({
        shiftId: s.id,
        missing: s.headcount - taken.size,
        roles: null,
        reasons: why(persons, s, ledger, rules, taken, () => true),
      });
    }
  }
  return { added, gaps };
}

/** Why nobody else could take a place: how many people each rule kept out. */
function why(
  people: Person[],
  s: ShiftSlot,
  ledger: Ledger,
  rules: RosterSettings,
  taken: Set<number>,
  allowed: (p: Person) => boolean,
): Reason[] {
  const count = new Map<Breach, number>();
  let notRole = 0;
  for (const p of people) {
    if (taken.has(p.id)) continue;
    if (!allowed(p)) {
      notRole++;
      continue;
    }
    for (const b of breaches(p, s, ledger.of(p.id), rules)) count.set(b, (count.get(b) ?? 0) + 1);
  }
  const out: Reason[] = [...count].map(([breach, n]) => ({
    code: 'gap_breach',
    params: { count: n, breach },
  }));
  if (notRole) out.push({ code: 'gap_not_role', params: { count: notRole } });
  if (people.length === 0) out.push({ code: 'gap_nobody' });
  return out;
}
