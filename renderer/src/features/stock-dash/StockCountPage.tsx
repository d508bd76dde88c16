/**
 * `#/stock/count` (issue 12, 盘点): pick a place, print its count sheet, then enter what was counted
 * per item and lot; the differences are posted by `stock.count` as an adjustment with a reason.
 * `#/stock/count/print?place=ID` is the sheet itself (CountSheet.tsx).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { STOCK_REASONS } from '../../../../db/schema/enums';
import type { Out } from '../../../../electron/api/contract';
import { stockContract } from '../../../../electron/api/stock/contract';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useRouteQuery } from '../../app/route';
import { landServerErrors, worded } from '../../components/form';
import { QueryState } from '../../components/QueryState';
import { CountSheet } from './CountSheet';
import { type CountRow, countRows, placeRef, placesOf, type StockPlace } from './count-rows';

const CountInput = stockContract['stock.count'].input;
type Form = z.input<typeof CountInput>;

function CountForm({ place, rows }: { place: StockPlace; rows: CountRow[] }) {
  const { t } = useTranslation();
  const save = useApiMutation('stock.count', { toastErrors: false });
  const [done, setDone] = useState<Out<'stock.count'> | null>(null);
  const { register, handleSubmit, formState, setError, watch, reset } = useForm<Form>({
    resolver: worded(zodResolver(CountInput)),
    defaultValues: {
      place: placeRef(place),
      note: '',
      lines: rows.map((r) => ({ itemId: r.itemId, lotId: r.lotId, counted: undefined as unknown as number })),
    },
  });
  const counted = watch('lines');
  const differs = rows.some((r, i) => {
    const c = counted?.[i]?.counted;
    return typeof c === 'number' && !Number.isNaN(c) && c !== r.books;
  });
  const submit = handleSubmit(async (v) => {
    try {
      setDone(await save.mutateAsync(v));
      reset();
    } catch (e) {
      const fields = ['reasonCode', 'note', ...rows.map((_, i) => `lines.${i}.counted`)];
      if (!landServerErrors(e, setError, fields)) setError('root.server', { message: (e as Error).message });
    }
  });
  const e = formState.errors;
  if (done)
    return (
      <div className="card" role="status" data-testid="count-done">
        <p>
          {t('stockdash.countDone', {
            items: done.counted.length,
            differences: done.counted.filter((c) => c.difference !== 0).length,
          })}
        </p>
        <ul className="plain">
          {done.counted
            .filter((c) => c.difference !== 0)
            .map((c) => {
              const r = rows.find((x) => x.itemId === c.itemId && x.lotId === c.lotId);
              return (
                <li key={`${c.itemId}|${c.lotId}`}>
                  {[r?.item, r?.lotCode].filter(Boolean).join(' ')}
                  {t('punct.colon')}
                  {t('stockdash.countLine', {
                    books: c.systemQty,
                    counted: c.countedQty,
                    diff: c.difference,
                  })}
                </li>
              );
            })}
        </ul>
        <button type="button" onClick={() => setDone(null)}>
          {t('stockdash.countAgain')}
        </button>
      </div>
    );
  return (
    <form
      className="card count-form"
      noValidate
      onSubmit={(ev) => {
        ev.preventDefault();
        void submit();
      }}
    >
      <table className="table count-table">
        <thead>
          <tr>
            <th>{t('stockdash.item')}</th>
            <th>{t('stockdash.lot')}</th>
            <th>{t('stockdash.expiresOn')}</th>
            <th className="num">{t('stockdash.books')}</th>
            <th className="num">{t('stockdash.counted')}</th>
            <th className="num">{t('stockdash.difference')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const c = counted?.[i]?.counted;
            const diff = typeof c === 'number' && !Number.isNaN(c) ? c - r.books : null;
            const err = e.lines?.[i]?.counted?.message;
            return (
              <tr key={`${r.itemId}|${r.lotId}`}>
                <td>{r.item}</td>
                <td>{r.lotCode || '—'}</td>
                <td>{r.expiresOn ?? '—'}</td>
                <td className={r.books < 0 ? 'num bad' : 'num'}>
                  {r.books} {r.unit}
                </td>
                <td className="num">
                  <input
                    className="cell-input num"
                    type="number"
                    min={0}
                    aria-label={t('stockdash.countedOf', { item: r.item, lot: r.lotCode ?? '' })}
                    aria-invalid={!!err}
                    {...register(`lines.${i}.counted`, { valueAsNumber: true })}
                  />
                  {err && <em className="field-error">{err}</em>}
                </td>
                <td className={diff ? 'num bad' : 'num'} data-testid="count-diff">
                  {diff === null ? '' : diff > 0 ? `+${diff}` : diff}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="count-foot">
        <label className="field">
          <span>{t('stockdash.reason')}</span>
          <select
            {...register('reasonCode', { setValueAs: (v) => (v === '' ? undefined : v) })}
            aria-invalid={!!e.reasonCode}
          >
            <option value="">{differs ? t('stockdash.chooseReason') : t('stockdash.noReason')}</option>
            {STOCK_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`stockdash.reasons.${r}`)}
              </option>
            ))}
          </select>
          {e.reasonCode?.message && <em className="field-error">{e.reasonCode.message}</em>}
        </label>
        <label className="field grow">
          <span>{t('stockdash.note')}</span>
          <input {...register('note')} />
        </label>
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('stockdash.postCount')}
        </button>
      </div>
      {e.root?.server?.message && (
        <p className="error-box" role="alert">
          {e.root.server.message}
        </p>
      )}
    </form>
  );
}

export function StockCountPage({ param }: { param: string }) {
  const { t } = useTranslation();
  const balances = useApiQuery('stock.balances', { nonZero: false });
  const items = useApiQuery('stock.items', {});
  const query = useRouteQuery();
  const chosen = query.get('place') ?? '';
  if (param === 'print') return <CountSheet placeId={chosen} blind={query.get('blind') === '1'} />;
  return (
    <div className="stock-count">
      <QueryState query={balances}>
        {(b) => {
          const places = placesOf(b);
          const store: StockPlace = places.find((p) => p.kind === 'store') ?? {
            id: '',
            kind: 'store',
            refId: null,
            name: '',
          };
          const place = places.find((p) => p.id === chosen) ?? store;
          const rows = items.data ? countRows(b, items.data, place) : [];
          return (
            <>
              <div className="toolbar">
                <label className="field inline">
                  <span>{t('stockdash.place')}</span>
                  <select
                    value={place.id}
                    onChange={(e) => {
                      window.location.hash = `#/stock/count?place=${e.target.value}`;
                    }}
                  >
                    {(places.length ? places : [store]).map((p) => (
                      <option key={p.id} value={p.id}>
                        {t(`stockdash.placeKind.${p.kind}`)} {p.name}
                      </option>
                    ))}
                  </select>
                </label>
                <a className="button" href={`#/stock/count/print?place=${place.id}`}>
                  {t('stockdash.printSheet')}
                </a>
                <a className="button" href={`#/stock/count/print?place=${place.id}&blind=1`}>
                  {t('stockdash.printBlind')}
                </a>
              </div>
              {rows.length === 0 ? (
                <p className="muted">{t('stockdash.nothingToCount')}</p>
              ) : (
                <CountForm key={place.id} place={place} rows={rows} />
              )}
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
