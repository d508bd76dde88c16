import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { stockContract } from '../../../../electron/api/stock/contract';
import { useApiMutation } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { landServerErrors, worded } from '../../components/form';

const Input = stockContract['stock.reverse'].input;
type Form = z.input<typeof Input>;
export type Reversing = { txId: string; kind: string; at: string };

/** Undo a movement: a new one with the opposite lines, naming what it reverses, with a reason. */
export function ReverseMoveDialog({ r, onDone }: { r: Reversing; onDone: () => void }) {
  const { t } = useTranslation();
  const reverse = useApiMutation('stock.reverse', { toastErrors: false });
  const { register, handleSubmit, setError, formState } = useForm<Form>({
    resolver: worded(zodResolver(Input)),
    defaultValues: { txId: r.txId, reason: '' },
  });
  const title = t('stock.reverseTitle', { kind: t(`stockTx.${r.kind}`), at: r.at });
  const submit = handleSubmit(async (v) => {
    try {
      await reverse.mutateAsync(v);
      onDone();
    } catch (e) {
      if (!landServerErrors(e, setError, ['reason']))
        setError('root.server', { message: (e as Error).message });
    }
  });
  const e = formState.errors;
  return (
    <FormDialog
      title={title}
      onClose={onDone}
      onSubmit={submit}
      submitLabel={t('stock.reverse')}
      submitting={formState.isSubmitting}
    >
      <p className="muted">{t('stock.reverseHint')}</p>
      <label className="field">
        <span>{t('stock.reverseReason')}</span>
        <input {...register('reason')} aria-invalid={!!e.reason} autoFocus />
        {e.reason && <em className="field-error">{e.reason.message}</em>}
      </label>
      {e.root?.server && (
        <p className="error-box" role="alert">
          {e.root.server.message}
        </p>
      )}
    </FormDialog>
  );
}
