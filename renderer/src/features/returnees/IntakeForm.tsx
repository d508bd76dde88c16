import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { In, Out } from '../../../../electron/api/contract';
import type { SearchRow } from '../../../../electron/api/residents/contract';
import { returneesContract } from '../../../../electron/api/returnees/contract';
import { useApiMutation } from '../../api/hooks';
import { landServerErrors, worded } from '../../components/form';
import { Lookup } from './Lookup';

/** The method's own input schema: what the form checks is what the server checks. */
const Schema = returneesContract['returnees.register'].input;
type Form = z.input<typeof Schema>;
type Person = Form['members'][number];
const blank = (): Person => ({
  name: '',
  idNumber: '',
  phone: '',
  quarantineFrom: null,
  quarantineTo: null,
  certificateNo: '',
  testAt: null,
  testResult: null,
  healthCode: null,
  temperature: null,
  symptoms: '',
  wantsVentilation: false,
});
const orNull = (v: unknown) => (v === '' || v === undefined ? null : v);
/** A datetime-local value is read as post time (UTC+8). */
const postInstant = (v: unknown) => (typeof v === 'string' && v ? `${v}:00+08:00` : null);
const numberOrNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));
/** The fields a server refusal may name, per person. */
const PERSON_FIELDS = [
  'name',
  'idNumber',
  'phone',
  'quarantineFrom',
  'quarantineTo',
  'testAt',
  'temperature',
];

export function IntakeForm({ onDone }: { onDone: (r: Out<'returnees.register'>) => void }) {
  const { t } = useTranslation();
  const save = useApiMutation('returnees.register', { toastErrors: false });
  const { register, control, handleSubmit, formState, setError, setValue, reset } = useForm<Form>({
    resolver: worded(zodResolver(Schema)),
    defaultValues: { fromPlace: '', note: '', members: [blank()] },
  });
  const members = useFieldArray({ control, name: 'members' });
  // The registry record each person was found as (shown, not sent): by the row's key.
  const [linked, setLinked] = useState<Record<string, SearchRow>>({});
  const errors = formState.errors;
  const submit = handleSubmit(async (v) => {
    try {
      const r = await save.mutateAsync(v as In<'returnees.register'>);
      reset({ fromPlace: '', note: '', members: [blank()] });
      setLinked({});
      onDone(r);
    } catch (e) {
      const fields = [
        'fromPlace',
        'note',
        ...members.fields.flatMap((_, i) => PERSON_FIELDS.map((f) => `members.${i}.${f}`)),
      ];
      if (!landServerErrors(e, setError, fields)) setError('root.server', { message: (e as Error).message });
    }
  });
  const err = (message: string | undefined) => message && <em className="field-error">{message}</em>;
  return (
    <form className="card intake" onSubmit={(e) => void submit(e)} noValidate>
      <h2>{t('intake.title')}</h2>
      <div className="grid-2">
        <label className="field">
          <span>{t('intake.fromPlace')}</span>
          <input {...register('fromPlace')} aria-invalid={!!errors.fromPlace} />
          {err(errors.fromPlace?.message)}
        </label>
        <label className="field">
          <span>{t('intake.note')}</span>
          <input {...register('note')} />
          {err(errors.note?.message)}
        </label>
      </div>
      {members.fields.map((row, i) => {
        const e = errors.members?.[i];
        const found = linked[row.id];
        return (
          <fieldset key={row.id} className="person" aria-label={t('intake.member', { n: i + 1 })}>
            <legend>
              {t('intake.member', { n: i + 1 })}
              {members.fields.length > 1 && (
                <button type="button" className="link" onClick={() => members.remove(i)}>
                  {t('intake.remove')}
                </button>
              )}
            </legend>
            {found ? (
              <p className="linked">
                {t('intake.linked', {
                  name: found.name,
                  address: [found.building, found.unit, found.room].filter(Boolean).join(' '),
                })}{' '}
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    setValue(`members.${i}.residentId`, undefined);
                    setLinked(({ [row.id]: _gone, ...rest }) => rest);
                  }}
                >
                  {t('intake.unlink')}
                </button>
              </p>
            ) : (
              <div className="grid-3">
                <Lookup
                  onPick={(r) => {
                    setValue(`members.${i}.residentId`, r.id);
                    setValue(`members.${i}.name`, r.name);
                    setValue(`members.${i}.phone`, r.phone);
                    setLinked((l) => ({ ...l, [row.id]: r }));
                  }}
                />
                <label className="field">
                  <span>{t('intake.name')}</span>
                  <input {...register(`members.${i}.name`)} aria-invalid={!!e?.name} />
                  {err(e?.name?.message)}
                </label>
                <label className="field">
                  <span>{t('intake.idNumber')}</span>
                  <input {...register(`members.${i}.idNumber`)} aria-invalid={!!e?.idNumber} />
                  {err(e?.idNumber?.message)}
                </label>
              </div>
            )}
            <div className="grid-4">
              <label className="field">
                <span>{t('intake.quarantineFrom')}</span>
                <input type="date" {...register(`members.${i}.quarantineFrom`, { setValueAs: orNull })} />
                {err(e?.quarantineFrom?.message)}
              </label>
              <label className="field">
                <span>{t('intake.quarantineTo')}</span>
                <input type="date" {...register(`members.${i}.quarantineTo`, { setValueAs: orNull })} />
                {err(e?.quarantineTo?.message)}
              </label>
              <label className="field">
                <span>{t('intake.certificate')}</span>
                <input {...register(`members.${i}.certificateNo`)} />
                {err(e?.certificateNo?.message)}
              </label>
              <label className="field">
                <span>{t('intake.testAt')}</span>
                <input
                  type="datetime-local"
                  {...register(`members.${i}.testAt`, { setValueAs: postInstant })}
                />
                {err(e?.testAt?.message)}
              </label>
              <label className="field">
                <span>{t('intake.testResult')}</span>
                <select {...register(`members.${i}.testResult`, { setValueAs: orNull })}>
                  <option value="">{t('intake.unknown')}</option>
                  {(['negative', 'positive', 'pending'] as const).map((v) => (
                    <option key={v} value={v}>
                      {t(`testResult.${v}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span>{t('intake.healthCode')}</span>
                <select {...register(`members.${i}.healthCode`, { setValueAs: orNull })}>
                  <option value="">{t('intake.unknown')}</option>
                  {(['green', 'yellow', 'red'] as const).map((v) => (
                    <option key={v} value={v}>
                      {t(`healthCode.${v}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span>{t('intake.temperature')}</span>
                <input
                  type="number"
                  step={0.1}
                  {...register(`members.${i}.temperature`, { setValueAs: numberOrNull })}
                  aria-invalid={!!e?.temperature}
                />
                {err(e?.temperature?.message)}
              </label>
              <label className="field">
                <span>{t('intake.symptoms')}</span>
                <input {...register(`members.${i}.symptoms`)} />
                {err(e?.symptoms?.message)}
              </label>
            </div>
            <label className="check">
              <input type="checkbox" {...register(`members.${i}.wantsVentilation`)} />{' '}
              {t('intake.ventilation')}
            </label>
          </fieldset>
        );
      })}
      {(errors.root?.server || errors.members?.root || errors.members?.message) && (
        <p className="error-box" role="alert">
          {errors.root?.server?.message ?? errors.members?.root?.message ?? errors.members?.message}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => members.append(blank())}>
          {t('intake.addMember')}
        </button>
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('intake.check')}
        </button>
      </div>
    </form>
  );
}
