import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type Compound, CompoundProfile } from '../../../../electron/api/compound/contract';
import { type ApiCallError, useApiMutation, useApiQuery } from '../../api/hooks';
import { ConflictPanel, staleSave } from '../../components/ConflictPanel';
import { landServerErrors, worded } from '../../components/form';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { BackupWarning } from '../backups/BackupWarning';

type Form = z.input<typeof CompoundProfile>;
const orNull = (v: unknown) => (v === '' || v === undefined ? null : v);
const PROFILE_FIELDS = [
  'name',
  'city',
  'district',
  'town',
  'address',
  'closureStart',
  'plannedDays',
  'status',
  'liftedOn',
  'feverThreshold',
  'quarantineDays',
  'testValidHours',
  'minRestHours',
  'maxConsecutiveDays',
  'attendanceGraceMinutes',
  'errandAgingMinutes',
  'errandStaleMinutes',
] as const;

function ProfileForm({ compound, reload }: { compound: Compound; reload: () => void }) {
  const { t } = useTranslation();
  const notify = useToast();
  const save = useApiMutation('compound.update', { toastErrors: false });
  // A save from a stale form (someone saved the profile meanwhile): reloading remounts the form.
  const [conflict, setConflict] = useState<ApiCallError | null>(null);
  const { updatedAt: _u, ...initial } = compound;
  const { register, handleSubmit, formState, watch, reset, setError } = useForm<Form>({
    resolver: worded(zodResolver(CompoundProfile)),
    defaultValues: initial,
  });
  const status = watch('status');
  const err = (name: keyof Form) => {
    const e = formState.errors[name];
    return e ? <em className="field-error">{e.message}</em> : null;
  };
  const submit = handleSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync(values);
      const { updatedAt: _s, ...next } = saved;
      reset(next);
      notify(t('settings.saved'), 'success');
    } catch (e) {
      const stale = staleSave(e);
      if (stale) setConflict(stale);
      // A refusal the form could not foresee (a lifting date after today) lands on its field.
      else if (!landServerErrors(e, setError, PROFILE_FIELDS)) notify((e as Error).message, 'error');
    }
  });
  const show = (f: string, v: unknown) =>
    f === 'status' && typeof v === 'string' ? t(`settings.${v}`) : null;

  return (
    <form className="card form" onSubmit={(e) => void submit(e)} noValidate>
      <h2>{t('settings.profile')}</h2>
      <div className="grid-2">
        <label className="field">
          <span>{t('settings.name')}</span>
          <input {...register('name')} aria-invalid={!!formState.errors.name} />
          {err('name')}
        </label>
        <label className="field">
          <span>{t('settings.address')}</span>
          <input {...register('address')} />
          {err('address')}
        </label>
        <label className="field">
          <span>{t('settings.city')}</span>
          <input {...register('city')} />
        </label>
        <label className="field">
          <span>{t('settings.district')}</span>
          <input {...register('district')} />
        </label>
        <label className="field">
          <span>{t('settings.town')}</span>
          <input {...register('town')} />
        </label>
      </div>
      <h2>{t('settings.closure')}</h2>
      <div className="grid-3">
        <label className="field">
          <span>{t('settings.closureStart')}</span>
          <input type="date" {...register('closureStart', { setValueAs: orNull })} />
          {err('closureStart')}
        </label>
        <label className="field">
          <span>{t('settings.plannedDays')}</span>
          <input type="number" min={1} max={365} {...register('plannedDays', { valueAsNumber: true })} />
          {err('plannedDays')}
        </label>
        <label className="field">
          <span>{t('settings.status')}</span>
          <select {...register('status')}>
            <option value="closed">{t('settings.closed')}</option>
            <option value="lifted">{t('settings.lifted')}</option>
          </select>
        </label>
        {status === 'lifted' && (
          <label className="field">
            <span>{t('settings.liftedOn')}</span>
            <input type="date" {...register('liftedOn', { setValueAs: orNull })} />
            {err('liftedOn')}
          </label>
        )}
        <label className="field">
          <span>{t('settings.feverThreshold')}</span>
          <input
            type="number"
            step={0.1}
            min={36}
            max={39}
            {...register('feverThreshold', { valueAsNumber: true })}
          />
          <small className="muted">{t('settings.feverHint')}</small>
          {err('feverThreshold')}
        </label>
        <label className="field">
          <span>{t('settings.quarantineDays')}</span>
          <input type="number" min={1} max={60} {...register('quarantineDays', { valueAsNumber: true })} />
          <small className="muted">{t('settings.quarantineHint')}</small>
          {err('quarantineDays')}
        </label>
        <label className="field">
          <span>{t('settings.testValidHours')}</span>
          <input type="number" min={1} max={240} {...register('testValidHours', { valueAsNumber: true })} />
          <small className="muted">{t('settings.testHint')}</small>
          {err('testValidHours')}
        </label>
        <label className="field">
          <span>{t('settings.minRestHours')}</span>
          <input type="number" min={0} max={24} {...register('minRestHours', { valueAsNumber: true })} />
          {err('minRestHours')}
        </label>
        <label className="field">
          <span>{t('settings.maxConsecutiveDays')}</span>
          <input
            type="number"
            min={1}
            max={28}
            {...register('maxConsecutiveDays', { valueAsNumber: true })}
          />
          {err('maxConsecutiveDays')}
        </label>
        <label className="field">
          <span>{t('settings.attendanceGraceMinutes')}</span>
          <input
            type="number"
            min={0}
            max={120}
            {...register('attendanceGraceMinutes', { valueAsNumber: true })}
          />
          {err('attendanceGraceMinutes')}
        </label>
      </div>
      <h2>{t('settings.errands')}</h2>
      <div className="grid-3">
        {(['errandAgingMinutes', 'errandStaleMinutes'] as const).map((f) => (
          <label key={f} className="field">
            <span>{t(`settings.${f}`)}</span>
            <input type="number" min={10} max={4320} {...register(f, { valueAsNumber: true })} />
            {err(f)}
          </label>
        ))}
      </div>
      <p className="muted small">{t('settings.errandAgeHint')}</p>
      {conflict && (
        <ConflictPanel error={conflict} label={(f) => t(`settings.${f}`)} show={show} onReload={reload} />
      )}
      <div className="actions">
        <button
          type="submit"
          className="primary"
          disabled={save.isPending || !formState.isDirty || conflict !== null}
        >
          {t('settings.save')}
        </button>
        {!formState.isDirty && <span className="muted">{t('settings.unchanged')}</span>}
      </div>
    </form>
  );
}

export function CompoundSettingsPage() {
  const query = useApiQuery('compound.get', {});
  return (
    <>
      <BackupWarning />
      <QueryState query={query}>
        {(c) => <ProfileForm key={c.version} compound={c} reload={() => void query.refetch()} />}
      </QueryState>
    </>
  );
}
