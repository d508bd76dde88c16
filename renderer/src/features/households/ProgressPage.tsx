import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { replaceQuery, routeQuery } from '../../app/route';
import { QueryState } from '../../components/QueryState';
import { TypePicker } from '../../components/TypePicker';
import { ProgressTable } from './ProgressTable';

/**
 * Each building's registration, and the rooms still to visit: of the whole compound (the first 500),
 * or of one building, all of them — a district's list is picked by building (from the count in its
 * row, or the picker typed into above the rooms), kept in the address.
 */
export function ProgressPage() {
  const { t } = useTranslation();
  const [picked, setPicked] = useState(() => Number(routeQuery().get('building')) || undefined);
  const rooms = useRef<HTMLElement>(null);
  // Stable, so picking a building re-renders the rooms, not the table of every building.
  const pick = useCallback((id: number | undefined, scroll = false) => {
    setPicked(id);
    replaceQuery({ building: id ? String(id) : '' });
    if (scroll) rooms.current?.scrollIntoView({ block: 'start' });
  }, []);
  const onPick = useCallback((id: number) => pick(id, true), [pick]);
  const stats = useApiQuery('households.stats', {});
  const toVisit = useApiQuery('households.toVisit', picked ? { buildingId: picked } : {});
  // The buildings with rooms to visit, picked by typing part of a name (a district has hundreds);
  // the one picked stays in the list once all its rooms are visited, so the field still names it.
  const items = useMemo(
    () =>
      (stats.data?.byBuilding ?? [])
        .filter((b) => b.notVisited > 0 || b.buildingId === picked)
        .map((b) => ({
          id: b.buildingId,
          name: b.name,
          hint: `${t('regStatus.not_visited')} ${b.notVisited}`,
        })),
    [stats.data, t, picked],
  );
  return (
    <div className="progress-page">
      <QueryState query={stats}>
        {(s) => <ProgressTable byBuilding={s.byBuilding} onPick={onPick} />}
      </QueryState>
      <QueryState query={toVisit}>
        {({ rows: list, total }) => (
          <section className="card" ref={rooms} aria-label={t('progress.toVisitTitle')}>
            <h3 className="to-visit-head">
              <span data-testid="to-visit-count">{t('progress.toVisit', { count: total })}</span>
              {items.length > 1 && (
                <TypePicker
                  label={t('progress.pickBuilding')}
                  items={items}
                  value={picked}
                  onPick={(id) => pick(id)}
                />
              )}
              {picked && (
                <button type="button" className="link" onClick={() => pick(undefined)}>
                  {t('progress.allBuildings')}
                </button>
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
