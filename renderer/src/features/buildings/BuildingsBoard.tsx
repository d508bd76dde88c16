import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BOARD_PAGE, type BoardBuilding, type RoomCell } from '../../../../electron/api/buildings/contract';
import { useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { TypePicker } from '../../components/TypePicker';
import { AddBuildingForm } from './AddBuildingForm';

/** A large compound shows one building at a time; a small one shows them all. */
const SHOW_ALL_ROOMS_UP_TO = 1500;

function cellClass(c: RoomCell): string {
  if (c.occupancy === 'vacant') return 'room room-vacant';
  if (c.regStatus === 'not_visited')
    return c.occupancy === 'unknown' ? 'room room-unknown' : 'room room-not-visited';
  return `room room-${c.regStatus}`;
}

function Grid({ b }: { b: BoardBuilding }) {
  const { t } = useTranslation();
  const units = [...new Set(b.cells.map((c) => c.unit))];
  const floors = [...new Set(b.cells.map((c) => c.floor))].sort((x, y) => y - x);
  const byPlace = new Map<string, RoomCell[]>();
  for (const c of b.cells)
    byPlace.set(`${c.unit}|${c.floor}`, [...(byPlace.get(`${c.unit}|${c.floor}`) ?? []), c]);
  return (
    <section className="card building" aria-label={b.name}>
      <header className="building-head">
        <h2>{b.name}</h2>
        <span className="muted">{t('board.summary', b)}</span>
      </header>
      <div className="units">
        {units.map((u) => (
          <div key={u} className="unit">
            {u && <div className="unit-name">{u}</div>}
            {floors.map((f) => (
              <div key={f} className="floor-row">
                <span className="floor-label">{f || '—'}</span>
                {(byPlace.get(`${u}|${f}`) ?? []).map((c) => (
                  <a
                    key={c.householdId}
                    href={`#/household/${c.householdId}`}
                    className={cellClass(c)}
                    title={`${b.name} ${u} ${c.room} · ${t(`regStatus.${c.regStatus}`)} · ${t(`occupancy.${c.occupancy}`)}${c.householder ? ` · ${c.householder}` : ''}`}
                    data-testid={`room-${b.name}-${u}${c.room}`}
                  >
                    <span className="room-no">{c.room}</span>
                    <span className="room-meta">
                      {c.residents > 0
                        ? t('board.people', { count: c.residents })
                        : t(`occupancy.${c.occupancy}`)}
                    </span>
                    <span className="room-marks" aria-hidden>
                      {c.elderly > 0 && t('board.elderlyMark')}
                      {c.flagged > 0 && '★'}
                      {c.away > 0 && '↗'}
                    </span>
                  </a>
                ))}
              </div>
            ))}
          </div>
        ))}
      </div>
    </section>
  );
}

function Legend() {
  const { t } = useTranslation();
  const items = [
    ['room-not-visited', t('regStatus.not_visited')],
    ['room-unknown', `${t('regStatus.not_visited')} · ${t('occupancy.unknown')}`],
    ['room-registered', t('regStatus.registered')],
    ['room-verified', t('regStatus.verified')],
    ['room-vacant', t('occupancy.vacant')],
  ];
  return (
    <div className="legend" title={t('board.legend')}>
      {items.map(([cls, label]) => (
        <span key={cls} className="legend-item">
          <span className={`swatch ${cls}`} />
          {label}
        </span>
      ))}
      <span className="legend-item muted">
        {t('board.elderlyMark')} = {t('flags.elderly')} · ★ = {t('flags.chronicIllness')}/
        {t('flags.pregnant')}… · ↗ = {t('presence.away')}
      </span>
    </div>
  );
}

/** Earlier and later pages of the whole board (a district has hundreds of buildings). */
function Pager({
  cursor,
  shown,
  total,
  next,
  go,
}: {
  cursor: number;
  shown: number;
  total: number;
  next: number | null;
  go: (c: number) => void;
}) {
  const { t } = useTranslation();
  if (cursor === 0 && next === null) return null;
  return (
    <nav className="board-pager" aria-label={t('board.pages')}>
      <button type="button" disabled={cursor === 0} onClick={() => go(Math.max(0, cursor - BOARD_PAGE))}>
        {t('board.previous')}
      </button>
      <span className="muted" data-testid="board-page">
        {t('board.page', { from: cursor + 1, to: cursor + shown, total })}
      </span>
      <button type="button" disabled={next === null} onClick={() => next !== null && go(next)}>
        {t('board.next')}
      </button>
    </nav>
  );
}

export function BuildingsBoard() {
  const { t } = useTranslation();
  const list = useApiQuery('buildings.list', {});
  const [picked, setPicked] = useState<number | null>(null);
  const [cursor, setCursor] = useState(0);
  const pickId = useId();
  const many = (list.data ?? []).reduce((a, b) => a + b.rooms, 0) > SHOW_ALL_ROOMS_UP_TO;
  const selected = many ? (picked ?? list.data?.[0]?.id) : undefined;
  // A district's buildings are picked by typing part of a name, not from a 758-line drop-down.
  const items = useMemo(
    () =>
      (list.data ?? []).map((b) => ({
        id: b.id,
        name: b.name,
        hint: `${t('regStatus.not_visited')} ${b.notVisited}`,
      })),
    [list.data, t],
  );
  const board = useApiQuery('buildings.board', selected ? { buildingId: selected } : { cursor }, {
    enabled: list.isSuccess,
  });
  return (
    <div className="board">
      <div className="board-tools">
        <Legend />
        <AddBuildingForm />
      </div>
      {many && list.data && (
        <div className="field inline">
          <label htmlFor={pickId}>{t('board.pick')}</label>
          <TypePicker
            label={t('board.pick')}
            inputId={pickId}
            items={items}
            value={selected}
            onPick={setPicked}
          />
        </div>
      )}
      {list.data?.length === 0 && <p className="card muted">{t('board.empty')}</p>}
      <QueryState query={board}>
        {(page) => (
          <>
            {!selected && (
              <Pager
                cursor={cursor}
                shown={page.buildings.length}
                total={page.total}
                next={page.next}
                go={setCursor}
              />
            )}
            <div className="buildings-grid">
              {page.buildings.map((b) => (
                <Grid key={b.id} b={b} />
              ))}
            </div>
          </>
        )}
      </QueryState>
    </div>
  );
}
