import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STOCK_CATEGORIES } from '../../../../db/schema/enums';
import { levelFlags } from '../../../../electron/api/stock/rules';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { saveExport } from '../../app/download';
import { replaceQuery, useRouteQuery } from '../../app/route';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { wordReason } from '../../i18n/words';
import { AdjustDialog } from './AdjustDialog';
import { IssueDialog } from './IssueDialog';
import { placeKey, placeLabel, uiLang } from './places';
import { Qty } from './Qty';
import { TransferDialog } from './TransferDialog';

export type StockItem = { id: string; name: string; unit: string; byLot: boolean };
export type Acting = {
  kind: 'issue' | 'transfer' | 'adjust';
  item: StockItem;
  place: string;
  lotId?: string | null;
};

/** `#/stock`: on hand per item (at one place or all), against its levels; per place and lot when opened. */
export function BalancesScreen() {
  const { t } = useTranslation();
  const notify = useToast();
  const query = useRouteQuery();
  const [place, setPlace] = useState(query.get('place') ?? '');
  const [category, setCategory] = useState(query.get('category') ?? '');
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [acting, setActing] = useState<Acting | null>(null);
  const items = useApiQuery('stock.items', {});
  const balances = useApiQuery('stock.balances', { nonZero: true });
  const places = useApiQuery('stock.places', {});
  const filter = (p: string, c: string) => {
    setPlace(p);
    setCategory(c);
    replaceQuery({ place: p, category: c });
  };
  const toggle = (id: string) =>
    setOpen((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  const act = (kind: Acting['kind'], item: StockItem, at = place || 'store', lotId?: string | null) =>
    setActing({ kind, item, place: at, lotId: lotId ?? null });
  const exportBalances = () =>
    void call('stock.exportBalances', { lang: uiLang() })
      .then(async (f) => {
        await saveExport(f);
        notify(t('stock.exported', { count: f.rows }), 'success');
      })
      .catch((e: Error) => notify(e.message, 'error'));

  return (
    <section aria-label={t('stock.tabs.balances')}>
      <div className="filters card">
        <label className="field">
          <span>{t('stock.place')}</span>
          <select
            value={place}
            onChange={(e) => filter(e.target.value, category)}
            aria-label={t('stock.place')}
          >
            <option value="">{t('stock.all')}</option>
            {places.data?.map((p) => (
              <option key={placeKey(p)} value={placeKey(p)}>
                {placeLabel(p)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('stock.category')}</span>
          <select
            value={category}
            onChange={(e) => filter(place, e.target.value)}
            aria-label={t('stock.category')}
          >
            <option value="">{t('stock.all')}</option>
            {STOCK_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`stockCategory.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="grow" />
        <button type="button" onClick={exportBalances}>
          {t('stock.exportBalances')}
        </button>
      </div>
      <QueryState query={items}>
        {(list) => {
          const shown = list.filter((i) => !category || i.category === category);
          if (list.length === 0) return <p className="muted">{t('stock.noItems')}</p>;
          const rows = (balances.data ?? []).filter((b) => !place || placeKey(b.place) === place);
          return (
            <table className="table stock-table" aria-label={t('stock.tabs.balances')}>
              <thead>
                <tr>
                  <th>{t('stock.item')}</th>
                  <th>{t('stock.category')}</th>
                  <th className="num">{t('stock.onHand')}</th>
                  <th className="num">{t('stock.minLevel')}</th>
                  <th className="num">{t('stock.reorderLevel')}</th>
                  <th>{t('stock.flags')}</th>
                  <th>{t('stock.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((i) => {
                  const mine = rows.filter((b) => b.itemId === i.id);
                  const onHand = place ? mine.reduce((n, b) => n + b.qty, 0) : i.onHand;
                  const flags = levelFlags(i.onHand, i.minLevel, i.reorderLevel).filter(
                    (f) => f.code !== 'count_needed',
                  );
                  const isOpen = open.has(i.id);
                  return (
                    <Fragment key={i.id}>
                      <tr className={onHand < 0 ? 'stock-row negative' : 'stock-row'} data-item={i.name}>
                        <td>
                          <button
                            type="button"
                            className="link"
                            onClick={() => toggle(i.id)}
                            aria-expanded={isOpen}
                            disabled={mine.length === 0}
                            title={isOpen ? t('stock.collapse') : t('stock.expand')}
                          >
                            {mine.length > 0 ? (isOpen ? '▾' : '▸') : '·'}
                          </button>{' '}
                          <a href={`#/stock/ledger?item=${i.id}`}>{i.name}</a>
                        </td>
                        <td>{t(`stockCategory.${i.category}`)}</td>
                        <td className="num">
                          <Qty qty={onHand} unit={i.unit} />
                        </td>
                        <td className="num">{i.minLevel || ''}</td>
                        <td className="num">{i.reorderLevel || ''}</td>
                        <td>
                          {flags.map((f) => (
                            <span key={f.code} className="badge warn">
                              {wordReason(f)}
                            </span>
                          ))}
                        </td>
                        <td className="nowrap">
                          <button type="button" onClick={() => act('issue', i)}>
                            {t('stock.issue')}
                          </button>{' '}
                          <button type="button" onClick={() => act('transfer', i)}>
                            {t('stock.transfer')}
                          </button>{' '}
                          <button type="button" onClick={() => act('adjust', i)}>
                            {t('stock.adjust')}
                          </button>
                        </td>
                      </tr>
                      {isOpen &&
                        mine.map((b) => (
                          <tr key={`${placeKey(b.place)}/${b.lotId}`} className="stock-sub">
                            <td colSpan={2}>{placeLabel(b.place)}</td>
                            <td className="num">
                              <Qty qty={b.qty} unit={b.unit} />
                            </td>
                            <td colSpan={2}>
                              {b.lotId ? `${t('stock.lot')} ${b.lotCode || '—'}` : t('stock.noLot')}
                            </td>
                            <td>{b.expiresOn ? `${t('stock.expiry')} ${b.expiresOn}` : ''}</td>
                            <td className="nowrap">
                              <button
                                type="button"
                                onClick={() => act('issue', i, placeKey(b.place), b.lotId)}
                              >
                                {t('stock.issue')}
                              </button>{' '}
                              <button
                                type="button"
                                onClick={() => act('transfer', i, placeKey(b.place), b.lotId)}
                              >
                                {t('stock.transfer')}
                              </button>{' '}
                              <button
                                type="button"
                                onClick={() => act('adjust', i, placeKey(b.place), b.lotId)}
                              >
                                {t('stock.adjust')}
                              </button>
                            </td>
                          </tr>
                        ))}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          );
        }}
      </QueryState>
      {acting?.kind === 'issue' && <IssueDialog a={acting} onDone={() => setActing(null)} />}
      {acting?.kind === 'transfer' && <TransferDialog a={acting} onDone={() => setActing(null)} />}
      {acting?.kind === 'adjust' && <AdjustDialog a={acting} onDone={() => setActing(null)} />}
    </section>
  );
}
