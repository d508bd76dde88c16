import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CHECK_METHODS } from '../../../../db/schema/enums';
import { hasStarted, usePostClock } from './clock';
import { RoundCellView } from './RoundCell';
import { type Round, type RoundRow, slotLabel } from './types';

/**
 * The round's grid: rooms and their people down, the day's slots across. A room's first row carries
 * the room and, for a household, the button that reports all its members at once.
 */
export function RoundGrid({
  round,
  place,
  method,
  onHousehold,
}: {
  round: Round;
  /** The building or hotel shown: a new one (or day) puts the cursor in its first open cell. */
  place: string;
  method: (typeof CHECK_METHODS)[number];
  onHousehold: (members: RoundRow[]) => void;
}) {
  const { t } = useTranslation();
  const slots = Array.from({ length: round.slotsPerDay }, (_, i) => i);
  const groups = groupByRoom(round.rows);
  const clock = usePostClock();
  const table = useRef<HTMLTableElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the place and the day are the trigger
  useEffect(() => {
    table.current?.querySelector<HTMLInputElement>('input.cell-input:not([data-recheck])')?.focus();
  }, [place, round.day]);
  return (
    <table className="table round-grid" aria-label={t('health.tabs.round')} ref={table}>
      <thead>
        <tr>
          <th>{t('health.room')}</th>
          <th>{t('health.name')}</th>
          <th>{t('health.episodes.progress')}</th>
          {slots.map((s) => (
            <th key={s}>{slotLabel(t, s, round.slotsPerDay)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {groups.map((g) =>
          g.map((row, i) => (
            <tr key={row.episodeId} data-name={row.name} className={i === 0 ? 'room-first' : undefined}>
              {i === 0 && (
                <td rowSpan={g.length} className="room-cell">
                  <div className="nowrap">{row.room}</div>
                  {row.householdId !== null && g.length > 1 && (
                    <button type="button" className="small-btn" onClick={() => onHousehold(g)}>
                      {t('health.round.household')}
                    </button>
                  )}
                </td>
              )}
              <td className="nowrap" title={row.phone}>
                {row.name}
              </td>
              <td className="nowrap muted small">
                {t('health.dayOf', { x: row.dayNo, n: row.days })}
                {row.overdue && <span className="badge bad">{t('health.round.overdue')}</span>}
              </td>
              {slots.map((s) => {
                const cell = row.cells.find((c) => c.slot === s);
                return (
                  <td key={s} className="slot-cell">
                    {cell ? (
                      <RoundCellView
                        cell={cell}
                        name={row.name}
                        slotName={slotLabel(t, s, round.slotsPerDay)}
                        threshold={round.threshold}
                        started={hasStarted(round.day, cell.starts, clock)}
                        method={method}
                      />
                    ) : null}
                  </td>
                );
              })}
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}

/** Rows of the same room (and household) together, in the order the round gives them. */
function groupByRoom(rows: RoundRow[]): RoundRow[][] {
  const out: RoundRow[][] = [];
  for (const r of rows) {
    const last = out.at(-1);
    const head = last?.[0];
    if (last && head && head.room === r.room && head.householdId === r.householdId) last.push(r);
    else out.push([r]);
  }
  return out;
}
