import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { TEAM_ROLES } from '../../../../db/schema/enums';
import { type MemberRow, SaveMember } from '../../../../electron/api/team/contract';
import { type ApiCallError, useApiMutation, useApiQuery } from '../../api/hooks';
import { ConflictPanel, staleSave } from '../../components/ConflictPanel';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';
import { TypeChips } from '../../components/TypeChips';
import { useReveal } from '../../components/useReveal';

type Form = z.input<typeof SaveMember>;
const blank: Form = {
  name: '',
  phone: '',
  role: 'volunteer',
  organisation: '',
  maxWeeklyHours: 48,
  canOperate: false,
  buildingIds: [],
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
  const [conflict, setConflict] = useState<ApiCallError | null>(null);
  const reveal = useReveal<HTMLFormElement>(!!editing);
  const { register, handleSubmit, formState, setError, setValue, watch, reset } = useForm<Form>({
    resolver: worded(zodResolver(SaveMember)),
    defaultValues: editing
      ? {
          id: editing.id,
          version: editing.version,
          name: editing.name,
          phone: editing.phone,
          role: editing.role,
          organisation: editing.organisation,
          maxWeeklyHours: editing.maxWeeklyHours,
          canOperate: editing.canOperate,
          buildingIds: editing.buildingIds,
        }
      : blank,
  });
  const role = watch('role');
  const buildingIds = watch('buildingIds') ?? [];
  const e = formState.errors;
  const err = (m: string | undefined) => m && <em className="field-error">{m}</em>;
  const submit = handleSubmit(async (v) => {
    try {
      const r = await save.mutateAsync(v);
      notify(t('staff.saved', { name: r.name }), 'success');
      reset(blank);
      onDone();
    } catch (x) {
      const stale = staleSave(x);
      if (stale) setConflict(stale);
      else if (!landServerErrors(x, setError, ['name', 'phone', 'role', 'organisation', 'maxWeeklyHours']))
        setError('root.server', { message: (x as Error).message });
    }
  });
  return (
    <form
      ref={reveal}
      className="card row staff-form team-form"
      onSubmit={(ev) => void submit(ev)}
      noValidate
    >
      <label className="field">
        <span>{t('staff.name')}</span>
        <input {...register('name')} aria-invalid={!!e.name} />
        {err(e.name?.message)}
      </label>
      <label className="field">
        <span>{t('staff.phone')}</span>
        <input {...register('phone')} aria-invalid={!!e.phone} />
        {err(e.phone?.message)}
      </label>
      <label className="field">
        <span>{t('staff.role')}</span>
        <select {...register('role')}>
          {TEAM_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('staff.organisation')}</span>
        <input {...register('organisation')} />
        {err(e.organisation?.message)}
      </label>
      <label className="field narrow">
        <span>{t('staff.maxHours')}</span>
        <input type="number" {...register('maxWeeklyHours', { valueAsNumber: true })} />
        {err(e.maxWeeklyHours?.message)}
      </label>
      <label className="check">
        <input type="checkbox" {...register('canOperate')} />
        {t('team.operates')}
      </label>
      {role === 'runner' && (
        <div className="field">
          <span>{t('staff.buildings')}</span>
          {/* Typed, each a chip: a district has hundreds of buildings. */}
          <TypeChips
            label={t('staff.buildings')}
            items={buildings.data ?? []}
            value={buildingIds}
            onChange={(ids) => setValue('buildingIds', ids)}
          />
        </div>
      )}
      <button type="submit" className="primary">
        {editing ? t('staff.update') : t('staff.add')}
      </button>
      {e.root?.server && (
        <p className="error-box" role="alert">
          {e.root.server.message}
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
