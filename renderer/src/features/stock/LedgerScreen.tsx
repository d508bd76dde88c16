import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STOCK_TX_KINDS } from '../../../../db/schema/enums';
import { formatInstant } from '../../../../electron/api/shared/dates';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { saveExport } from '../../app/download';
import { replaceQuery, useRouteQuery } from '../../app/route';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { wordWho } from '../../i18n/words';
import { placeKey, placeLabel, placeOf, uiLang } from './places';
import { ReverseMoveDialog, type Reversing } from './ReverseMoveDialog';

const PAGE = 20;
const KEYS = ['item', 'place', 'kind', 'from', 'to'] as const;
type Key = (typeof KEYS)[number];
type Kind = (typeof STOCK_TX_KINDS)[number];

/** `#/stock/ledger?item=ID`: every movement, newest first, in pages, with its lines; undo is a reversal. */
export function LedgerScreen() {
  const { t } = useTranslation();
  const notify = useToast();
  const q = useRouteQuery();
  const [f, setF] = useState<Record<Key, string>>(
    () => Object.fromEntries(KEYS.map((k) => [k, q.get(k) ?? ''])) as Record<Key, string>,
  );
  const [page, setPage] = useState(0);
  const [reversing, setReversing] = useState<Reversing | null>(null);
  const set = (k: Key, v: string) => {
    const next = { ...f, [k]: v };
    setF(next);
    setPage(0);
    replaceQuery(next);
  };
  const filter = {
    ...(f.item ? { itemId: f.item } : {}),
    ...(placeOf(f.place) ? { place: placeOf(f.place) } : {}),
    ...(f.kind ? { kind: f.kind as Kind } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
  };
  const items = useApiQuery('stock.items', {});
  const places = useApiQuery('stock.places', {});
  const ledger = useApiQuery('stock.ledger', { ...filter, offset: page * PAGE, limit: PAGE });
  const exportLedger = () =>
    void call('stock.exportLedger', { ...filter, lang: uiLang() })
      .then(async (out) => {
        await saveExport(out);
        notify(t('stock.exported', { count: out.rows }), 'success');
      })
      .catch((e: Error) => notify(e.message, 'error'));
  const select = (k: Key, label: string, options: { value: string; text: string }[]) => (
    <label className="field">
      <span>{label}</span>
      <select value={f[k]} onChange={(e) => set(k, e.target.value)} aria-label={label}>
        <option value="">{t('stock.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section aria-label={t('stock.ledgerTitle')}>
      <div className="filters card">
        {select(
          'item',
          t('stock.item'),
          (items.data ?? []).map((i) => ({ value: i.id, text: i.name })),
        )}
        {select(
          'place',
          t('stock.place'),
          (places.data ?? []).map((p) => ({ value: placeKey(p), text: placeLabel(p) })),
        )}
        {select(
          'kind',
          t('stock.kind'),
          STOCK_TX_KINDS.map((k) => ({ value: k, text: t(`stockTx.${k}`) })),
        )}
        {(['from', 'to'] as const).map((k) => (
          <label key={k} className="field">
            <span>{t(`stock.${k}`)}</span>
            <input
              type="date"
              value={f[k]}
              onChange={(e) => set(k, e.target.value)}
              aria-label={t(`stock.${k}`)}
            />
          </label>
        ))}
        <span className="grow" />
        <button type="button" onClick={exportLedger}>
          {t('stock.exportLedger')}
        </button>
      </div>
      <QueryState query={ledger}>
        {({ total, rows }) => {
          const pages = Math.max(1, Math.ceil(total / PAGE));
          if (rows.length === 0) return <p className="muted">{t('stock.noMoves')}</p>;
          return (
            <>
              <table className="table stock-table ledger" aria-label={t('stock.ledgerTitle')}>
                <thead>
                  <tr>
                    <th>{t('stock.when')}</th>
                    <th>{t('stock.kind')}</th>
                    <th>{t('stock.lines')}</th>
                    <th>{t('stock.counterparty')}</th>
                    <th>{t('stock.reason')}</th>
                    <th>{t('stock.operator')}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.id} className={r.reversedBy ? 'reversed' : undefined} data-kind={r.kind}>
                      <td className="nowrap">{formatInstant(r.happenedAt)}</td>
                      <td className="nowrap">
                        {t(`stockTx.${r.kind}`)}
                        {r.short && <span className="badge bad">{t('stock.short')}</span>}
                      </td>
                      <td>
                        {r.lines.map((l) => (
                          <div key={`${l.itemId}/${l.lotId}/${l.place.id}/${l.qty}`} className="ledger-line">
                            <span className={l.qty < 0 ? 'qty out' : 'qty in'}>
                              {l.qty > 0 ? `+${l.qty}` : l.qty}
                            </span>{' '}
                            {l.unit} {l.item}
                            {l.lotCode ? ` · ${t('stock.lot')} ${l.lotCode}` : ''}
                            {l.expiresOn ? ` · ${l.expiresOn}` : ''}
                            <span className="muted"> · {placeLabel(l.place)}</span>
                          </div>
                        ))}
                      </td>
                      <td>
                        {r.counterpartyKind &&
                          [t(`stockCounterparty.${r.counterpartyKind}`), r.counterpartyName]
                            .filter(Boolean)
                            .join(' ')}
                      </td>
                      <td>
                        {[r.reasonCode ? t(`stockReason.${r.reasonCode}`) : '', r.note]
                          .filter(Boolean)
                          .join(t('punct.semi'))}
                        {r.reverses && <div className="muted">{t('stock.reverses')}</div>}
                      </td>
                      <td>{wordWho(r.operatorName)}</td>
                      <td className="nowrap">
                        {r.reversedBy ? (
                          <span className="badge">{t('stock.reversed')}</span>
                        ) : (
                          r.kind !== 'reversal' && (
                            <button
                              type="button"
                              onClick={() =>
                                setReversing({ txId: r.id, kind: r.kind, at: formatInstant(r.happenedAt) })
                              }
                            >
                              {t('stock.reverse')}
                            </button>
                          )
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="actions pager">
                <span>{t('stock.total', { count: total })}</span>
                <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
                  {t('stock.prev')}
                </button>
                <span>{t('stock.page', { page: page + 1, pages })}</span>
                <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
                  {t('stock.next')}
                </button>
              </div>
            </>
          );
        }}
      </QueryState>
      {reversing && <ReverseMoveDialog r={reversing} onDone={() => setReversing(null)} />}
    </section>
  );
}
