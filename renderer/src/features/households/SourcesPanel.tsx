import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { MANUAL_SOURCE_METHODS } from '../../../../db/schema/enums';
import { type HouseholdFile, NewSource } from '../../../../electron/api/households/contract';
import { useApiMutation } from '../../api/hooks';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';
import { wordWho } from '../../i18n/words';

type Form = z.input<typeof NewSource>;

export function SourcesPanel({ file, today }: { file: HouseholdFile; today: string }) {
  const { t } = useTranslation();
  const notify = useToast();
  const add = useApiMutation('households.addSource', { toastErrors: false });
  const { register, handleSubmit, formState, setError, setValue, getValues, reset } = useForm<Form>({
    resolver: worded(zodResolver(NewSource)),
    defaultValues: {
      householdId: file.household.id,
      method: 'door_visit',
      day: today,
      note: '',
      verify: false,
    },
  });
  // Today until the operator picks another day (today may arrive after the first render).
  useEffect(() => {
    if (today && !getValues('day')) setValue('day', today);
  }, [today, getValues, setValue]);
  const submit = handleSubmit(async (v) => {
    try {
      await add.mutateAsync(v);
      reset({ ...v, note: '', verify: false });
    } catch (e) {
      // A day after today is the server's to say, beside the day; the form keeps what was typed.
      if (!landServerErrors(e, setError, ['method', 'day', 'note'])) notify((e as Error).message, 'error');
    }
  });
  const e = formState.errors;
  return (
    <section className="card">
      <h3>{t('household.sources')}</h3>
      {file.sources.length === 0 ? (
        <p className="muted">{t('household.noSources')}</p>
      ) : (
        <ul className="plain">
          {file.sources.map((s) => (
            <li key={s.id}>
              <strong>{t(`source.${s.method}`)}</strong> {s.day} · {wordWho(s.operatorName)}
              {s.note && ` — ${s.note}`}
            </li>
          ))}
        </ul>
      )}
      <form className="row no-print source-form" onSubmit={(ev) => void submit(ev)} noValidate>
        <label className="field">
          <span>{t('household.method')}</span>
          <select {...register('method')}>
            {MANUAL_SOURCE_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`source.${m}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('household.day')}</span>
          <input type="date" max={today} {...register('day')} aria-invalid={!!e.day} />
          {e.day && <em className="field-error">{e.day.message}</em>}
        </label>
        <label className="field grow">
          <span>{t('household.note')}</span>
          <input {...register('note')} />
          {e.note && <em className="field-error">{e.note.message}</em>}
        </label>
        <label className="check">
          <input type="checkbox" {...register('verify')} /> {t('household.verify')}
        </label>
        <button type="submit" disabled={add.isPending}>
          {t('household.addSource')}
        </button>
      </form>
    </section>
  );
}
