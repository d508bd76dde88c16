import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { cashContract } from '../../../../electron/api/errands/contract';
import { useApiMutation } from '../../api/hooks';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';
import { money, yuanToFen } from './money';

/** What a person fills at the end of a shift; the runner and the book's balance are the screen's. */
const Count = cashContract['cash.reconcile'].input.pick({ countedFen: true, reason: true });
type Form = z.input<typeof Count>;
const FIELDS = ['countedFen', 'reason'] as const;

/**
 * The end of a shift: the cash counted against the balance shown (`bookFen`, so a book that changed
 * meanwhile is refused, not reconciled blind). The difference shows as it is typed; one that is not
 * zero needs a reason, and is booked.
 */
export function ReconcileForm({ runnerId, bookFen }: { runnerId: number; bookFen: number }) {
  const { t } = useTranslation();
  const notify = useToast();
  const reconcile = useApiMutation('cash.reconcile', { toastErrors: false });
  const { register, handleSubmit, setError, reset, watch, formState } = useForm<
    Form,
    unknown,
    z.output<typeof Count>
  >({
    resolver: worded(zodResolver(Count)),
    defaultValues: { reason: '' },
  });
  const counted = watch('countedFen');
  const difference = typeof counted === 'number' && Number.isFinite(counted) ? counted - bookFen : null;
  const submit = handleSubmit(async (v) => {
    try {
      const out = await reconcile.mutateAsync({ runnerId, bookFen, ...v });
      notify(t('cash.reconcile.done', { money: money(out.differenceFen, true) }), 'success');
      reset({ countedFen: '' as unknown as number, reason: '' });
    } catch (e) {
      if (!landServerErrors(e, setError, FIELDS)) setError('root.server', { message: (e as Error).message });
    }
  });
  const e = formState.errors;
  return (
    <form
      className="card cash-reconcile"
      aria-label={t('cash.reconcile.title')}
      onSubmit={(ev) => void submit(ev)}
      noValidate
    >
      <h3>{t('cash.reconcile.title')}</h3>
      <p>{t('cash.reconcile.bookSays', { money: money(bookFen) })}</p>
      <label className="field">
        <span>{t('cash.reconcile.counted')}</span>
        <input
          {...register('countedFen', { setValueAs: yuanToFen })}
          inputMode="decimal"
          autoComplete="off"
          aria-invalid={!!e.countedFen}
        />
        {e.countedFen && <em className="field-error">{e.countedFen.message}</em>}
      </label>
      {difference !== null && (
        <p className={difference === 0 ? 'cash-diff' : 'cash-diff bad'} aria-live="polite">
          {t('cash.reconcile.difference', { money: money(difference, true) })}
        </p>
      )}
      <label className="field">
        <span>{t('cash.reconcile.reason')}</span>
        <input {...register('reason')} aria-invalid={!!e.reason} />
        {e.reason && <em className="field-error">{e.reason.message}</em>}
      </label>
      <p className="muted small">{t('cash.reconcile.reasonHint')}</p>
      {e.root?.server && (
        <p className="error-box" role="alert">
          {e.root.server.message}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('cash.reconcile.save')}
        </button>
      </div>
    </form>
  );
}
