import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { errandsContract } from '../../../../electron/api/errands/contract';
import { useApiMutation } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';
import { errandNo } from './words';

const Filled = errandsContract['errands.undoDelivery'].input.pick({ reason: true });
type Form = z.input<typeof Filled>;

/**
 * A delivery undone (a wrong tap, the wrong door), within the runner's shift: a new step with the
 * reason puts the errand back where it was; the delivery stays in the history. Refused (shift over,
 * moved on) beside the form, with the server's words.
 */
export function UndoDeliveryDialog({
  errand,
  onDone,
}: {
  errand: { id: string; no: number };
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const notify = useToast();
  const send = useApiMutation('errands.undoDelivery', { toastErrors: false });
  const { register, handleSubmit, setError, formState } = useForm<Form>({
    resolver: worded(zodResolver(Filled)),
    defaultValues: { reason: '' },
  });
  const no = errandNo(errand.no);
  const title = t('errands.undoTitle', { no });
  const submit = handleSubmit(async (v) => {
    try {
      await send.mutateAsync({ id: errand.id, from: 'delivered', reason: v.reason });
      notify(t('errands.undoDone', { no }), 'success');
      onDone();
    } catch (err) {
      if (!landServerErrors(err, setError, ['reason']))
        setError('root.server', { message: (err as Error).message });
    }
  });
  const er = formState.errors;
  return (
    <FormDialog
      title={title}
      onClose={onDone}
      onSubmit={submit}
      submitLabel={t('errands.undo')}
      submitting={formState.isSubmitting}
    >
      <p className="muted">{t('errands.undoHint')}</p>
      <label className="field">
        <span>{t('errands.reason')}</span>
        <input {...register('reason')} aria-invalid={!!er.reason} />
        {er.reason && <em className="field-error">{er.reason.message}</em>}
      </label>
      {er.root?.server && (
        <p className="error-box" role="alert">
          {er.root.server.message}
        </p>
      )}
    </FormDialog>
  );
}
