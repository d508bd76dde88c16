import { useTranslation } from 'react-i18next';
import { withQuery } from '../../app/route';
import type { Alerts } from './types';

/** Today's completion per building and hotel: done of due, as a bar, with the way to its round. */
export function CompletionTable({ rows, day }: { rows: Alerts['completion']; day: string }) {
  const { t } = useTranslation();
  const title = t('health.duty.completion');
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('health.duty.noCompletion')}</p>
      ) : (
        <table className="table completion-table" aria-label={title}>
          <tbody>
            {rows.map((r) => {
              const pct = r.due > 0 ? Math.round((r.done / r.due) * 100) : 100;
              const href = `#/${withQuery('health/round', { [r.kind]: String(r.id), day })}`;
              return (
                <tr key={`${r.kind}/${r.id}`} data-place={r.name}>
                  <td className="nowrap">
                    <a href={href} title={t('health.duty.toRound')}>
                      {r.name}
                    </a>
                    {r.kind === 'hotel' && (
                      <span className="muted small"> {t('health.duty.kind.hotel')}</span>
                    )}
                  </td>
                  <td className="bar-cell">
                    <div
                      className={pct === 100 ? 'meter full' : pct < 50 ? 'meter low' : 'meter'}
                      aria-hidden
                    >
                      <span style={{ width: `${pct}%` }} />
                    </div>
                  </td>
                  <td className="num">{t('health.duty.doneOfDue', { done: r.done, due: r.due })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
