import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { printView } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { go, useRouteQuery } from '../../app/route';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { TypePicker } from '../../components/TypePicker';
import { Slip } from './Slip';

/**
 * `#/errands/print?building=ID`: one building's open errands as slips on A4 — a slip per errand
 * (household, room, phone, the items with their quantities, budget, payer, signatures), never broken
 * across pages, for the runner to carry and the household to sign.
 */
export function PrintSlips() {
  const { t } = useTranslation();
  const notify = useToast();
  const buildingId = Number(useRouteQuery().get('building')) || undefined;
  const buildings = useApiQuery('buildings.list', {});
  const session = useApiQuery('session.get', {});
  const picker = useId();
  const list = useApiQuery(
    'errands.list',
    { scope: 'open', buildingId, offset: 0, limit: 500 },
    { enabled: buildingId !== undefined },
  );
  const building = buildings.data?.find((b) => b.id === buildingId)?.name ?? '';
  return (
    <div className="slips">
      <div className="toolbar no-print">
        <label className="field" htmlFor={picker}>
          <span>{t('slips.building')}</span>
          <TypePicker
            inputId={picker}
            label={t('slips.building')}
            placeholder={t('slips.chooseBuilding')}
            items={buildings.data ?? []}
            value={buildingId}
            onPick={(id) => go(`errands/print?building=${id}`)}
          />
        </label>
        {list.data && <span className="muted">{t('slips.count', { building, count: list.data.total })}</span>}
        <button
          type="button"
          className="primary"
          disabled={!list.data?.rows.length}
          onClick={() =>
            void printView(t('slips.fileName', { building, day: session.data?.today ?? '' })).catch(
              (e: Error) => notify(e.message, 'error'),
            )
          }
        >
          {t('slips.printNow')}
        </button>
      </div>
      {buildingId !== undefined && (
        <QueryState query={list}>
          {(l) =>
            l.rows.length === 0 ? (
              <p className="muted">{t('slips.none')}</p>
            ) : (
              <div className="slip-sheet">
                {l.rows.map((r) => (
                  <Slip key={r.id} row={r} compound={session.data?.compound.name ?? ''} />
                ))}
              </div>
            )
          }
        </QueryState>
      )}
    </div>
  );
}
