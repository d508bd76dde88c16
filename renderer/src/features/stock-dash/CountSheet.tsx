/**
 * `#/stock/count/print?place=ID[&blind=1]`: the count sheet to print (A4 portrait) — item, lot,
 * expiry, what the books say (left blank on a blind sheet, so the counter is not led), counted,
 * difference, and the signatures. Printed like the roster (printToPDF in Electron, print() in a browser).
 */
import { useTranslation } from 'react-i18next';
import { printView } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { countRows, placesOf, type StockPlace } from './count-rows';

export function CountSheet({ placeId, blind }: { placeId: string; blind: boolean }) {
  const { t } = useTranslation();
  const notify = useToast();
  const balances = useApiQuery('stock.balances', { nonZero: false });
  const items = useApiQuery('stock.items', {});
  const session = useApiQuery('session.get', {});
  const today = useApiQuery('stock.cover', {}).data?.today ?? '';
  return (
    <QueryState query={balances}>
      {(b) => {
        const places = placesOf(b);
        const place: StockPlace = places.find((p) => p.id === placeId) ??
          places.find((p) => p.kind === 'store') ?? { id: '', kind: 'store', refId: null, name: '' };
        const rows = items.data ? countRows(b, items.data, place) : [];
        const where = `${t(`stockdash.placeKind.${place.kind}`)} ${place.name}`.trim();
        return (
          <div className="count-print">
            <div className="toolbar no-print">
              <a href={`#/stock/count?place=${place.id}`}>← {t('stockdash.backToCount')}</a>
              <a href={`#/stock/count/print?place=${place.id}${blind ? '' : '&blind=1'}`}>
                {blind ? t('stockdash.withBooks') : t('stockdash.printBlind')}
              </a>
              <button
                type="button"
                className="primary"
                onClick={() =>
                  void printView(t('stockdash.sheetFile', { place: where, day: today })).catch((e: Error) =>
                    notify(e.message, 'error'),
                  )
                }
              >
                {t('stockdash.printNow')}
              </button>
            </div>
            <section className="print-page count-sheet">
              <h2 className="sheet-title">
                {t('stockdash.sheetTitle', { compound: session.data?.compound.name ?? '' })}
              </h2>
              <p className="sheet-meta">
                <span>{t('stockdash.sheetPlace', { place: where })}</span>
                <span>{t('stockdash.sheetDate', { day: today })}</span>
                {blind && <span>{t('stockdash.blindNote')}</span>}
              </p>
              <table className="table sheet-table count-sheet-table">
                <thead>
                  <tr>
                    <th>{t('stockdash.item')}</th>
                    <th>{t('stockdash.lot')}</th>
                    <th>{t('stockdash.expiresOn')}</th>
                    <th className="num">{t('stockdash.books')}</th>
                    <th className="num">{t('stockdash.counted')}</th>
                    <th className="num">{t('stockdash.difference')}</th>
                    <th>{t('stockdash.note')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={`${r.itemId}|${r.lotId}`}>
                      <td>
                        {r.item}
                        <span className="muted">{t('stockdash.inUnit', { unit: r.unit })}</span>
                      </td>
                      <td>{r.lotCode || '—'}</td>
                      <td>{r.expiresOn ?? '—'}</td>
                      <td className="num">{blind ? '' : r.books}</td>
                      <td />
                      <td />
                      <td />
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="signature sign-line">
                <span>{t('stockdash.signCounter')}</span>
                <span>{t('stockdash.signChecker')}</span>
                <span>{t('stockdash.signDate')}</span>
              </p>
            </section>
          </div>
        );
      }}
    </QueryState>
  );
}
