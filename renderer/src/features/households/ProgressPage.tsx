import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';

export function ProgressPage() {
  const { t } = useTranslation();
  const stats = useApiQuery('households.stats', {});
  const toVisit = useApiQuery('households.toVisit', {});
  return (
    <div className="progress-page">
      <QueryState query={stats}>
        {(s) => {
          const sum = (
            k:
              | 'rooms'
              | 'notVisited'
              | 'registered'
              | 'verified'
              | 'occupied'
              | 'vacant'
              | 'unknown'
              | 'residents',
          ) => s.byBuilding.reduce((a, b) => a + b[k], 0);
          return (
            <table className="table progress-table" aria-label={t('progress.title')}>
              <thead>
                <tr>
                  <th>{t('progress.building')}</th>
                  <th>{t('progress.rooms')}</th>
                  <th>{t('progress.notVisited')}</th>
                  <th>{t('progress.registered')}</th>
                  <th>{t('progress.verified')}</th>
                  <th>{t('progress.occupied')}</th>
                  <th>{t('progress.vacant')}</th>
                  <th>{t('progress.unknown')}</th>
                  <th>{t('progress.residents')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {s.byBuilding.map((b) => (
                  <tr key={b.buildingId}>
                    <td>{b.name}</td>
                    <td>{b.rooms}</td>
                    <td className={b.notVisited ? 'warn-text' : ''}>{b.notVisited}</td>
                    <td>{b.registered}</td>
                    <td>{b.verified}</td>
                    <td>{b.occupied}</td>
                    <td>{b.vacant}</td>
                    <td>{b.unknown}</td>
                    <td>{b.residents}</td>
                    <td>
                      <a href={`#/visit-sheet/${b.buildingId}`}>{t('progress.printSheet')}</a>
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th>{t('progress.total')}</th>
                  <th>{sum('rooms')}</th>
                  <th data-testid="total-not-visited">{sum('notVisited')}</th>
                  <th>{sum('registered')}</th>
                  <th>{sum('verified')}</th>
                  <th>{sum('occupied')}</th>
                  <th>{sum('vacant')}</th>
                  <th>{sum('unknown')}</th>
                  <th>{sum('residents')}</th>
                  <th />
                </tr>
              </tfoot>
            </table>
          );
        }}
      </QueryState>
      <QueryState query={toVisit}>
        {({ rows: rooms, total }) => (
          <section className="card">
            <h3>
              {t('progress.toVisit', { count: total })}
              {total > rooms.length && (
                <span className="muted"> {t('progress.first', { count: rooms.length })}</span>
              )}
            </h3>
            {rooms.length === 0 ? (
              <p className="muted" data-testid="progress-empty">
                {stats.data?.byBuilding.some((b) => b.rooms > 0) ? t('progress.allDone') : t('empty.noRooms')}
              </p>
            ) : (
              <div className="chips">
                {rooms.map((h) => (
                  <a
                    key={h.id}
                    className={`chip occ-${h.occupancy}`}
                    href={`#/household/${h.id}?from=progress`}
                  >
                    {[h.building, h.unit, h.room].filter(Boolean).join(' ')}
                    {h.householderName && ` · ${h.householderName}`}
                  </a>
                ))}
              </div>
            )}
          </section>
        )}
      </QueryState>
    </div>
  );
}
