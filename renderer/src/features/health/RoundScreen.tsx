import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECK_METHODS } from '../../../../db/schema/enums';
import { useApiQuery } from '../../api/hooks';
import { go, useRouteQuery, withQuery } from '../../app/route';
import { QueryState } from '../../components/QueryState';
import { type PickItem, TypePicker } from '../../components/TypePicker';
import { HouseholdDialog } from './HouseholdDialog';
import { MakeSlots } from './MakeSlots';
import { RoundGrid } from './RoundGrid';
import type { RoundRow } from './types';

type Method = (typeof CHECK_METHODS)[number];

/**
 * `#/health/round?building=ID&day=D` (or `hotel=ID`): the round's grid for one building or hotel
 * and a day, keyboard-first, with the completion (done of due) always in sight.
 */
export function RoundScreen() {
  const { t } = useTranslation();
  const q = useRouteQuery();
  const building = Number(q.get('building')) || undefined;
  const hotel = Number(q.get('hotel')) || undefined;
  const day = q.get('day') ?? '';
  const [method, setMethod] = useState<Method>('forehead');
  const [household, setHousehold] = useState<RoundRow[] | null>(null);
  const pickerId = useId();
  const buildings = useApiQuery('buildings.list', {});
  const places = useApiQuery('health.alerts', { limit: 1, ...(day ? { day } : {}) });
  const board = useApiQuery('hotels.occupancy', {});
  // Every hotel with guests now (their slots may not be made yet), and any with slots on the day.
  const hotels = [
    ...new Map(
      [
        ...(board.data?.hotels ?? []).filter((h) => h.guests.length > 0),
        ...(places.data?.completion ?? []).filter((c) => c.kind === 'hotel'),
      ].map((h) => [h.id, { id: h.id, name: h.name }]),
    ).values(),
  ].sort((a, b) => a.id - b.id);
  const round = useApiQuery(
    'health.round',
    { buildingId: building, hotelId: hotel, ...(day ? { day } : {}) },
    { enabled: !!(building || hotel), refetchInterval: 60_000 },
  );
  // One typed picker for both (a district has 758 buildings): a hotel's line carries its id negated.
  const picks: PickItem[] = [
    ...(buildings.data ?? []).map((b) => ({ id: b.id, name: b.name })),
    ...hotels.map((h) => ({ id: -h.id, name: h.name, hint: t('health.duty.kind.hotel') })),
  ];
  const picked = building ?? (hotel ? -hotel : undefined);
  const place = building ? `building:${building}` : hotel ? `hotel:${hotel}` : '';
  const move = (next: { pick?: number; day?: string }) => {
    const id = next.pick ?? picked ?? 0;
    go(
      withQuery('health/round', {
        [id < 0 ? 'hotel' : 'building']: id ? String(Math.abs(id)) : '',
        day: next.day ?? day,
      }),
    );
  };
  return (
    <section aria-label={t('health.tabs.round')} className="round-screen">
      <div className="filters card round-bar">
        <label className="field" htmlFor={pickerId}>
          <span>{t('health.round.pick')}</span>
          <TypePicker
            inputId={pickerId}
            label={t('health.round.pick')}
            items={picks}
            value={picked}
            onPick={(id) => move({ pick: id })}
          />
        </label>
        <label className="field">
          <span>{t('health.day')}</span>
          <input
            type="date"
            value={day || round.data?.day || ''}
            onChange={(e) => move({ day: e.target.value })}
            aria-label={t('health.day')}
          />
        </label>
        <label className="field">
          <span>{t('health.round.method')}</span>
          <select value={method} onChange={(e) => setMethod(e.target.value as Method)}>
            {CHECK_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`checkMethod.${m}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="grow" />
        {round.data && (
          <div
            className="round-completion"
            role="status"
            aria-label={t('health.round.completion', round.data.completion)}
          >
            <strong>{t('health.round.completion', round.data.completion)}</strong>
            <div className="meter">
              <span
                style={{
                  width: `${round.data.completion.due ? Math.round((round.data.completion.done / round.data.completion.due) * 100) : 100}%`,
                }}
              />
            </div>
            <span className="muted small">
              {t('health.round.threshold', { t: round.data.threshold.toFixed(1) })}
            </span>
          </div>
        )}
      </div>
      {!place ? (
        <p className="muted">{t('health.round.pickFirst')}</p>
      ) : (
        <QueryState query={round}>
          {(r) => (
            <>
              {!r.slotsMade && <MakeSlots day={r.day} />}
              <p className="muted small">{t('health.round.keys')}</p>
              {r.rows.length === 0 ? (
                <p className="muted">{t('health.round.nobody')}</p>
              ) : (
                <RoundGrid round={r} place={place} method={method} onHousehold={setHousehold} />
              )}
              {household && (
                <HouseholdDialog
                  members={household}
                  day={r.day}
                  perDay={r.slotsPerDay}
                  method={method}
                  onDone={() => setHousehold(null)}
                />
              )}
            </>
          )}
        </QueryState>
      )}
    </section>
  );
}
