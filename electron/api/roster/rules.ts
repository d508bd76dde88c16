/**
 * The roster's rules (Timefold-style): hard rules that no assignment may break, and the order in
 * which the generator prefers people (fairness first, then staying at one's post). Pure and
 * deterministic. The generator itself (`generate.ts`) keeps each person's running state instead of
 * re-deriving these rules for every candidate; it must answer as `breaches` and `prefer` do.
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
  /** Outside the period being made (the week either side): the hard rules see it, fairness does not. */
  outside?: boolean;
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
/** A shift's length in milliseconds: sums of these are exact (hours are not, for a shift's remaining minutes). */
export const shiftMs = (s: Pick<ShiftSlot, 'startsAt' | 'endsAt'>) => ms(s.endsAt) - ms(s.startsAt);
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
  const held = others.filter((x) => weekOf(x.day) === week).reduce((a, x) => a + shiftMs(x), 0);
  if (held + shiftMs(s) > p.maxWeeklyHours * H) out.push('weekly_hours');
  const days = new Set([...others.map((x) => x.day), s.day]);
  let run = 1;
  for (let d = shiftDay(s.day, -1); days.has(d); d = shiftDay(d, -1)) run++;
  for (let d = shiftDay(s.day, 1); days.has(d); d = shiftDay(d, 1)) run++;
  if (run > rules.maxConsecutiveDays) out.push('consecutive');
  return out;
}
const shiftDay = (day: string, n: number) => dayOf(new Date(Date.parse(`${day}T04:00:00Z`) + n * 86_400_000));

/** What a person has done in the period so far (`worked` in milliseconds): what fairness looks at. */
export type Load = {
  worked: number;
  nights: number;
  weekends: number;
  posts: { has(postId: number): boolean };
};

/**
 * Who of two people should take a shift (negative: `a`): for a night, the one with fewer nights;
 * then fewer hours; on a weekend, fewer weekend shifts; then the one who has worked this post
 * before. Ties go to the lower id (the caller's). Within a role this keeps nights within one of each
 * other and hours within one shift, unless the hard rules leave the least-loaded person out.
 */
export function prefer(a: Load, b: Load, s: { postId: number; night: boolean; weekend: boolean }): number {
  if (s.night && a.nights !== b.nights) return a.nights - b.nights;
  if (a.worked !== b.worked) return a.worked - b.worked;
  if (s.weekend && a.weekends !== b.weekends) return a.weekends - b.weekends;
  return Number(b.posts.has(s.postId)) - Number(a.posts.has(s.postId));
}

/**
 * Runners run errands, not gates: a runner takes a place through a requirement that names runners, or
 * in the head count of a runner post — one with a requirement of runners alone (the runner team's
 * post) — which is filled with runners only. Other roles take a runner post's place only through a
 * requirement that names theirs. A gate whose requirement lists runners among other roles is a gate:
 * its head count is for everyone but runners.
 */
export const asksForRunners = (s: Pick<ShiftSlot, 'requirements'>): boolean =>
  s.requirements.some((r) => r.roles.length > 0 && r.roles.every((role) => role === 'runner'));

/** Whether the person may take one of the head count's places (not a role requirement's) on the shift. */
export const mayFillHeadcount = (p: Pick<Person, 'role'>, runnerPost: boolean): boolean =>
  (p.role === 'runner') === runnerPost;

/**
 * Whether the post takes the person: a requirement names their role, or its head count is theirs to
 * fill. A hand-made assignment that does not is the `role` breach (a runner at a gate, gate staff
 * on the runner team's post): it may be made with a reason, as the others may.
 */
export const fitsPost = (p: Pick<Person, 'role'>, s: Pick<ShiftSlot, 'requirements'>): boolean =>
  s.requirements.some((r) => r.roles.includes(p.role)) || mayFillHeadcount(p, asksForRunners(s));

/** Why nobody else could take a place: how many people each rule kept out. */
export function gapReasons(
  people: Person[],
  s: ShiftSlot,
  mineOf: (staffId: number) => ShiftSlot[],
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
    for (const b of breaches(p, s, mineOf(p.id), rules)) count.set(b, (count.get(b) ?? 0) + 1);
  }
  const out: Reason[] = [...count].map(([breach, n]) => ({
    code: 'gap_breach',
    params: { count: n, breach },
  }));
  if (notRole) out.push({ code: 'gap_not_role', params: { count: notRole } });
  if (people.length === 0) out.push({ code: 'gap_nobody' });
  return out;
}
