import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, formatInstant } from '../../../../electron/api/shared/dates';
import type { MemberRow } from '../../../../electron/api/team/contract';
import { useApiQuery } from '../../api/hooks';
import { useOperatorId } from '../../app/operator';
import { QueryState } from '../../components/QueryState';
import { PostsPanel } from '../roster/PostsPanel';
import { clashText } from '../roster/RosterCell';
import { ResetPinButton } from './PinDialogs';
import { TeamForm } from './TeamForm';
import { UnavailableForm } from './UnavailableForm';

function Schedule({ s, today }: { s: MemberRow; today: string }) {
  const { t } = useTranslation();
  const r = useApiQuery('roster.get', { from: today, days: 14, staffId: s.id });
  return (
    <ul className="plain schedule" data-testid={`schedule-${s.name}`}>
      {r.data?.shifts.map((x) => (
        <li key={x.id}>
          {formatInstant(x.startsAt)}–{formatInstant(x.endsAt).slice(11)} {x.post} {x.name}
          {x.staff
            .filter((p) => p.id === s.id && p.clashes.length > 0)
            .map((p) => (
              <strong key={p.id} className="bad-text">
                {' '}
                {t('roster.clashWith', { list: clashText(p, t('punct.semi')) })}
              </strong>
            ))}
        </li>
      ))}
      {r.data?.shifts.length === 0 && <li className="muted">{t('staff.noShifts')}</li>}
    </ul>
  );
}

/** 班子成员: the one list of people — who is rostered, who may operate the laptop, whose PIN is set. */
export function TeamPage() {
  const { t } = useTranslation();
  const list = useApiQuery('team.list', {});
  const operatorId = useOperatorId();
  const me = list.data?.find((m) => m.id === operatorId);
  const commands = me?.role === 'commander' || me?.role === 'deputy_commander';
  const session = useApiQuery('session.get', {});
  const buildings = useApiQuery('buildings.list', {});
  const [editing, setEditing] = useState<MemberRow | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const names = new Map(buildings.data?.map((b) => [b.id, b.name]) ?? []);
  const today = session.data?.today ?? addDays('2026-01-01', 0);
  return (
    <div className="staff-page">
      <TeamForm
        key={editing ? `${editing.id}-${editing.version}` : 'new'}
        editing={editing}
        onDone={() => setEditing(null)}
        onReload={() =>
          void list.refetch().then((r) => setEditing(r.data?.find((s) => s.id === editing?.id) ?? null))
        }
      />
      <QueryState query={list}>
        {(rows) => (
          <table className="table" aria-label={t('staff.title')}>
            <thead>
              <tr>
                <th>{t('staff.name')}</th>
                <th>{t('staff.role')}</th>
                <th>{t('staff.organisation')}</th>
                <th>{t('staff.phone')}</th>
                <th>{t('staff.maxHours')}</th>
                <th>{t('team.operates')}</th>
                <th>{t('staff.unavailable')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.id}>
                  <td>
                    <strong>{s.name}</strong>
                    {s.buildingIds.length > 0 && (
                      <div className="small muted">
                        {s.buildingIds.map((b) => names.get(b)).join(t('punct.list'))}
                      </div>
                    )}
                    {open === s.id && <Schedule s={s} today={today} />}
                  </td>
                  <td>{t(`roles.${s.role}`)}</td>
                  <td>{s.organisation}</td>
                  <td>{s.phone}</td>
                  <td>{s.maxWeeklyHours}</td>
                  <td className="nowrap">
                    {s.canOperate ? t('team.yes') : '—'}
                    {s.hasPin && <span className="small muted"> · {t('team.pinSet')}</span>}
                    {commands && s.canOperate && s.id !== me?.id && <ResetPinButton member={s} />}
                  </td>
                  <td className="small">
                    {s.unavailable.map((u) => (
                      <div key={u.id}>
                        {formatInstant(u.fromAt)} – {formatInstant(u.toAt)} {u.reason}
                      </div>
                    ))}
                    {open === s.id && <UnavailableForm member={s} />}
                  </td>
                  <td className="nowrap">
                    <button
                      type="button"
                      className="link"
                      onClick={() => setOpen(open === s.id ? null : s.id)}
                    >
                      {t('staff.schedule')}
                    </button>{' '}
                    <button type="button" className="link" onClick={() => setEditing(s)}>
                      {t('household.edit')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
      <PostsPanel />
    </div>
  );
}
