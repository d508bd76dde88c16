/** The decisions of a guest's care: may they go home, when may a call be logged. Pure. */
import { addDays, dayOf } from '../shared/dates';
import type { Reason } from '../shared/reason';

export type ReleaseTo = 'home' | 'hospital' | 'elsewhere';

export type ReleaseCheck =
  | { ok: true; override: Reason | null }
  | { ok: false; refusal: Reason; field: string; error: 'CONFLICT' | 'FORBIDDEN' };

/**
 * Release is a decision. Going home while the compound is sealed, or before the planned end, is
 * refused — unless a commander (指挥长 / 副指挥长) overrides it with a reason; the override is what
 * the refusal was (kept with the release). Going to hospital or elsewhere is never held back.
 */
export function releaseCheck(p: {
  to: ReleaseTo;
  sealed: boolean;
  today: string;
  plannedEnd: string;
  commander: boolean;
  overrideReason: string;
}): ReleaseCheck {
  if (p.to !== 'home') return { ok: true, override: null };
  const problem: Reason | null = p.sealed
    ? { code: 'release_home_sealed', params: { plannedEnd: p.plannedEnd } }
    : p.today < p.plannedEnd
      ? { code: 'release_before_end', params: { plannedEnd: p.plannedEnd } }
      : null;
  if (!problem) return { ok: true, override: null };
  if (!p.overrideReason.trim())
    return { ok: false, refusal: problem, field: 'overrideReason', error: 'CONFLICT' };
  if (!p.commander)
    return {
      ok: false,
      refusal: { code: 'override_commander_only', params: { hold: problem.code } },
      field: 'overrideReason',
      error: 'FORBIDDEN',
    };
  return { ok: true, override: problem };
}

/** A call can be logged for now, earlier today or yesterday at the post — not later, not before. */
export function callTimeProblem(at: Date, now: Date): Reason | null {
  if (at.getTime() > now.getTime()) return { code: 'call_in_future' };
  if (dayOf(at) < addDays(dayOf(now), -1)) return { code: 'call_too_old' };
  return null;
}
