import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { EPISODE_REASONS } from '../../../../db/schema/enums';
import { healthContract } from '../../../../electron/api/health/contract';
import { useApiMutation } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';
import { type Picked, SubjectPicker } from './SubjectPicker';

const Input = healthContract['health.openEpisode'].input;
type Form = z.input<typeof Input>;
const FIELDS = ['subject', 'reason', 'fromDay', 'days', 'checksPerDay', 'note'] as const;
const num = (v: unknown) => (v === '' || v === null || v === undefined ? undefined : Number(v));

/** Start following one person, or everyone in the compound not yet followed. */
export function OpenEpisodeDialog({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const notify = useToast();
  const open = useApiMutation('health.openEpisode', { toastErrors: false });
  const [picked, setPicked] = useState<Picked | null>(null);
  const { register, handleSubmit, setValue, setError, watch, formState } = useForm<Form>({
    resolver: worded(zodResolver(Input)),
    defaultValues: {
      everyoneInCompound: false,
      reason: 'home_returnee',
      days: 14,
      checksPerDay: 2,
      note: '',
    },
  });
  const everyone = watch('everyoneInCompound');
  const submit = handleSubmit(async (v) => {
    if (!v.everyoneInCompound && !v.subject) {
      setError('subject', { message: t('health.episodes.pickSubject') });
      return;
    }
    try {
      const out = await open.mutateAsync(v.everyoneInCompound ? { ...v, subject: undefined } : v);
      notify(t('health.episodes.opened', { count: out.opened }), 'success');
      onDone();
    } catch (e) {
      if (!landServerErrors(e, setError, FIELDS)) setError('root.server', { message: (e as Error).message });
    }
  });
  const e = formState.errors;
  const title = t('health.episodes.openTitle');
  return (
    <FormDialog
      title={title}
      onClose={onDone}
      onSubmit={submit}
      submitLabel={t('health.episodes.open')}
      submitting={formState.isSubmitting}
    >
      <fieldset className="field choice">
        <legend>{t('health.episodes.who')}</legend>
        <label>
          <input type="radio" checked={!everyone} onChange={() => setValue('everyoneInCompound', false)} />{' '}
          {t('health.episodes.onePerson')}
        </label>
        <label>
          <input
            type="radio"
            checked={!!everyone}
            onChange={() => {
              setValue('everyoneInCompound', true);
              setValue('reason', 'compound');
            }}
          />{' '}
          {t('health.episodes.everyone')}
        </label>
      </fieldset>
      {!everyone && (
        <SubjectPicker
          picked={picked}
          invalid={!!e.subject}
          onPick={(p) => {
            setPicked(p);
            setValue('subject', p.subject, { shouldValidate: formState.isSubmitted });
          }}
        />
      )}
      <div className="grid-2">
        <label className="field">
          <span>{t('health.episodes.reason')}</span>
          <select {...register('reason')}>
            {EPISODE_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`episodeReason.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('health.episodes.fromDay')}</span>
          <input type="date" {...register('fromDay', { setValueAs: (v) => (v === '' ? undefined : v) })} />
          {e.fromDay && <em className="field-error">{e.fromDay.message}</em>}
        </label>
        <label className="field">
          <span>{t('health.episodes.days')}</span>
          <input type="number" min={1} max={60} {...register('days', { setValueAs: num })} />
          {e.days && <em className="field-error">{e.days.message}</em>}
        </label>
        <label className="field">
          <span>{t('health.episodes.perDay')}</span>
          <input type="number" min={1} max={4} {...register('checksPerDay', { setValueAs: num })} />
          {e.checksPerDay && <em className="field-error">{e.checksPerDay.message}</em>}
        </label>
      </div>
      <label className="field">
        <span>{t('health.note')}</span>
        <input {...register('note')} />
      </label>
      {e.root?.server && (
        <p className="error-box" role="alert">
          {e.root.server.message}
        </p>
      )}
    </FormDialog>
  );
}
