import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEAM_ROLES, type TeamRole } from '../../../../db/schema/enums';
import type { MemberRow } from '../../../../electron/api/team/contract';
import { type ApiCallError, useApiMutation, useApiQuery } from '../../api/hooks';
import { ConflictPanel, staleSave } from '../../components/ConflictPanel';
import { useToast } from '../../components/Toast';

const blank = {
  name: '',
  phone: '',
  role: 'volunteer' as TeamRole,
  organisation: '',
  maxWeeklyHours: 48,
  canOperate: false,
  buildingIds: [] as number[],
};

const STAFF_LABEL: Record<string, string> = {
  maxWeeklyHours: 'staff.maxHours',
  buildingIds: 'staff.buildings',
  active: 'staff.title',
  canOperate: 'team.operates',
};

export function TeamForm({
  editing,
  onDone,
  onReload,
}: {
  editing: MemberRow | null;
  onDone: () => void;
  /** Read the person again after a stale save (remounts this form with the fresh row). */
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const notify = useToast();
  const buildings = useApiQuery('buildings.list', {});
  const save = useApiMutation('team.save', { toastErrors: false });
  const [v, setV] = useState(editing ? { ...editing } : blank);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ApiCallError | null>(null);
  return (
    <form
      className="card row staff-form team-form"
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
            canOperate: v.canOperate,
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
      <label className="check">
        <input
          type="checkbox"
          checked={v.canOperate}
          onChange={(e) => setV({ ...v, canOperate: e.target.checked })}
        />
        {t('team.operates')}
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
