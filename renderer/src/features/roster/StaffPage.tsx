import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEAM_ROLES, type TeamRole } from '../../../../db/schema/enums';
import type { StaffRow } from '../../../../electron/api/roster/contract';
import { addDays, formatInstant } from '../../../../electron/api/shared/dates';
import { type ApiCallError, useApiMutation, useApiQuery } from '../../api/hooks';
import { ConflictPanel, staleSave } from '../../components/ConflictPanel';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { PostsPanel } from './PostsPanel';

const blank = {
  name: '',
  phone: '',
  role: 'volunteer' as TeamRole,
  organisation: '',
  maxWeeklyHours: 48,
  buildingIds: [] as number[],
};

const STAFF_LABEL: Record<string, string> = {
  maxWeeklyHours: 'staff.maxHours',
  buildingIds: 'staff.buildings',
  active: 'staff.title',
};

function StaffForm({
  editing,
  onDone,
  onReload,
}: {
  editing: StaffRow | null;
  onDone: () => void;
  /** Read the person again after a stale save (remounts this form with the fresh row). */
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const notify = useToast();
  const buildings = useApiQuery('buildings.list', {});
  const save = useApiMutation('staff.save', { toastErrors: false });
  const [v, setV] = useState(editing ? { ...editing } : blank);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ApiCallError | null>(null);
  return (
    <form
      className="card row staff-form"
      onSubmit={(e) => {
        e.preventDefault();
        save
          .mutateAsync({
            ...(editing ? { id: editing.id, version: editing.version } : {}),
            name: v.name,
            phone: v.phone,
            role: v.role,
            organisation: v.organisation,
            maxWeeklyHours: Number(v.maxWeeklyHours),
            buildingIds: v.buildingIds,
          })
          .then(
            (r) => {
              notify(t('staff.saved', { name: r.name }), 'success');
              setV(blank);
              setError(null);
              onDone();
            },
            (err: ApiCallError) => (staleSave(err) ? setConflict(err) : setError(err.message)),
          );
      }}
    >
      <label className="field">
        <span>{t('staff.name')}</span>
        <input value={v.name} onChange={(e) => setV({ ...v, name: e.target.value })} />
      </label>
      <label className="field">
        <span>{t('staff.phone')}</span>
        <input value={v.phone} onChange={(e) => setV({ ...v, phone: e.target.value })} />
      </label>
      <label className="field">
        <span>{t('staff.role')}</span>
        <select value={v.role} onChange={(e) => setV({ ...v, role: e.target.value as TeamRole })}>
          {TEAM_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('staff.organisation')}</span>
        <input value={v.organisation} onChange={(e) => setV({ ...v, organisation: e.target.value })} />
      </label>
      <label className="field narrow">
        <span>{t('staff.maxHours')}</span>
        <input
          type="number"
          value={v.maxWeeklyHours}
          onChange={(e) => setV({ ...v, maxWeeklyHours: Number(e.target.value) })}
        />
      </label>
      {v.role === 'runner' && (
        <label className="field">
          <span>{t('staff.buildings')}</span>
          <select
            multiple
            value={v.buildingIds.map(String)}
            onChange={(e) =>
              setV({ ...v, buildingIds: [...e.target.selectedOptions].map((o) => Number(o.value)) })
            }
          >
            {buildings.data?.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="submit" className="primary">
        {editing ? t('staff.update') : t('staff.add')}
      </button>
      {error && (
        <p className="error-box" role="alert">
          {error}
        </p>
      )}
      {conflict && (
        <ConflictPanel
          error={conflict}
          label={(f) => t(STAFF_LABEL[f] ?? `staff.${f}`)}
          show={(f, x) => (f === 'role' && typeof x === 'string' ? t(`roles.${x}`) : null)}
          onReload={onReload}
        />
      )}
    </form>
  );
}

function Unavailable({ s }: { s: StaffRow }) {
  const { t } = useTranslation();
  const add = useApiMutation('staff.setUnavailable');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const at = (v: string) => `${v}:00+08:00`;
  return (
    <span className="row">
      <input
        type="datetime-local"
        aria-label={`${s.name} ${t('staff.from')}`}
        value={from}
        onChange={(e) => setFrom(e.target.value)}
      />
      <input
        type="datetime-local"
        aria-label={`${s.name} ${t('staff.to')}`}
        value={to}
        onChange={(e) => setTo(e.target.value)}
      />
      <input placeholder={t('staff.reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
      <button
        type="button"
        disabled={!from || !to}
        onClick={() =>
          void add.mutateAsync({ staffId: s.id, fromAt: at(from), toAt: at(to), reason }).then(
            () => {
              setFrom('');
              setTo('');
              setReason('');
            },
            () => undefined,
          )
        }
      >
        {t('staff.markUnavailable')}
      </button>
    </span>
  );
}

function Schedule({ s, today }: { s: StaffRow; today: string }) {
  const { t } = useTranslation();
  const r = useApiQuery('roster.get', { from: today, days: 14, staffId: s.id });
  return (
    <ul className="plain schedule" data-testid={`schedule-${s.name}`}>
      {r.data?.shifts.map((x) => (
        <li key={x.id}>
          {formatInstant(x.startsAt)}–{formatInstant(x.endsAt).slice(11)} {x.post} {x.name}
        </li>
      ))}
      {r.data?.shifts.length === 0 && <li className="muted">{t('staff.noShifts')}</li>}
    </ul>
  );
}

export function StaffPage() {
  const { t } = useTranslation();
  const list = useApiQuery('staff.list', {});
  const overview = useApiQuery('overview.get', {});
  const buildings = useApiQuery('buildings.list', {});
  const [editing, setEditing] = useState<StaffRow | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const names = new Map(buildings.data?.map((b) => [b.id, b.name]) ?? []);
  const today = overview.data?.today ?? addDays('2026-01-01', 0);
  return (
    <div className="staff-page">
      <StaffForm
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
                      <div className="small muted">{s.buildingIds.map((b) => names.get(b)).join('、')}</div>
                    )}
                    {open === s.id && <Schedule s={s} today={today} />}
                  </td>
                  <td>{t(`roles.${s.role}`)}</td>
                  <td>{s.organisation}</td>
                  <td>{s.phone}</td>
                  <td>{s.maxWeeklyHours}</td>
                  <td className="small">
                    {s.unavailable.map((u) => (
                      <div key={u.id}>
                        {formatInstant(u.fromAt)} – {formatInstant(u.toAt)} {u.reason}
                      </div>
                    ))}
                    {open === s.id && <Unavailable s={s} />}
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
