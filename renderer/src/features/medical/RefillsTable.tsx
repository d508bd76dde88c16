import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import type { Refill } from '../health/types';

/** Residents flagged "needs regular medicine", with the last delivery and the next refill. */
export function RefillsTable({ rows }: { rows: Refill[] }) {
  const { t } = useTranslation();
  const session = useApiQuery('session.get', {});
  const today = session.data?.today ?? '';
  const title = t('medical.refills');
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('medical.noRefills')}</p>
      ) : (
        <table className="table" aria-label={title}>
          <thead>
            <tr>
              <th>{t('health.name')}</th>
              <th>{t('health.place')}</th>
              <th>{t('medical.lastDelivered')}</th>
              <th>{t('medical.nextRefill')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const due = !!r.nextRefillOn && !!today && r.nextRefillOn <= today;
              return (
                <tr key={r.residentId} data-name={r.name}>
                  <td className="nowrap">{r.name}</td>
                  <td className="nowrap">{r.place}</td>
                  <td className="nowrap">{r.lastDeliveredOn ?? '—'}</td>
                  <td className="nowrap">
                    {r.nextRefillOn ?? '—'}{' '}
                    {due && <span className="badge bad">{t('medical.refillDue')}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
