import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { errandsContract } from '../../../../electron/api/errands/contract';
import { useApiMutation } from '../../api/hooks';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';
import { yuanToFen } from '../cash/money';
import { errandNo } from './groups';
import type { ErrandRow } from './types';

const Step = errandsContract['errands.step'].input.shape;
/** What the runner types when it is bought: the amount (typed in yuan, sent in fen), the shop, the receipt. */
const Bought = z.object({ amountFen: Step.amountFen.unwrap(), shop: Step.shop, receiptNo: Step.receiptNo });
type Form = z.input<typeof Bought>;
const FIELDS = ['amountFen', 'shop', 'receiptNo'] as const;

export function BoughtForm({ row, onDone }: { row: ErrandRow; onDone: () => void }) {
  const { t } = useTranslation();
  const notify = useToast();
  const step = useApiMutation('errands.step', { toastErrors: false });
  const client = useQueryClient();
  const no = errandNo(row.no);
  const { register, handleSubmit, setError, formState } = useForm<Form, unknown, z.output<typeof Bought>>({
    resolver: worded(zodResolver(Bought)),
    defaultValues: { shop: '', receiptNo: '' },
  });
  const submit = handleSubmit(async (v) => {
    try {
      await step.mutateAsync({
        id: row.id,
        from: row.state,
        step: 'bought',
        deliveredTo: '',
        note: '',
        ...v,
      });
      notify(t('runner.done', { no, step: t('runner.step.bought') }), 'success');
      onDone();
    } catch (e) {
      if (!landServerErrors(e, setError, FIELDS)) setError('root.server', { message: (e as Error).message });
      void client.invalidateQueries({ queryKey: ['errands'] });
    }
  });
  const e = formState.errors;
  return (
    <form
      className="run-bought"
      aria-label={t('runner.bought.title', { no })}
      onSubmit={(ev) => void submit(ev)}
      noValidate
    >
      <label className="field">
        <span>{t('runner.bought.amount')}</span>
        <input
          {...register('amountFen', { setValueAs: yuanToFen })}
          inputMode="decimal"
          autoComplete="off"
          autoFocus
          aria-invalid={!!e.amountFen}
        />
        {e.amountFen && <em className="field-error">{e.amountFen.message}</em>}
      </label>
      <label className="field">
        <span>{t('runner.bought.shop')}</span>
        <input {...register('shop')} aria-invalid={!!e.shop} />
        {e.shop && <em className="field-error">{e.shop.message}</em>}
      </label>
      <label className="field">
        <span>{t('runner.bought.receipt')}</span>
        <input {...register('receiptNo')} aria-invalid={!!e.receiptNo} />
        {e.receiptNo && <em className="field-error">{e.receiptNo.message}</em>}
      </label>
      {e.root?.server && (
        <p className="error-box" role="alert">
          {e.root.server.message}
        </p>
      )}
      <div className="run-steps">
        <button type="submit" className="big primary" disabled={formState.isSubmitting}>
          {t('runner.bought.save')}
        </button>
        <button type="button" className="big" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
