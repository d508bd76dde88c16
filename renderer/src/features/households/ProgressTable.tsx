import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Out } from '../../../../electron/api/contract';
import { VirtualRows } from '../../components/VirtualRows';

type Row = Out<'households.stats'>['byBuilding'][number];

/**
 * Each building's registration, with its total: memoised, as a district has hundreds of buildings
 * and picking one's rooms to visit must not render them all again. A building's not-visited count
 * picks its rooms (`onPick`). Only the rows in sight are drawn (`VirtualRows`).
 */
export const ProgressTable = memo(function ProgressTable({
  byBuilding,
  onPick,
}: {
  byBuilding: Row[];
  onPick: (buildingId: number) => void;
}) {
  const { t } = useTranslation();
  const sum = (
    k: 'rooms' | 'notVisited' | 'registered' | 'verified' | 'occupied' | 'vacant' | 'unknown' | 'residents',
  ) => byBuilding.reduce((a, b) => a + b[k], 0);
  return (
    <table
      className="table progress-table"
      aria-rowcount={byBuilding.length ? byBuilding.length + 2 : undefined}
      aria-label={t('progress.title')}
    >
      <thead>
        <tr aria-rowindex={1}>
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
      <VirtualRows
        items={byBuilding}
        columns={10}
        estimate={37}
        row={(b, props) => (
          <tr key={b.buildingId} {...props}>
            <td>{b.name}</td>
            <td>{b.rooms}</td>
            <td className={b.notVisited ? 'warn-text' : ''}>
              {b.notVisited ? (
                <button
                  type="button"
                  className="link warn-text"
                  aria-label={t('progress.showBuilding', { building: b.name, count: b.notVisited })}
                  onClick={() => onPick(b.buildingId)}
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
        )}
      />
      <tfoot>
        <tr aria-rowindex={byBuilding.length + 2}>
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
});
