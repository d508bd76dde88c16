import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { attendanceContract } from '../../../../electron/api/attendance/contract';
import { formatInstant } from '../../../../electron/api/shared/dates';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';

/** What a person fills in, checked by attendance.record's own schema; the button says who and what. */
const Fill = attendanceContract['attendance.record'].input.pick({ at: true, note: true });
type FillForm = z.input<typeof Fill>;
type Action = z.input<(typeof attendanceContract)['attendance.record']['input']>['action'];
/** A datetime-local value is read as post time (UTC+8); blank is "now" (the server's clock). */
const postInstant = (v: unknown) => (typeof v === 'string' && v ? `${v}:00+08:00` : undefined);

import { ReverseDialog, type Reversing } from './ReverseDialog';

/**
 * Today at the gate: sign people in and out with the actual time, or mark a no-show; a late sign-in
 * is flagged, and one taken by mistake is reversed with a reason.
 */
export function AttendancePanel({ today }: { today: string }) {
  const { t } = useTranslation();
  const notify = useToast();
  const roster = useApiQuery('roster.get', { from: today, days: 1 });
  const record = useApiMutation('attendance.record', { toastErrors: false });
  const { register, handleSubmit, setError, reset, formState } = useForm<
    FillForm,
    unknown,
    z.output<typeof Fill>
  >({
    resolver: worded(zodResolver(Fill)),
    defaultValues: { note: '' },
  });
  const act = (shiftId: number, staffId: number, action: Action) =>
    void handleSubmit(async (v) => {
      try {
        await record.mutateAsync({ ...v, shiftId, staffId, action });
        reset();
      } catch (e) {
        if (!landServerErrors(e, setError, ['at', 'note'])) notify((e as Error).message, 'error');
      }
    })();
  const e = formState.errors;
  const busy = formState.isSubmitting;
  const [reversing, setReversing] = useState<Reversing | null>(null);
  const shifts = roster.data?.shifts ?? [];
  if (shifts.length === 0) return null;
  const button = (shiftId: number, staffId: number, action: Action, label: string) => (
    <button type="button" className="link" disabled={busy} onClick={() => act(shiftId, staffId, action)}>
      {label}
    </button>
  );
  return (
    <section className="card attendance no-print" data-testid="attendance">
      <h2>{t('attendance.title', { day: today })}</h2>
      <form className="row" onSubmit={(ev) => ev.preventDefault()} noValidate>
        <label className="field">
          <span>{t('attendance.at')}</span>
          <input
            type="datetime-local"
            {...register('at', { setValueAs: postInstant })}
            aria-invalid={!!e.at}
          />
          {e.at && <em className="field-error">{e.at.message}</em>}
        </label>
        <label className="field grow">
          <span>{t('attendance.note')}</span>
          <input {...register('note')} aria-invalid={!!e.note} />
          {e.note && <em className="field-error">{e.note.message}</em>}
        </label>
        <p className="muted small">{t('attendance.hint')}</p>
      </form>
      <table className="table">
        <tbody>
          {shifts.map((s) => (
            <tr key={s.id}>
              <th className="nowrap">
                {s.post} {s.name}
                <div className="small muted">
                  {formatInstant(s.startsAt).slice(11)}–{formatInstant(s.endsAt).slice(11)}
                </div>
              </th>
              <td>
                {s.staff.map((p) => (
                  <span
                    key={p.id}
                    className={`att att-${p.attendance ?? 'none'}`}
                    data-testid={`att-${s.id}-${p.name}`}
                  >
                    <strong>{p.name}</strong>{' '}
                    {p.attendance === 'no_show' ? (
                      <em>{t('attendance.noShow')}</em>
                    ) : p.signInAt ? (
                      <span className="small">
                        {t('attendance.in')} {formatInstant(p.signInAt).slice(11)}
                        {p.late && <strong className="late-flag">{t('attendance.late')}</strong>}
                        {p.signOutAt && ` · ${t('attendance.out')} ${formatInstant(p.signOutAt).slice(11)}`}
                      </span>
                    ) : p.presence === 'missing' ? (
                      <em className="late-flag">{t('attendance.missing')}</em>
                    ) : null}{' '}
                    {!p.signInAt &&
                      p.attendance !== 'no_show' &&
                      button(s.id, p.id, 'in', t('attendance.signIn'))}
                    {p.signInAt && !p.signOutAt && button(s.id, p.id, 'out', t('attendance.signOut'))}
                    {!p.signInAt &&
                      p.attendance !== 'no_show' &&
                      button(s.id, p.id, 'no_show', t('attendance.markNoShow'))}
                    {p.reversible && (
                      <button
                        type="button"
                        className="link"
                        onClick={() =>
                          setReversing({
                            shiftId: s.id,
                            staffId: p.id,
                            name: p.name,
                            what: p.reversible ?? 'sign_in',
                          })
                        }
                      >
                        {t('attendance.reverse')}
                      </button>
                    )}
                  </span>
                ))}
                {s.staff.filter((p) => p.attendance !== 'no_show').length < s.headcount && (
                  <span className="pill bad">{t('attendance.uncovered')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {reversing && <ReverseDialog r={reversing} onDone={() => setReversing(null)} />}
    </section>
  );
}
