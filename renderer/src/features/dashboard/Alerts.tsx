import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../electron/api/dashboard/contract';

/** The alerts, most urgent first; each opens the list behind it. */
export function Alerts({ alerts }: { alerts: Dashboard['alerts'] }) {
  const { t } = useTranslation();
  return (
    <section className="card board-alerts" aria-labelledby="board-alerts-title" data-testid="board-alerts">
      <h2 id="board-alerts-title">{t('dash.alerts.title')}</h2>
      {alerts.length === 0 ? (
        <p className="muted">{t('dash.alerts.none')}</p>
      ) : (
        <ol>
          {alerts.map((a) => (
            <li key={`${a.kind}-${a.subject}`} className={`board-alert board-alert-${a.kind}`}>
              <a href={`#/${a.href}`}>{t(`dash.alerts.${a.kind}`, { n: a.count, subject: a.subject })}</a>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
