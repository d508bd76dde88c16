/**
 * `#/stock/request` (issue 12): the request to the town — items below their reorder level and lots
 * expiring within 7 days (from stock.cover), each with a quantity to ask for that a person edits before
 * printing, and a note. Prints on A4 portrait like the roster (printToPDF in Electron, print() in a browser).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { printView } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { type RequestRow, requestRows } from './request-rows';

function RequestSheet({
  rows,
  compound,
  today,
}: {
  rows: RequestRow[];
  compound: { name: string; town: string };
  today: string;
}) {
  const { t } = useTranslation();
  const notify = useToast();
  const [asked, setAsked] = useState<Record<string, string>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const noteOf = (r: RequestRow) =>
    notes[r.key] ??
    [
      r.below ? t('stockdash.noteBelow', { level: r.reorderLevel }) : '',
      ...r.expiring.map((l) =>
        t('stockdash.noteExpiring', { lot: l.lotCode || '—', day: l.expiresOn, qty: l.qty }),
      ),
    ]
      .filter(Boolean)
      .join(t('punct.semi'));
  return (
    <>
      <div className="toolbar no-print">
        <span className="muted">{t('stockdash.requestHint')}</span>
        <button
          type="button"
          className="primary"
          onClick={() =>
            void printView(t('stockdash.requestFile', { day: today })).catch((e: Error) =>
              notify(e.message, 'error'),
            )
          }
        >
          {t('stockdash.printRequest')}
        </button>
      </div>
      <section className="print-page request-sheet">
        <h2 className="sheet-title">{t('stockdash.requestTitle', { compound: compound.name })}</h2>
        <p className="sheet-meta">
          <span>{t('stockdash.requestTo', { town: compound.town || t('stockdash.theTown') })}</span>
          <span>{t('stockdash.requestFrom', { compound: compound.name })}</span>
          <span>{t('stockdash.requestDate', { day: today })}</span>
        </p>
        {rows.length === 0 ? (
          <p className="muted">{t('stockdash.nothingToRequest')}</p>
        ) : (
          <table className="table sheet-table request-table">
            <thead>
              <tr>
                <th>{t('stockdash.item')}</th>
                <th className="num">{t('stockdash.onHand')}</th>
                <th className="num">{t('stockdash.reorderLevel')}</th>
                <th className="num">{t('stockdash.days')}</th>
                <th className="num">{t('stockdash.asked')}</th>
                <th>{t('stockdash.note')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <td>{r.item}</td>
                  <td className="num">
                    {r.onHand} {r.unit}
                  </td>
                  <td className="num">{r.reorderLevel || '—'}</td>
                  <td className="num">{r.days ?? '—'}</td>
                  <td className="num">
                    <input
                      className="cell-input num no-print"
                      inputMode="numeric"
                      aria-label={t('stockdash.askedFor', { item: r.item })}
                      value={asked[r.key] ?? String(r.asked)}
                      onChange={(e) => setAsked({ ...asked, [r.key]: e.target.value.replace(/\D/g, '') })}
                    />
                    <span className="print-only">{asked[r.key] ?? String(r.asked)}</span> {r.unit}
                  </td>
                  <td>
                    <input
                      className="cell-input no-print"
                      aria-label={t('stockdash.noteFor', { item: r.item })}
                      value={noteOf(r)}
                      onChange={(e) => setNotes({ ...notes, [r.key]: e.target.value })}
                    />
                    <span className="print-only">{noteOf(r)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="signature sign-line">
          <span>{t('stockdash.signApplicant')}</span>
          <span>{t('stockdash.signCommander')}</span>
          <span>{t('stockdash.signDate')}</span>
        </p>
      </section>
    </>
  );
}

export function StockRequestPage() {
  const cover = useApiQuery('stock.cover', {});
  const items = useApiQuery('stock.items', {});
  const session = useApiQuery('session.get', {});
  return (
    <div className="stock-request">
      <QueryState query={cover}>
        {(c) =>
          items.data && session.data ? (
            <RequestSheet
              rows={requestRows(c, items.data)}
              compound={session.data.compound}
              today={c.today}
            />
          ) : null
        }
      </QueryState>
    </div>
  );
}
