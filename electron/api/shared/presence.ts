/**
 * Who is present on a shift (issue 10, point 10), from its attendance events. On duty now means
 * present: rostered and signed in (a sign-in after the grace is late), and not signed out; a no-show
 * is not on duty, nor is anyone who has not signed in. Pure: the roster, the overview, the gate log
 * and attendance use it.
 */

export type AttendanceKind = 'sign_in' | 'sign_out' | 'no_show' | 'reversal';
export type Recorded = Exclude<AttendanceKind, 'reversal'>;
export type AttendanceEvent = {
  id: string;
  kind: AttendanceKind;
  at: string;
  reverses: string | null;
  note: string;
};

/** Where a person stands on one shift: the fold of its events, in the order they were recorded. */
export type Standing = {
  status: 'present' | 'no_show' | null;
  signInAt: string | null;
  signOutAt: string | null;
  note: string;
  /** The event a reversal would take back (the last still standing), or null. */
  last: { id: string; kind: Recorded } | null;
};

export const NOBODY_YET: Standing = { status: null, signInAt: null, signOutAt: null, note: '', last: null };

/** Fold the events of one person on one shift (recorded order); reversed events count for nothing. */
export function foldAttendance(events: readonly AttendanceEvent[]): Standing {
  const reversed = new Set(events.flatMap((e) => (e.kind === 'reversal' && e.reverses ? [e.reverses] : [])));
  let st: Standing = NOBODY_YET;
  for (const e of events) {
    if (e.kind === 'reversal' || reversed.has(e.id)) continue;
    const note = e.note || st.note;
    const last = { id: e.id, kind: e.kind };
    if (e.kind === 'sign_in') st = { status: 'present', signInAt: e.at, signOutAt: null, note, last };
    else if (e.kind === 'sign_out') st = { ...st, signOutAt: e.at, note, last };
    else st = { status: 'no_show', signInAt: null, signOutAt: null, note, last };
  }
  return st;
}

const MINUTE = 60_000;

/** A sign-in later than the duty's start plus the grace is late. */
export const isLate = (signInAt: string, dutyStart: string, graceMinutes: number) =>
  Date.parse(signInAt) > Date.parse(dutyStart) + graceMinutes * MINUTE;

/**
 * Where a rostered person is at `now`: present (or late), signed out, a no-show, still expected
 * (before the grace ends) or missing (the grace is over and they have not signed in).
 */
export type Presence = 'present' | 'late' | 'signed_out' | 'no_show' | 'expected' | 'missing';
export function presence(
  st: Standing,
  duty: { startsAt: string; endsAt: string },
  now: string,
  graceMinutes: number,
): Presence {
  const t = Date.parse(now);
  if (st.status === 'no_show') return 'no_show';
  if (st.signOutAt && Date.parse(st.signOutAt) <= t) return 'signed_out';
  if (st.signInAt && Date.parse(st.signInAt) <= t)
    return isLate(st.signInAt, duty.startsAt, graceMinutes) ? 'late' : 'present';
  return t > Date.parse(duty.startsAt) + graceMinutes * MINUTE ? 'missing' : 'expected';
}

/** Is the person at the post at instant `at` (signed in by then and not yet signed out)? */
export const presentAt = (st: Standing, at: string) =>
  st.status === 'present' &&
  !!st.signInAt &&
  Date.parse(st.signInAt) <= Date.parse(at) &&
  (!st.signOutAt || Date.parse(st.signOutAt) > Date.parse(at));

export const onDuty = (p: Presence) => p === 'present' || p === 'late';
