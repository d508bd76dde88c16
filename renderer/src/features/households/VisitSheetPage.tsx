import { useTranslation } from 'react-i18next';
import { printView } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';

/** A blank door-to-door registration sheet for one building: every room, lines to fill by hand. */
export function VisitSheetPage({ param }: { param: string }) {
  const { t } = useTranslation();
  const notify = useToast();
  const buildingId = Number(param);
  const board = useApiQuery('buildings.board', { buildingId }, { enabled: buildingId > 0 });
  const session = useApiQuery('session.get', {});
  return (
    <QueryState query={board}>
      {(bs) => {
        const b = bs.buildings[0];
        if (!b) return <p className="muted">—</p>;
        const cells = [...b.cells].sort(
          (x, y) => x.unit.localeCompare(y.unit) || x.floor - y.floor || x.room.localeCompare(y.room),
        );
        return (
          <div className="visit-sheet print-area">
            <div className="toolbar no-print">
              <a href="#/progress">← {t('sheet.back')}</a>
              <button
                type="button"
                className="primary"
                onClick={() =>
                  void printView(t('sheet.printFile', { building: b.name })).catch((e: Error) =>
                    notify(e.message, 'error'),
                  )
                }
              >
                {t('sheet.print')}
              </button>
            </div>
            <h2 className="sheet-title">
              {t('sheet.title', { compound: session.data?.compound.name ?? '', building: b.name })}
            </h2>
            <p className="muted">{t('sheet.hint')}</p>
            <table className="table sheet-table">
              <thead>
                <tr>
                  <th style={{ width: '9%' }}>{t('sheet.room')}</th>
                  <th style={{ width: '9%' }}>{t('sheet.status')}</th>
                  <th style={{ width: '10%' }}>{t('sheet.name')}</th>
                  <th style={{ width: '22%' }}>{t('sheet.idNumber')}</th>
                  <th style={{ width: '12%' }}>{t('sheet.phone')}</th>
                  <th style={{ width: '7%' }}>{t('sheet.relation')}</th>
                  <th style={{ width: '11%' }}>{t('sheet.special')}</th>
                  <th style={{ width: '9%' }}>{t('sheet.method')}</th>
                  <th style={{ width: '11%' }}>{t('sheet.visitor')}</th>
                </tr>
              </thead>
              <tbody>
                {cells.flatMap((c) =>
                  [0, 1].map((line) => (
                    <tr
                      key={`${c.householdId}-${line}`}
                      className={line === 0 ? 'sheet-room' : 'sheet-extra'}
                    >
                      <td>{line === 0 ? [c.unit, c.room].filter(Boolean).join(' ') : ''}</td>
                      <td>
                        {line === 0
                          ? c.occupancy === 'vacant'
                            ? t('occupancy.vacant')
                            : t(`regStatus.${c.regStatus}`)
                          : ''}
                      </td>
                      <td />
                      <td />
                      <td />
                      <td />
                      <td />
                      <td />
                      <td />
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        );
      }}
    </QueryState>
  );
}
