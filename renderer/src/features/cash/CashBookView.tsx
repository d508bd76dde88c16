import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../../electron/api/shared/dates';
import { useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { wordWho } from '../../i18n/words';
import { errandNo } from '../errands-run/groups';
import { EntryForm } from './EntryForm';
import { money } from './money';
import { ReconcileForm } from './ReconcileForm';

const PAGE = 100;

/**
 * `#/errands/cash/MEMBER_ID`: one runner's cash book — the balance, a new entry, the end-of-shift
 * reconciliation against the balance shown, the entries newest first with the balance after each,
 * and the reconciliations.
 */
export function CashBookView({ runnerId }: { runnerId: number }) {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(PAGE);
  const book = useApiQuery('cash.book', { runnerId, offset: 0, limit });
  const team = useApiQuery('team.list', {});
  const name = team.data?.find((m) => m.id === runnerId)?.name ?? '';
  return (
    <div className="cash">
      <div className="cash-head">
        <a href="#/errands/cash">{t('cash.back')}</a>
        <h2>{t('cash.book', { name })}</h2>
        <a href={`#/errands/runner/${runnerId}`}>{t('cash.runnerView')}</a>
      </div>
      <QueryState query={book}>
        {(b) => {
          const balance = b.balanceFen ?? 0;
          return (
            <>
              <p className={balance < 0 ? 'cash-balance bad' : 'cash-balance'}>
                {t('cash.balanceNow', { money: money(balance) })}
              </p>
              <div className="cash-forms">
                <EntryForm runnerId={runnerId} />
                <ReconcileForm runnerId={runnerId} bookFen={balance} />
              </div>
              <h3>{t('cash.entries')}</h3>
              {b.entries.length === 0 ? (
                <p className="muted">{t('cash.noEntries')}</p>
              ) : (
                <table className="table cash-entries">
                  <thead>
                    <tr>
                      <th>{t('cash.at')}</th>
                      <th>{t('cash.kind')}</th>
                      <th className="n">{t('cash.amount')}</th>
                      <th className="n">{t('cash.balanceAfter')}</th>
                      <th>{t('cash.errand')}</th>
                      <th>{t('cash.receipt')}</th>
                      <th>{t('cash.note')}</th>
                      <th>{t('cash.operator')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {b.entries.map((e) => (
                      <tr key={e.id} className={`cash-${e.kind}`}>
                        <td className="nowrap">{formatInstant(e.at)}</td>
                        <td>{t(`cash.kinds.${e.kind}`)}</td>
                        <td className={e.amountFen < 0 ? 'n out' : 'n in'}>{money(e.amountFen, true)}</td>
                        <td className={e.balanceFen < 0 ? 'n bad' : 'n'}>{money(e.balanceFen)}</td>
                        <td>{e.errandNo === null ? '' : errandNo(e.errandNo)}</td>
                        <td>{e.receiptNo}</td>
                        <td>{e.note}</td>
                        <td>{wordWho(e.operatorName)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {b.total > b.entries.length && (
                <p>
                  <span className="muted">
                    {t('cash.shown', { shown: b.entries.length, total: b.total })}
                  </span>{' '}
                  <button
                    type="button"
                    onClick={() => setLimit(Math.min(500, limit + PAGE))}
                    disabled={limit >= 500}
                  >
                    {t('cash.more')}
                  </button>
                </p>
              )}
              <h3>{t('cash.reconcile.history')}</h3>
              {b.reconciliations.length === 0 ? (
                <p className="muted">{t('cash.reconcile.none')}</p>
              ) : (
                <table className="table cash-recs">
                  <thead>
                    <tr>
                      <th>{t('cash.at')}</th>
                      <th className="n">{t('cash.reconcile.bookCol')}</th>
                      <th className="n">{t('cash.reconcile.countedCol')}</th>
                      <th className="n">{t('cash.reconcile.diffCol')}</th>
                      <th>{t('cash.reconcile.reason')}</th>
                      <th>{t('cash.operator')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {b.reconciliations.map((r) => (
                      <tr key={r.id}>
                        <td className="nowrap">{formatInstant(r.at)}</td>
                        <td className="n">{money(r.bookFen)}</td>
                        <td className="n">{money(r.countedFen)}</td>
                        <td className={r.differenceFen === 0 ? 'n' : 'n bad'}>
                          {money(r.differenceFen, true)}
                        </td>
                        <td>{r.reason}</td>
                        <td>{wordWho(r.operatorName)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
