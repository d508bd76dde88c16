import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../../electron/api/shared/dates';
import { useApiMutation, useApiQuery } from '../../api/hooks';

/** Today at the gate: sign people in and out with the actual time, or mark a no-show. */
export function AttendancePanel({ today }: { today: string }) {
  const { t } = useTranslation();
  const roster = useApiQuery('roster.get', { from: today, days: 1 });
  const record = useApiMutation('attendance.record');
  const shifts = roster.data?.shifts ?? [];
  if (shifts.length === 0) return null;
  return (
    <section className="card attendance no-print" data-testid="attendance">
      <h2>{t('attendance.title', { day: today })}</h2>
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
                        {p.signOutAt && ` · ${t('attendance.out')} ${formatInstant(p.signOutAt).slice(11)}`}
                      </span>
                    ) : null}{' '}
                    {!p.signInAt && p.attendance !== 'no_show' && (
                      <button
                        type="button"
                        className="link"
                        onClick={() => record.mutate({ shiftId: s.id, staffId: p.id, action: 'in' })}
                      >
                        {t('attendance.signIn')}
                      </button>
                    )}
                    {p.signInAt && !p.signOutAt && (
                      <button
                        type="button"
                        className="link"
                        onClick={() => record.mutate({ shiftId: s.id, staffId: p.id, action: 'out' })}
                      >
                        {t('attendance.signOut')}
                      </button>
                    )}
                    {!p.signInAt && p.attendance !== 'no_show' && (
                      <button
                        type="button"
                        className="link"
                        onClick={() => record.mutate({ shiftId: s.id, staffId: p.id, action: 'no_show' })}
                      >
                        {t('attendance.markNoShow')}
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
    </section>
  );
}
