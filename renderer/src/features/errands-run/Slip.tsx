import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../../electron/api/shared/dates';
import { useApiQuery } from '../../api/hooks';
import { money } from '../cash/money';
import { errandNo } from './groups';
import type { ErrandRow } from './types';

/** One errand's slip: who and where, each item with its quantity, the money, and the signatures. */
export function Slip({ row, compound }: { row: ErrandRow; compound: string }) {
  const { t } = useTranslation();
  const full = useApiQuery('errands.get', { id: row.id });
  const lines = full.data?.lines ?? [];
  const note = full.data?.note ?? '';
  return (
    <article className="slip" aria-label={errandNo(row.no)}>
      <header className="slip-head">
        <strong className="slip-no">{errandNo(row.no)}</strong>
        <span>{t('slips.compound', { compound })}</span>
        <span className={`run-kind kind-${row.kind}`}>{t(`runner.kind.${row.kind}`)}</span>
        <span>
          {t('slips.urgency')}
          {t('punct.colon')}
          {t(`runner.urgency.${row.urgency}`)}
        </span>
      </header>
      <dl className="slip-who">
        <div>
          <dt>{t('slips.household')}</dt>
          <dd className="slip-room">
            {row.building}-{row.room}
          </dd>
        </div>
        <div>
          <dt>{t('slips.head')}</dt>
          <dd>{row.householdHead}</dd>
        </div>
        <div>
          <dt>{t('slips.phone')}</dt>
          <dd>{row.phone}</dd>
        </div>
        <div>
          <dt>{t('slips.runner')}</dt>
          <dd>{row.runnerName || t('slips.noRunner')}</dd>
        </div>
        <div>
          <dt>{t('slips.taken')}</dt>
          <dd>{formatInstant(row.createdAt)}</dd>
        </div>
      </dl>
      <table className="table slip-items">
        <thead>
          <tr>
            <th>{t('slips.item')}</th>
            <th className="n">{t('slips.qty')}</th>
            <th>{t('slips.note')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.length === 0 ? (
            <tr>
              <td colSpan={3}>{row.summary}</td>
            </tr>
          ) : (
            lines.map((l, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: an errand's lines have no id and keep their order
              <tr key={i}>
                <td>{l.what}</td>
                <td className="n">{l.qty}</td>
                <td>{l.note}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      {note && <p className="slip-note">{note}</p>}
      <div className="slip-money">
        <span>
          {t('slips.budget')}
          {t('punct.colon')}
          {row.budgetFen === null ? t('runner.noBudget') : money(row.budgetFen)}
        </span>
        <span>
          {t('slips.payer')}
          {t('punct.colon')}
          {t(`runner.payer.${row.payer}`)}
        </span>
        <span>{t('slips.paid')}</span>
      </div>
      <div className="slip-sign">
        <span>{t('slips.runnerSign')}</span>
        <span>{t('slips.householdSign')}</span>
        <span>{t('slips.signedAt')}</span>
      </div>
    </article>
  );
}
