import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { MEDICAL_OUTCOMES } from '../../../../db/schema/enums';
import { medicalContract } from '../../../../electron/api/health/medical-contract';
import { useApiMutation } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';
import type { MedicalRow } from '../health/types';

const Input = medicalContract['medical.close'].input;
type Form = z.input<typeof Input>;
const FIELDS = ['outcome', 'note'] as const;

/** Close a request with its outcome. */
export function CloseRequestDialog({ row, onDone }: { row: MedicalRow; onDone: () => void }) {
  const { t } = useTranslation();
  const notify = useToast();
  const close = useApiMutation('medical.close', { toastErrors: false });
  const { register, handleSubmit, setError, formState } = useForm<Form>({
    resolver: worded(zodResolver(Input)),
    defaultValues: { id: row.id, note: '' },
  });
  const submit = handleSubmit(async (v) => {
    try {
      await close.mutateAsync(v);
      notify(t('medical.closedOk', { name: row.name }), 'success');
      onDone();
    } catch (e) {
      if (!landServerErrors(e, setError, FIELDS)) setError('root.server', { message: (e as Error).message });
    }
  });
  const e = formState.errors;
  const title = t('medical.closeTitle', { name: row.name });
  return (
    <FormDialog
      title={title}
      onClose={onDone}
      onSubmit={submit}
      submitLabel={t('medical.close')}
      submitting={formState.isSubmitting}
    >
      <p className="muted">
        {t(`medicalKind.${row.kind}`)} · {row.place}
        {row.action && ` · ${t(`triageAction.${row.action}`)}`}
      </p>
      <label className="field">
        <span>{t('medical.outcome')}</span>
        <select {...register('outcome', { setValueAs: (v) => (v === '' ? undefined : v) })} autoFocus>
          <option value="">—</option>
          {MEDICAL_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`medicalOutcome.${o}`)}
            </option>
          ))}
        </select>
        {e.outcome && <em className="field-error">{e.outcome.message}</em>}
      </label>
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
