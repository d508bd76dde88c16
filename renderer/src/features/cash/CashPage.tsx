import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../../electron/api/shared/dates';
import { useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { CashBookView } from './CashBookView';
import { money } from './money';

/** `#/errands/cash`: every runner with the cash they hold and their last reconciliation; `cash/ID`: a book. */
export function CashPage({ param }: { param: string }) {
  const id = Number(param.split('/')[0]);
  return Number.isInteger(id) && id > 0 ? <CashBookView runnerId={id} /> : <CashList />;
}

function CashList() {
  const { t } = useTranslation();
  const book = useApiQuery('cash.book', { offset: 0, limit: 1 });
  const team = useApiQuery('team.list', {});
  return (
    <div className="cash">
      <h2>{t('cash.title')}</h2>
      <p className="muted">{t('cash.hint')}</p>
      <QueryState query={book}>
        {(b) => {
          // Every active runner, those without a book yet too (nothing held, never reconciled).
          const rows = [
            ...b.runners,
            ...(team.data ?? [])
              .filter((m) => m.active && m.role === 'runner' && !b.runners.some((r) => r.runnerId === m.id))
              .map((m) => ({ runnerId: m.id, name: m.name, balanceFen: 0, lastReconciledAt: null })),
          ];
          if (rows.length === 0) return <p className="muted">{t('cash.none')}</p>;
          return (
            <table className="table cash-runners">
              <thead>
                <tr>
                  <th>{t('cash.runner')}</th>
                  <th className="n">{t('cash.balance')}</th>
                  <th>{t('cash.lastReconciled')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.runnerId}>
                    <td>
                      <a href={`#/errands/cash/${r.runnerId}`}>{r.name}</a>
                    </td>
                    <td className={r.balanceFen < 0 ? 'n bad' : 'n'}>{money(r.balanceFen)}</td>
                    <td>{r.lastReconciledAt ? formatInstant(r.lastReconciledAt) : t('cash.never')}</td>
                    <td>
                      <a href={`#/errands/runner/${r.runnerId}`}>{t('cash.runnerView')}</a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }}
      </QueryState>
    </div>
  );
}
