/**
 * The generator's running state, one person at a time (issue 11): what the hard rules of
 * `rules.ts` look at, kept up to date as places are given instead of re-derived for every
 * candidate. `fits` answers exactly as `breaches(...).length === 0` does; tests/unit/roster-fast
 * checks it against the straightforward generator on seeded instances.
 */
import type { Load, Person, RosterSettings, ShiftSlot } from './rules';
import { isNight, isWeekend } from './rules';

const H = 3_600_000;
const DAY = 86_400_000;

/** A shift with what the rules ask of it worked out once: instants, hours, day and week numbers. */
export type Slot = {
  s: ShiftSlot;
  start: number;
  end: number;
  /** Length in milliseconds. */
  length: number;
  /** Days since 1970-01-01 of the post day; weeks counted from Monday 1970-01-05 (as `weekOf`). */
  day: number;
  week: number;
  night: boolean;
  weekend: boolean;
  postId: number;
};

export function prepare(s: ShiftSlot): Slot {
  const start = Date.parse(s.startsAt);
  const end = Date.parse(s.endsAt);
  const day = Date.parse(`${s.day}T00:00:00Z`) / DAY;
  return {
    s,
    start,
    end,
    length: end - start,
    day,
    week: Math.floor((day + 3) / 7),
    night: isNight(s),
    weekend: isWeekend(s.day),
    postId: s.postId,
  };
}

/** A person's unavailability as sorted, merged intervals (overlapping ones joined, touching ones not). */
export class Off {
  private from: number[] = [];
  private to: number[] = [];
  /** Intervals whose end is not after their start: kept apart, asked as they are. */
  private odd: [number, number][] = [];
  constructor(p: Pick<Person, 'unavailable'>) {
    const spans: [number, number][] = [];
    for (const u of p.unavailable) {
      const a = Date.parse(u.from);
      const b = Date.parse(u.to);
      if (Number.isNaN(a) || Number.isNaN(b)) continue; // never matches, as in `isUnavailable`
      if (a < b) spans.push([a, b]);
      else this.odd.push([a, b]);
    }
    spans.sort((x, y) => x[0] - y[0]);
    for (const [a, b] of spans) {
      const last = this.to.length - 1;
      if (last >= 0 && a < (this.to[last] as number)) this.to[last] = Math.max(this.to[last] as number, b);
      else {
        this.from.push(a);
        this.to.push(b);
      }
    }
  }
  /** Off at any time in [start, end)? The last interval starting before `end` is the only one to ask. */
  during(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.from.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.from[mid] as number) < end) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && start < (this.to[lo - 1] as number)) return true;
    for (const [a, b] of this.odd) if (a < end && start < b) return true;
    return false;
  }
}

/** One person's bookings and load while the roster is built; `remove` undoes `add` exactly. */
export class PersonState {
  /** Bookings sorted by start (ends alongside); `span` is at least the longest. */
  private starts: number[] = [];
  private ends: number[] = [];
  private span = 0;
  private days = new Map<number, number>();
  private weekMs = new Map<number, number>();
  private posts = new Map<number, number>();
  readonly load: Load = { worked: 0, nights: 0, weekends: 0, posts: this.posts };
  /** The shifts themselves, in the order given (for the reasons of a gap). */
  readonly shifts: ShiftSlot[] = [];
  constructor(
    readonly person: Person | null,
    readonly off: Off | null,
  ) {}

  add(x: Slot): void {
    let i = this.starts.length;
    while (i > 0 && (this.starts[i - 1] as number) > x.start) i--;
    this.starts.splice(i, 0, x.start);
    this.ends.splice(i, 0, x.end);
    this.span = Math.max(this.span, x.length);
    this.count(x, 1);
    this.shifts.push(x.s);
  }

  remove(x: Slot): void {
    const i = this.starts.findIndex((a, k) => a === x.start && this.ends[k] === x.end);
    const k = this.shifts.findIndex((s) => s.id === x.s.id);
    if (i < 0 || k < 0) return;
    this.starts.splice(i, 1);
    this.ends.splice(i, 1);
    this.shifts.splice(k, 1);
    this.count(x, -1);
  }

  holds(x: Slot): boolean {
    return this.shifts.some((s) => s.id === x.s.id);
  }

  private count(x: Slot, n: 1 | -1) {
    bump(this.days, x.day, n);
    bump(this.weekMs, x.week, n * x.length);
    bump(this.posts, x.postId, n);
    if (x.s.outside) return;
    this.load.worked += n * x.length;
    this.load.nights += n * Number(x.night);
    this.load.weekends += n * Number(x.weekend);
  }

  /** May this person take the shift: no overlap, rest, same day, unavailability, weekly hours or run of days? */
  fits(x: Slot, rules: RosterSettings): boolean {
    const p = this.person;
    if (!p) return false;
    if (this.days.has(x.day)) return false;
    if ((this.weekMs.get(x.week) ?? 0) + x.length > p.maxWeeklyHours * H) return false;
    if (this.off?.during(x.start, x.end)) return false;
    if (this.tooClose(x, rules.minRestHours * H)) return false;
    let run = 1;
    for (let d = x.day - 1; this.days.has(d) && run <= rules.maxConsecutiveDays; d--) run++;
    for (let d = x.day + 1; this.days.has(d) && run <= rules.maxConsecutiveDays; d++) run++;
    return run <= rules.maxConsecutiveDays;
  }

  /** A booking that overlaps the shift, or leaves less rest than `rest` before or after it. */
  private tooClose(x: Slot, rest: number): boolean {
    const reach = Math.max(rest, 0);
    // Only bookings starting after (start − reach − span) can end within reach of the start.
    const after = x.start - reach - this.span;
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) < after) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.starts.length; i++) {
      const a = this.starts[i] as number;
      if (a >= x.end + reach) break;
      const b = this.ends[i] as number;
      if ((a < x.end && x.start < b) || Math.max(x.start - b, a - x.end) < rest) return true;
    }
    return false;
  }
}

/** Add `n` to a count, forgetting it at zero (so `has` means "some"). */
function bump(m: Map<number, number>, key: number, n: number) {
  const v = (m.get(key) ?? 0) + n;
  if (v === 0) m.delete(key);
  else m.set(key, v);
}
