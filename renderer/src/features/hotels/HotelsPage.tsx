import { useTranslation } from 'react-i18next';
import type { HotelOccupancy, RoomRow } from '../../../../electron/api/hotels/contract';
import { printView } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { AwaitingPanel, FeverAlertsPanel, OffClosurePanel } from './CarePanels';
import { GuestActions } from './GuestActions';
import { AddHotelForm, AddRoomsForm } from './HotelSetup';

function Room({ r, guests }: { r: RoomRow; guests: string[] }) {
  const { t } = useTranslation();
  const set = useApiMutation('hotels.setRoom');
  return (
    <div className={`hroom hroom-${r.status}`} data-testid={`hroom-${r.number}`}>
      <div className="hroom-no">
        {r.number}
        <span className="muted small">
          {' '}
          {r.occupants}/{r.beds}
          {r.ventilated && ' ☼'}
          {r.accessible && ' ♿'}
        </span>
      </div>
      <div className="small">{guests.join(t('punct.list')) || t(`roomStatus.${r.status}`)}</div>
      {r.status === 'cleaning' && (
        <button
          type="button"
          className="link no-print"
          onClick={() => set.mutate({ roomId: r.id, status: 'free' })}
        >
          {t('hotels.setFree')}
        </button>
      )}
      {r.status === 'free' && (
        <button
          type="button"
          className="link no-print quiet"
          onClick={() => set.mutate({ roomId: r.id, status: 'out_of_service' })}
        >
          {t('hotels.outOfService')}
        </button>
      )}
      {r.status === 'out_of_service' && (
        <button
          type="button"
          className="link no-print"
          onClick={() => set.mutate({ roomId: r.id, status: 'free' })}
        >
          {t('hotels.reopen')}
        </button>
      )}
    </div>
  );
}

function Hotel({ h, closureEnd }: { h: HotelOccupancy; closureEnd: string | null }) {
  const { t } = useTranslation();
  const notify = useToast();
  const names = new Map<number, string[]>();
  for (const g of h.guests) names.set(g.roomId, [...(names.get(g.roomId) ?? []), g.name]);
  return (
    <section className="card hotel print-area" aria-label={h.name}>
      <div className="section-head">
        <h2>
          {h.name}{' '}
          <span className="muted small">
            {h.address} {h.contact} {h.phone}
          </span>
        </h2>
        <button
          type="button"
          className="no-print"
          onClick={() =>
            void printView(t('hotels.printFile', { hotel: h.name })).catch((e: Error) =>
              notify(e.message, 'error'),
            )
          }
        >
          {t('hotels.print')}
        </button>
      </div>
      <div className="row counts" data-testid="hotel-counts">
        {(['free', 'occupied', 'cleaning', 'out_of_service'] as const).map((s) => (
          <span key={s} className={`pill hroom-${s}`}>
            {t(`roomStatus.${s}`)} {h.counts[s]}
          </span>
        ))}
        <strong>{t('hotels.beds_used', h.beds)}</strong>
      </div>
      <div className="hrooms no-print">
        {h.rooms.map((r) => (
          <Room key={r.id} r={r} guests={names.get(r.id) ?? []} />
        ))}
      </div>
      <AddRoomsForm hotelId={h.id} />
      <h3 className="print-only">{t('hotels.guestList', { hotel: h.name })}</h3>
      <h3 className="no-print">{t('hotels.guests', { count: h.guests.length })}</h3>
      <table className="table guests" aria-label={t('hotels.guests', { count: h.guests.length })}>
        <thead>
          <tr>
            <th>{t('hotels.room')}</th>
            <th>{t('hotels.name_')}</th>
            <th>{t('hotels.phone')}</th>
            <th>{t('hotels.checkIn')}</th>
            <th>{t('hotels.plannedEnd')}</th>
            <th>{t('hotels.temp')}</th>
            <th className="no-print">{t('file.needs')}</th>
            <th className="no-print" />
          </tr>
        </thead>
        <tbody>
          {h.guests.map((g) => (
            <tr key={g.stayId}>
              <td>{g.room}</td>
              <td>
                <a href={`#/returnee/${g.returneeId}`}>{g.name}</a>{' '}
                <span className="muted">{t('hotels.day', { n: g.day })}</span>
              </td>
              <td>{g.phone}</td>
              <td>{g.checkIn}</td>
              <td>
                {g.plannedEnd}
                {g.offClosure && (
                  <span className="pill flag no-print" title={t('care.offClosureMark', { end: closureEnd })}>
                    ≠ {closureEnd}
                  </span>
                )}
              </td>
              <td>{g.lastTemperature ?? '—'}</td>
              <td className="no-print">
                {g.openNeeds > 0 && (
                  <span className="pill flag">{t('hotels.openNeeds', { n: g.openNeeds })}</span>
                )}
                <span className={g.contactedToday ? 'pill ok' : 'pill bad'}>
                  {g.contactedToday ? t('hotels.contacted') : t('hotels.notContacted')}
                </span>
              </td>
              <td className="no-print">
                <GuestActions returneeId={g.returneeId} name={g.name} hotelId={h.id} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function HotelsPage() {
  const { t } = useTranslation();
  const occ = useApiQuery('hotels.occupancy', {});
  return (
    <div className="hotels">
      <QueryState query={occ}>
        {(o) => {
          const offClosure = o.hotels.flatMap((h) => h.guests).filter((g) => g.offClosure);
          return (
            <>
              <FeverAlertsPanel alerts={o.feverAlerts} />
              <AwaitingPanel rows={o.awaiting} />
              <section className="card no-print" data-testid="not-contacted">
                <h3>{t('hotels.notContactedList', { count: o.notContacted.length })}</h3>
                {o.notContacted.length === 0 ? (
                  <p className="muted" data-testid="not-contacted-empty">
                    {o.hotels.some((h) => h.guests.length > 0)
                      ? t('hotels.allContacted')
                      : t('empty.noGuests')}
                  </p>
                ) : (
                  <div className="chips">
                    {o.notContacted.map((g) => (
                      <a key={g.stayId} className="chip" href={`#/returnee/${g.returneeId}`}>
                        {g.name} · {g.hotel} {g.room}
                        {g.phone && ` · ${g.phone}`}
                      </a>
                    ))}
                  </div>
                )}
              </section>
              {o.hotels.length === 0 && <p className="card muted">{t('hotels.empty')}</p>}
              {o.closureEnd && offClosure.length > 0 && (
                <OffClosurePanel
                  key={offClosure.map((g) => `${g.stayId}:${g.plannedEnd}`).join()}
                  guests={offClosure}
                  closureEnd={o.closureEnd}
                />
              )}
              {o.hotels.map((h) => (
                <Hotel key={h.id} h={h} closureEnd={o.closureEnd} />
              ))}
            </>
          );
        }}
      </QueryState>
      <div className="no-print">
        <AddHotelForm />
      </div>
    </div>
  );
}
