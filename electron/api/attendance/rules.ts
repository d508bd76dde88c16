/**
 * Attendance times are checked (issue 10, point 10): nothing in the future; a sign-in no earlier
 * than the grace before the duty starts and before the shift ends; a sign-out after the sign-in and
 * no later than the grace after the shift ends; a no-show only once the grace after the start is
 * over. A second sign-in, sign-out or no-show is refused: a mistake is reversed first (a new row with
 * its reason). Pure: answers a reason (code and params) or null.
 */
import { formatInstant } from '../shared/dates';
import type { Standing } from '../shared/presence';
import type { Reason } from '../shared/reason';

export type Action = 'in' | 'out' | 'no_show';
/** The person's duty on the shift: from their own start (a shift staffed while running) to its end. */
export type Duty = { name: string; startsAt: string; endsAt: string };

const MINUTE = 60_000;

export function checkRecord(
  action: Action,
  at: string,
  now: string,
  duty: Duty,
  st: Standing,
  graceMinutes: number,
): Reason | null {
  const t = Date.parse(at);
  const start = Date.parse(duty.startsAt);
  const end = Date.parse(duty.endsAt);
  const grace = graceMinutes * MINUTE;
  const name = duty.name;
  if (t > Date.parse(now)) return { code: 'attendance_in_future', params: { at: formatInstant(at) } };
  if (action === 'in') {
    if (st.status === 'present')
      return { code: st.signOutAt ? 'already_signed_out' : 'already_signed_in', params: { name } };
    if (t < start - grace)
      return {
        code: 'sign_in_too_early',
        params: { start: formatInstant(duty.startsAt), grace: graceMinutes },
      };
    if (t >= end) return { code: 'sign_in_after_end', params: { end: formatInstant(duty.endsAt) } };
    return null;
  }
  if (action === 'out') {
    if (st.status !== 'present' || !st.signInAt) return { code: 'not_signed_in', params: { name } };
    if (st.signOutAt) return { code: 'already_signed_out', params: { name } };
    if (t <= Date.parse(st.signInAt))
      return { code: 'sign_out_before_sign_in', params: { signIn: formatInstant(st.signInAt) } };
    if (t > end + grace)
      return { code: 'sign_out_too_late', params: { end: formatInstant(duty.endsAt), grace: graceMinutes } };
    return null;
  }
  if (st.status === 'present') return { code: 'absent_but_signed_in', params: { name } };
  if (st.status === 'no_show') return { code: 'already_no_show', params: { name } };
  if (Date.parse(now) <= start + grace)
    return {
      code: 'no_show_too_early',
      params: { start: formatInstant(duty.startsAt), grace: graceMinutes },
    };
  return null;
}
