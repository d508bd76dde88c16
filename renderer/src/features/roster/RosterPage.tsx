import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Out } from '../../../../electron/api/contract';
import type { ShiftView } from '../../../../electron/api/roster/contract';
import { addDays, formatInstant, isValidDay } from '../../../../electron/api/shared/dates';
import { useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { wordReason } from '../../i18n/words';
import { AttendancePanel } from './AttendancePanel';
import { type Edit, EditDialog } from './EditDialog';
import { RosterCell } from './RosterCell';
import { RosterEmpty } from './RosterEmpty';
import { RANGES, RosterTools } from './RosterTools';

const mondayOf = (day: string) => addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));
type Picked = { shiftId: number; staffId: number; name: string } | null;

/**
 * The week grid. Its first day and range live in the address (#/roster/2026-11-30/14), so the print
 * view and the browser's back return to the same view.
 */
export function RosterPage({ param }: { param: string }) {
  const { t } = useTranslation();
  const session = useApiQuery('session.get', {});
  const [fromParam = '', daysParam = ''] = param.split('/');
  const from = isValidDay(fromParam) ? fromParam : null;
  const days = RANGES.includes(Number(daysParam)) ? Number(daysParam) : 7;
  const start = from ?? (session.data ? mondayOf(session.data.today) : null);
  const roster = useApiQuery('roster.get', { from: start ?? '2000-01-01', days }, { enabled: !!start });
  const staff = useApiQuery('team.list', {});
  const [result, setResult] = useState<Out<'roster.generate'> | null>(null);
  const [picked, setPicked] = useState<Picked>(null);
  const [edit, setEdit] = useState<Edit | null>(null);
  if (!start) return <p className="muted">{t('common.loading')}</p>;
  const dayList = Array.from({ length: days }, (_, i) => addDays(start, i));
  // A saved edit refreshes the roster through its mutation hook.
  const done = (_saved: boolean) => {
    setEdit(null);
    setPicked(null);
  };
  const choose = (s: ShiftView, p: ShiftView['staff'][number]) => {
    if (!picked) return setPicked({ shiftId: s.id, staffId: p.id, name: p.name });
    if (picked.shiftId === s.id) return setPicked(null);
    setEdit({
      kind: 'swap',
      title: t('roster.swapTitle', { a: picked.name, b: p.name }),
      input: { a: { shiftId: picked.shiftId, staffId: picked.staffId }, b: { shiftId: s.id, staffId: p.id } },
    });
  };
  return (
    <div className="roster">
      <RosterTools
        start={start}
        days={days}
        hint={picked ? t('roster.pickedHint', { name: picked.name }) : t('roster.swapHint')}
        onGenerated={setResult}
      />
      {result && (
        <section className="card" data-testid="generate-result">
          <strong>
            {t('roster.generated', { assigned: result.assigned, kept: result.kept, shifts: result.shifts })}
          </strong>
          {result.spread.length > 0 && (
            <p data-testid="generate-spread">
              {t('roster.spread')}
              {t('punct.colon')}
              {result.spread.map((r, i) => (
                <Fragment key={r.role}>
                  {i > 0 && t('punct.semi')}
                  <span className={r.even ? undefined : 'warn-text'}>
                    {t('roster.spreadRole', {
                      role: t(`roles.${r.role}`),
                      people: r.people,
                      nightsMin: r.nights.min,
                      nightsMax: r.nights.max,
                      hoursMin: r.hours.min,
                      hoursMax: r.hours.max,
                    })}
                  </span>
                </Fragment>
              ))}
            </p>
          )}
          {result.gaps.length > 0 && (
            <ul className="plain gaps">
              {result.gaps.slice(0, 30).map((g) => (
                <li key={`${g.shiftId}-${g.roles?.join()}`} className="warn-text">
                  {g.post} {g.name} {formatInstant(g.startsAt)}
                  {t('punct.colon')}
                  {t('roster.missing', { n: g.missing })}
                  {g.roles &&
                    `${t('punct.open')}${g.roles.map((r) => t(`roles.${r}`)).join(' / ')}${t('punct.close')}`}{' '}
                  — {g.reasons.map(wordReason).join(t('punct.semi'))}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {session.data && <AttendancePanel today={session.data.today} />}
      <QueryState query={roster}>
        {(r) => (
          <>
            {r.shifts.length === 0 && <RosterEmpty />}
            {r.runnersMissing.length > 0 && (
              <p className="error-box">
                {t('roster.noRunner', { list: r.runnersMissing.map((b) => b.name).join(t('punct.list')) })}
              </p>
            )}
            {[...new Map(r.shifts.map((s) => [s.postId, s.post])).entries()].map(([postId, post]) => {
              const mine = r.shifts.filter((s) => s.postId === postId);
              const names = [...new Set(mine.map((s) => s.name))];
              return (
                <section key={postId} className="card roster-post" aria-label={post}>
                  <h2>{post}</h2>
                  <table className="table roster-grid">
                    <thead>
                      <tr>
                        <th />
                        {dayList.map((d) => (
                          <th key={d}>{d.slice(5)}</th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {names.map((n) => (
                        <tr key={n}>
                          <th>{n}</th>
                          {dayList.map((d) => {
                            const s = mine.find((x) => x.day === d && x.name === n);
                            if (!s) return <td key={d} />;
                            return (
                              <RosterCell
                                key={d}
                                s={s}
                                now={session.data?.now ?? ''}
                                picked={picked}
                                team={staff.data}
                                onPick={(p) => choose(s, p)}
                                onAdd={(who) =>
                                  setEdit({
                                    kind: 'assign',
                                    title: t('roster.assignTitle', { name: who.name }),
                                    input: { shiftId: s.id, staffId: who.id, action: 'assign' },
                                  })
                                }
                              />
                            );
                          })}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </section>
              );
            })}
          </>
        )}
      </QueryState>
      {picked && (
        <div className="picked-bar no-print">
          {t('roster.pickedHint', { name: picked.name })}
          <button
            type="button"
            onClick={() =>
              setEdit({
                kind: 'assign',
                title: t('roster.unassignTitle', { name: picked.name }),
                input: { shiftId: picked.shiftId, staffId: picked.staffId, action: 'unassign' },
              })
            }
          >
            {t('roster.unassign')}
          </button>
          <button
            type="button"
            onClick={() =>
              setEdit({
                kind: 'assign',
                title: t('roster.pinTitle', { name: picked.name }),
                input: { shiftId: picked.shiftId, staffId: picked.staffId, action: 'pin' },
              })
            }
          >
            {t('roster.pin')}
          </button>
          <button type="button" onClick={() => setPicked(null)}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      {edit && <EditDialog edit={edit} onDone={done} />}
    </div>
  );
}
