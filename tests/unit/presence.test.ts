import { describe, expect, it } from 'vitest';
import { checkRecord } from '../../electron/api/attendance/rules';
import {
  type AttendanceEvent,
  foldAttendance,
  NOBODY_YET,
  presence,
  presentAt,
} from '../../electron/api/shared/presence';

const t = (hhmm: string) => new Date(`2026-11-28T${hhmm}:00+08:00`).toISOString();
const ev = (id: string, kind: AttendanceEvent['kind'], hhmm: string, reverses: string | null = null) => ({
  id,
  kind,
  at: t(hhmm),
  reverses,
  note: '',
});
const DUTY = { startsAt: t('08:00'), endsAt: t('16:00') };

describe('presence (issue 10, point 10)', () => {
  it('folds events in order; a reversed event counts for nothing', () => {
    expect(foldAttendance([])).toEqual(NOBODY_YET);
    const st = foldAttendance([
      ev('a', 'sign_in', '07:55'),
      ev('b', 'sign_out', '12:00'),
      ev('c', 'reversal', '12:01', 'b'),
    ]);
    expect(st).toMatchObject({
      status: 'present',
      signInAt: t('07:55'),
      signOutAt: null,
      last: { id: 'a', kind: 'sign_in' },
    });
    const absent = foldAttendance([
      ev('a', 'sign_in', '07:55'),
      ev('b', 'reversal', '08:00', 'a'),
      ev('c', 'no_show', '08:30'),
    ]);
    expect(absent).toMatchObject({ status: 'no_show', signInAt: null, last: { id: 'c' } });
  });

  it('present or late while signed in; missing after the grace; never the no-show or the one signed out', () => {
    const signedIn = (hhmm: string) => foldAttendance([ev('a', 'sign_in', hhmm)]);
    expect(presence(signedIn('07:58'), DUTY, t('10:00'), 15)).toBe('present');
    expect(presence(signedIn('08:16'), DUTY, t('10:00'), 15)).toBe('late');
    expect(presence(signedIn('08:15'), DUTY, t('10:00'), 15)).toBe('present');
    expect(presence(NOBODY_YET, DUTY, t('08:10'), 15)).toBe('expected');
    expect(presence(NOBODY_YET, DUTY, t('08:16'), 15)).toBe('missing');
    expect(presence(foldAttendance([ev('a', 'no_show', '08:30')]), DUTY, t('10:00'), 15)).toBe('no_show');
    const out = foldAttendance([ev('a', 'sign_in', '07:58'), ev('b', 'sign_out', '09:00')]);
    expect(presence(out, DUTY, t('10:00'), 15)).toBe('signed_out');
    expect([presentAt(out, t('08:30')), presentAt(out, t('09:00')), presentAt(out, t('07:00'))]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('checks the times of a record against the shift and its grace', () => {
    const duty = { name: '王立军', ...DUTY };
    const code = (...a: Parameters<typeof checkRecord>) => checkRecord(...a)?.code ?? null;
    expect(code('in', t('10:01'), t('10:00'), duty, NOBODY_YET, 15)).toBe('attendance_in_future');
    expect(code('in', t('07:44'), t('10:00'), duty, NOBODY_YET, 15)).toBe('sign_in_too_early');
    expect(code('in', t('07:45'), t('10:00'), duty, NOBODY_YET, 15)).toBeNull();
    expect(code('out', t('09:00'), t('10:00'), duty, NOBODY_YET, 15)).toBe('not_signed_in');
    const inAt8 = foldAttendance([ev('a', 'sign_in', '08:00')]);
    expect(code('out', t('08:00'), t('10:00'), duty, inAt8, 15)).toBe('sign_out_before_sign_in');
    expect(code('in', t('09:00'), t('10:00'), duty, inAt8, 15)).toBe('already_signed_in');
    expect(code('no_show', t('10:00'), t('10:00'), duty, inAt8, 15)).toBe('absent_but_signed_in');
    expect(code('no_show', t('08:10'), t('08:10'), duty, NOBODY_YET, 15)).toBe('no_show_too_early');
    expect(code('out', t('16:16'), t('17:00'), duty, inAt8, 15)).toBe('sign_out_too_late');
    expect(code('out', t('16:15'), t('17:00'), duty, inAt8, 15)).toBeNull();
  });
});
