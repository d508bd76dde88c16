import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { stockContract } from '../../../../electron/api/stock/contract';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';
import type { Acting } from './BalancesScreen';
import { num, placeKey, placeLabel, placeOf } from './places';

const Input = stockContract['stock.transfer'].input;
type Form = z.input<typeof Input>;
const FIELDS = ['from', 'to', 'qty', 'shortReason', 'note', 'lotId'] as const;

/** Move an item from one place to another (the store to a gate, a runner's bag …). */
export function TransferDialog({ a, onDone }: { a: Acting; onDone: () => void }) {
  const { t } = useTranslation();
  const notify = useToast();
  const transfer = useApiMutation('stock.transfer', { toastErrors: false });
  const places = useApiQuery('stock.places', {});
  const from = placeOf(a.place) ?? { kind: 'store' as const };
  const { register, handleSubmit, setError, setValue, watch, formState } = useForm<Form>({
    resolver: worded(zodResolver(Input)),
    defaultValues: {
      from,
      itemId: a.item.id,
      ...(a.lotId ? { lotId: a.lotId } : {}),
      note: '',
      shortReason: '',
    },
  });
  const e = formState.errors;
  const pick = (name: 'from' | 'to', blank: boolean) => {
    const value = watch(name);
    return (
      <label className="field">
        <span>{t(name === 'from' ? 'stock.fromPlace' : 'stock.toPlace')}</span>
        <select
          value={value ? placeKey(value) : ''}
          onChange={(ev) => {
            const p = placeOf(ev.target.value);
            if (p) setValue(name, p, { shouldValidate: formState.isSubmitted });
          }}
          aria-invalid={!!e[name]}
        >
          {blank && <option value="">—</option>}
          {places.data?.map((p) => (
            <option key={placeKey(p)} value={placeKey(p)}>
              {placeLabel(p)}
            </option>
          ))}
        </select>
        {e[name] && <em className="field-error">{e[name]?.message ?? t('stock.toPlace')}</em>}
      </label>
    );
  };
  const submit = handleSubmit(async (v) => {
    try {
      await transfer.mutateAsync(v);
      notify(t('stock.done', { what: `${t('stock.transfer')} ${a.item.name}` }), 'success');
      onDone();
    } catch (err) {
      if (!landServerErrors(err, setError, FIELDS))
        setError('root.server', { message: (err as Error).message });
    }
  });
  const title = t('stock.transferTitle', { item: a.item.name });
  return (
    <FormDialog
      title={title}
      onClose={onDone}
      onSubmit={submit}
      submitLabel={t('stock.transfer')}
      submitting={formState.isSubmitting}
    >
      <div className="grid-2">
        {pick('from', false)}
        {pick('to', true)}
        <label className="field">
          <span>
            {t('stock.qty')}
            {t('punct.open')}
            {a.item.unit}
            {t('punct.close')}
          </span>
          <input type="number" min={1} {...register('qty', { setValueAs: num })} autoFocus />
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
      <p className="muted small">{t('stock.shortHint')}</p>
      {e.root?.server && (
        <p className="error-box" role="alert">
          {e.root.server.message}
        </p>
      )}
    </FormDialog>
  );
}
