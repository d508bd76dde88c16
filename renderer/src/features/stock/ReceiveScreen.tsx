import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { STOCK_SOURCES } from '../../../../db/schema/enums';
import { stockContract } from '../../../../electron/api/stock/contract';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';
import { NoteImport } from './NoteImport';
import { num, placeKey, placeLabel, placeOf } from './places';

const Input = stockContract['stock.receive'].input;
type Form = z.input<typeof Input>;
const blankLine = () => ({ itemId: '', qty: undefined as unknown as number, lotCode: '', expiresOn: null });
const orNull = (v: unknown) => (v === '' || v === undefined ? null : v);
/** An item not chosen yet is missing ("required"), not a malformed id. */
const orUndefined = (v: unknown) => (v === '' ? undefined : v);
const FIELDS = ['source', 'sourceName', 'note', 'place'] as const;

/** `#/stock/receive`: a delivery typed line by line (Enter in a quantity adds the next line), or read from a note. */
export function ReceiveScreen() {
  const { t } = useTranslation();
  const notify = useToast();
  const items = useApiQuery('stock.items', {});
  const places = useApiQuery('stock.places', {});
  const receive = useApiMutation('stock.receive', { toastErrors: false });
  const { register, control, handleSubmit, setError, setValue, setFocus, watch, reset, formState } =
    useForm<Form>({
      resolver: worded(zodResolver(Input)),
      defaultValues: {
        place: { kind: 'store' },
        source: 'town',
        sourceName: '',
        note: '',
        lines: [blankLine()],
      },
    });
  const lines = useFieldArray({ control, name: 'lines' });
  const byId = new Map((items.data ?? []).map((i) => [i.id, i]));
  const e = formState.errors;
  const submit = handleSubmit(async (v) => {
    try {
      const out = await receive.mutateAsync(v);
      notify(t('stock.received', { count: out.lines.length }), 'success');
      reset({ ...v, sourceName: '', note: '', lines: [blankLine()] });
    } catch (err) {
      const lineFields = v.lines.flatMap((_, i) => [
        `lines.${i}.itemId`,
        `lines.${i}.qty`,
        `lines.${i}.lotId`,
      ]);
      if (!landServerErrors(err, setError, [...FIELDS, ...lineFields]))
        setError('root.server', { message: (err as Error).message });
    }
  });
  const addLine = () => {
    lines.append(blankLine(), { shouldFocus: false });
    setTimeout(() => setFocus(`lines.${lines.fields.length}.itemId`), 0);
  };
  const place = watch('place');
  return (
    <section aria-label={t('stock.tabs.receive')}>
      <form
        className="card"
        onSubmit={(ev) => void submit(ev)}
        noValidate
        aria-label={t('stock.receiveTitle')}
      >
        <h3>{t('stock.receiveTitle')}</h3>
        <div className="row">
          <label className="field">
            <span>{t('stock.place')}</span>
            <select
              value={place ? placeKey(place) : 'store'}
              onChange={(ev) => setValue('place', placeOf(ev.target.value) ?? { kind: 'store' })}
            >
              {places.data?.map((p) => (
                <option key={placeKey(p)} value={placeKey(p)}>
                  {placeLabel(p)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('stock.source')}</span>
            <select {...register('source')}>
              {STOCK_SOURCES.map((s) => (
                <option key={s} value={s}>
                  {t(`stockSource.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field wide">
            <span>{t('stock.sourceName')}</span>
            <input {...register('sourceName')} aria-invalid={!!e.sourceName} />
            {e.sourceName && <em className="field-error">{e.sourceName.message}</em>}
          </label>
          <label className="field wide">
            <span>{t('stock.note')}</span>
            <input {...register('note')} />
          </label>
        </div>
        <table className="table receive-lines" aria-label={t('stock.lines')}>
          <thead>
            <tr>
              <th>{t('stock.item')}</th>
              <th>{t('stock.lot')}</th>
              <th>{t('stock.expiry')}</th>
              <th>{t('stock.qty')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {lines.fields.map((f, i) => {
              const item = byId.get(watch(`lines.${i}.itemId`));
              const le = e.lines?.[i];
              return (
                <tr key={f.id}>
                  <td>
                    <select
                      {...register(`lines.${i}.itemId`, { setValueAs: orUndefined })}
                      aria-label={`${t('stock.item')} ${i + 1}`}
                      aria-invalid={!!le?.itemId}
                    >
                      <option value="">—</option>
                      {items.data?.map((it) => (
                        <option key={it.id} value={it.id}>
                          {`${it.name}${t('punct.open')}${it.unit}${t('punct.close')}`}
                        </option>
                      ))}
                    </select>
                    {le?.itemId && <em className="field-error">{le.itemId.message}</em>}
                  </td>
                  <td>
                    <input
                      {...register(`lines.${i}.lotCode`)}
                      disabled={!item?.byLot}
                      aria-label={`${t('stock.lot')} ${i + 1}`}
                    />
                  </td>
                  <td>
                    <input
                      type="date"
                      {...register(`lines.${i}.expiresOn`, { setValueAs: orNull })}
                      disabled={!item?.byLot}
                      aria-label={`${t('stock.expiry')} ${i + 1}`}
                    />
                    {le?.expiresOn && <em className="field-error">{le.expiresOn.message}</em>}
                  </td>
                  <td>
                    <input
                      type="number"
                      min={1}
                      className="qty-input"
                      {...register(`lines.${i}.qty`, { setValueAs: num })}
                      aria-label={`${t('stock.qty')} ${i + 1}`}
                      aria-invalid={!!le?.qty}
                      onKeyDown={(ev) => {
                        if (ev.key === 'Enter' && i === lines.fields.length - 1) {
                          ev.preventDefault();
                          addLine();
                        }
                      }}
                    />
                    {item && <span className="muted"> {item.unit}</span>}
                    {le?.qty && <em className="field-error">{le.qty.message}</em>}
                  </td>
                  <td>
                    {lines.fields.length > 1 && (
                      <button type="button" onClick={() => lines.remove(i)}>
                        {t('stock.removeLine')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="muted small">{t('stock.lineHint')}</p>
        {e.root?.server && (
          <p className="error-box" role="alert">
            {e.root.server.message}
          </p>
        )}
        <div className="actions">
          <button type="button" onClick={addLine}>
            {t('stock.addLine')}
          </button>
          <button type="submit" className="primary" disabled={formState.isSubmitting}>
            {t('stock.receive')}
          </button>
        </div>
      </form>
      <NoteImport />
    </section>
  );
}
