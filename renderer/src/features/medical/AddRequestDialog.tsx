import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { MEDICAL_KINDS, MEDICAL_SOURCES, MEDICAL_URGENCIES } from '../../../../db/schema/enums';
import { medicalContract } from '../../../../electron/api/health/medical-contract';
import { useApiMutation } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';
import { type Picked, SubjectPicker } from '../health/SubjectPicker';

const Input = medicalContract['medical.add'].input;
type Form = z.input<typeof Input>;
const FIELDS = ['subject', 'kind', 'urgency', 'source', 'note'] as const;

/** A medical request from a resident or a hotel guest: who, what kind, how urgent, a note. */
export function AddRequestDialog({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const notify = useToast();
  const add = useApiMutation('medical.add', { toastErrors: false });
  const [picked, setPicked] = useState<Picked | null>(null);
  const { register, handleSubmit, setValue, setError, formState } = useForm<Form>({
    resolver: worded(zodResolver(Input)),
    defaultValues: { urgency: 'today', source: 'resident', note: '' },
  });
  const submit = handleSubmit(async (v) => {
    try {
      await add.mutateAsync(v);
      notify(t('medical.added', { name: picked?.name ?? '' }), 'success');
      onDone();
    } catch (e) {
      if (!landServerErrors(e, setError, FIELDS)) setError('root.server', { message: (e as Error).message });
    }
  });
  const e = formState.errors;
  const title = t('medical.addTitle');
  return (
    <FormDialog
      title={title}
      onClose={onDone}
      onSubmit={submit}
      submitLabel={t('medical.add')}
      submitting={formState.isSubmitting}
    >
      <SubjectPicker
        picked={picked}
        invalid={!!e.subject}
        onPick={(p) => {
          setPicked(p);
          setValue('subject', p.subject, { shouldValidate: formState.isSubmitted });
          setValue('source', p.subject.kind === 'returnee' ? 'guest' : 'resident');
        }}
      />
      <div className="grid-3">
        <label className="field">
          <span>{t('medical.kind')}</span>
          <select {...register('kind', { setValueAs: (v) => (v === '' ? undefined : v) })}>
            <option value="">—</option>
            {MEDICAL_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`medicalKind.${k}`)}
              </option>
            ))}
          </select>
          {e.kind && <em className="field-error">{e.kind.message}</em>}
        </label>
        <label className="field">
          <span>{t('medical.urgency')}</span>
          <select {...register('urgency')}>
            {MEDICAL_URGENCIES.map((u) => (
              <option key={u} value={u}>
                {t(`medicalUrgency.${u}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('medical.source')}</span>
          <select {...register('source')}>
            {MEDICAL_SOURCES.map((s) => (
              <option key={s} value={s}>
                {t(`medicalSource.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span>{t('health.note')}</span>
        <input {...register('note')} />
        {e.note && <em className="field-error">{e.note.message}</em>}
      </label>
      {e.root?.server && (
        <p className="error-box" role="alert">
          {e.root.server.message}
        </p>
      )}
    </FormDialog>
  );
}
