import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { STOCK_CATEGORIES } from '../../../../db/schema/enums';
import { stockContract } from '../../../../electron/api/stock/contract';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { landServerErrors, worded } from '../../components/form';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { num } from './places';
import { Qty } from './Qty';

const Input = stockContract['stock.saveItem'].input;
type Form = z.input<typeof Input>;
type Item = z.infer<(typeof stockContract)['stock.items']['output']>[number];
const FIELDS = ['name', 'unit', 'category', 'minLevel', 'reorderLevel', 'dailyNorm', 'version'] as const;
const BLANK: Form = {
  name: '',
  unit: '',
  category: 'protection',
  byLot: false,
  minLevel: 0,
  reorderLevel: 0,
  dailyNorm: null,
};
const orNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));

/** Add an item, or edit one from the version it was read at. */
function ItemForm({ editing, onDone }: { editing: Item | null; onDone: () => void }) {
  const { t } = useTranslation();
  const notify = useToast();
  const save = useApiMutation('stock.saveItem', { toastErrors: false });
  const values: Form = editing
    ? {
        id: editing.id,
        version: editing.version,
        name: editing.name,
        unit: editing.unit,
        category: editing.category,
        byLot: editing.byLot,
        minLevel: editing.minLevel,
        reorderLevel: editing.reorderLevel,
        dailyNorm: editing.dailyNorm,
      }
    : BLANK;
  const { register, handleSubmit, setError, reset, formState } = useForm<Form>({
    resolver: worded(zodResolver(Input)),
    values,
  });
  const e = formState.errors;
  const submit = handleSubmit(async (v) => {
    try {
      const saved = await save.mutateAsync(v);
      notify(t('stock.itemSaved', { name: saved.name }), 'success');
      reset(BLANK);
      onDone();
    } catch (err) {
      if (!landServerErrors(err, setError, FIELDS))
        setError('root.server', { message: (err as Error).message });
    }
  });
  const err = (k: (typeof FIELDS)[number]) => e[k] && <em className="field-error">{e[k]?.message}</em>;
  return (
    <form
      className="card item-form"
      onSubmit={(ev) => void submit(ev)}
      noValidate
      aria-label={t('stock.addItem')}
    >
      <h3>{editing ? t('stock.editItem', { name: editing.name }) : t('stock.addItem')}</h3>
      <div className="row">
        <label className="field">
          <span>{t('stock.item')}</span>
          <input {...register('name')} aria-invalid={!!e.name} />
          {err('name')}
        </label>
        <label className="field narrow">
          <span>{t('stock.unit')}</span>
          <input {...register('unit')} aria-invalid={!!e.unit} />
          {err('unit')}
        </label>
        <label className="field">
          <span>{t('stock.category')}</span>
          <select {...register('category')}>
            {STOCK_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`stockCategory.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field narrow">
          <span>{t('stock.minLevel')}</span>
          <input type="number" min={0} {...register('minLevel', { setValueAs: num })} />
          {err('minLevel')}
        </label>
        <label className="field narrow">
          <span>{t('stock.reorderLevel')}</span>
          <input type="number" min={0} {...register('reorderLevel', { setValueAs: num })} />
          {err('reorderLevel')}
        </label>
        <label className="field narrow">
          <span>{t('stock.dailyNorm')}</span>
          <input type="number" min={0} step="any" {...register('dailyNorm', { setValueAs: orNull })} />
          {err('dailyNorm')}
        </label>
        <label className="check">
          <input type="checkbox" {...register('byLot')} /> {t('stock.byLot')}
        </label>
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {editing ? t('stock.save') : t('stock.addItem')}
        </button>
        {editing && (
          <button type="button" onClick={onDone}>
            {t('common.cancel')}
          </button>
        )}
      </div>
      {e.root?.server && (
        <p className="error-box" role="alert">
          {e.root.server.message}
        </p>
      )}
    </form>
  );
}

/** `#/stock/items`: the catalogue. */
export function ItemsScreen() {
  const { t } = useTranslation();
  const items = useApiQuery('stock.items', {});
  const [editing, setEditing] = useState<Item | null>(null);
  return (
    <section aria-label={t('stock.tabs.items')}>
      <ItemForm key={editing?.id ?? 'new'} editing={editing} onDone={() => setEditing(null)} />
      <QueryState query={items}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">{t('stock.noItems')}</p>
          ) : (
            <table className="table stock-table" aria-label={t('stock.tabs.items')}>
              <thead>
                <tr>
                  <th>{t('stock.item')}</th>
                  <th>{t('stock.unit')}</th>
                  <th>{t('stock.category')}</th>
                  <th>{t('stock.byLot')}</th>
                  <th className="num">{t('stock.minLevel')}</th>
                  <th className="num">{t('stock.reorderLevel')}</th>
                  <th className="num">{t('stock.dailyNorm')}</th>
                  <th className="num">{t('stock.onHand')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {list.map((i) => (
                  <tr key={i.id}>
                    <td>
                      <a href={`#/stock/ledger?item=${i.id}`}>{i.name}</a>
                    </td>
                    <td>{i.unit}</td>
                    <td>{t(`stockCategory.${i.category}`)}</td>
                    <td>{i.byLot ? '✓' : ''}</td>
                    <td className="num">{i.minLevel}</td>
                    <td className="num">{i.reorderLevel}</td>
                    <td className="num">{i.dailyNorm ?? ''}</td>
                    <td className="num">
                      <Qty qty={i.onHand} unit={i.unit} />
                    </td>
                    <td>
                      <button type="button" onClick={() => setEditing(i)}>
                        {t('stock.edit')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
    </section>
  );
}
