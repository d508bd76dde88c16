import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { replaceQuery, routeQuery } from '../../app/route';
import { QueryState } from '../../components/QueryState';

/**
 * Each building's registration, and the rooms still to visit: of the whole compound (the first 500),
 * or of one building, all of them — a district's list is picked by building (from the count in its
 * row, or the picker above the rooms), kept in the address.
 */
export function ProgressPage() {
  const { t } = useTranslation();
  const [picked, setPicked] = useState(() => Number(routeQuery().get('building')) || undefined);
  const rooms = useRef<HTMLElement>(null);
  const pick = (id: number | undefined, scroll = false) => {
    setPicked(id);
    replaceQuery({ building: id ? String(id) : '' });
    if (scroll) rooms.current?.scrollIntoView({ block: 'start' });
  };
  const stats = useApiQuery('households.stats', {});
  const toVisit = useApiQuery('households.toVisit', picked ? { buildingId: picked } : {});
  const withRooms = stats.data?.byBuilding.filter((b) => b.notVisited > 0) ?? [];
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
                    <td className={b.notVisited ? 'warn-text' : ''}>
                      {b.notVisited ? (
                        <button
                          type="button"
                          className="link warn-text"
                          aria-label={t('progress.showBuilding', { building: b.name, count: b.notVisited })}
                          onClick={() => pick(b.buildingId, true)}
                        >
                          {b.notVisited}
                        </button>
                      ) : (
                        0
                      )}
                    </td>
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
        {({ rows: list, total }) => (
          <section className="card" ref={rooms} aria-label={t('progress.toVisitTitle')}>
            <h3 className="to-visit-head">
              <span data-testid="to-visit-count">{t('progress.toVisit', { count: total })}</span>
              {withRooms.length > 1 && (
                <select
                  aria-label={t('progress.pickBuilding')}
                  value={picked ?? ''}
                  onChange={(e) => pick(Number(e.target.value) || undefined)}
                >
                  <option value="">{t('progress.allBuildings')}</option>
                  {withRooms.map((b) => (
                    <option key={b.buildingId} value={b.buildingId}>
                      {b.name}（{b.notVisited}）
                    </option>
                  ))}
                </select>
              )}
              {total > list.length && (
                <span className="muted"> {t('progress.first', { count: list.length })}</span>
              )}
            </h3>
            {list.length === 0 ? (
              <p className="muted" data-testid="progress-empty">
                {stats.data?.byBuilding.some((b) => b.rooms > 0) ? t('progress.allDone') : t('empty.noRooms')}
              </p>
            ) : (
              <div className="chips">
                {list.map((h) => (
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
