import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { STOCK_REASONS } from '../../../../db/schema/enums';
import { stockContract } from '../../../../electron/api/stock/contract';
import { useApiMutation } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';
import type { Acting } from './BalancesScreen';
import { num, placeOf } from './places';

const Input = stockContract['stock.adjust'].input;
type Form = z.input<typeof Input>;
const FIELDS = ['qty', 'reasonCode', 'shortReason', 'note', 'lotId', 'kind'] as const;

/** An adjustment (damaged, lost, expired, found) or a write-off at a place, signed, with its reason. */
export function AdjustDialog({ a, onDone }: { a: Acting; onDone: () => void }) {
  const { t } = useTranslation();
  const notify = useToast();
  const adjust = useApiMutation('stock.adjust', { toastErrors: false });
  const { register, handleSubmit, setError, formState } = useForm<Form>({
    resolver: worded(zodResolver(Input)),
    defaultValues: {
      place: placeOf(a.place) ?? { kind: 'store' },
      kind: 'adjust',
      itemId: a.item.id,
      lotId: a.lotId ?? null,
      note: '',
      shortReason: '',
    },
  });
  const e = formState.errors;
  const submit = handleSubmit(async (v) => {
    try {
      await adjust.mutateAsync(v);
      notify(
        t('stock.done', { what: `${t(`stockTx.${v.kind ?? 'adjust'}`)} ${a.item.name} ${v.qty}` }),
        'success',
      );
      onDone();
    } catch (err) {
      if (!landServerErrors(err, setError, FIELDS))
        setError('root.server', { message: (err as Error).message });
    }
  });
  const title = t('stock.adjustTitle', { item: a.item.name });
  return (
    <FormDialog
      title={title}
      onClose={onDone}
      onSubmit={submit}
      submitLabel={t('stock.save')}
      submitting={formState.isSubmitting}
    >
      <div className="grid-2">
        <label className="field">
          <span>{t('stock.adjustKind')}</span>
          <select {...register('kind')}>
            <option value="adjust">{t('stockTx.adjust')}</option>
            <option value="write_off">{t('stockTx.write_off')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('stock.reason')}</span>
          <select
            {...register('reasonCode', { setValueAs: (v) => (v === '' ? undefined : v) })}
            aria-invalid={!!e.reasonCode}
          >
            <option value="">—</option>
            {STOCK_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`stockReason.${r}`)}
              </option>
            ))}
          </select>
          {e.reasonCode && <em className="field-error">{e.reasonCode.message}</em>}
        </label>
        <label className="field">
          <span>
            {t('stock.adjustQty')}
            {t('punct.open')}
            {a.item.unit}
            {t('punct.close')}
          </span>
          <input type="number" {...register('qty', { setValueAs: num })} autoFocus />
          {e.qty && <em className="field-error">{e.qty.message}</em>}
        </label>
        <label className="field">
          <span>{t('stock.note')}</span>
          <input {...register('note')} />
        </label>
      </div>
      <label className="field">
        <span>{t('stock.shortReason')}</span>
        <input {...register('shortReason')} />
      </label>
      {e.root?.server && (
        <p className="error-box" role="alert">
          {e.root.server.message}
        </p>
      )}
    </FormDialog>
  );
}
