import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CellEntry } from './RoundCell';
import { type Alerts, celsius, dayTime, type FeverAlert, hhmm, slotLabel } from './types';

/** Fever alerts: a second high reading, until the doctor acts (the triage clears it). */
export function FeverList({ rows, onAct }: { rows: FeverAlert[]; onAct: (a: FeverAlert) => void }) {
  const { t } = useTranslation();
  const title = t('health.duty.fevers');
  return (
    <section className={rows.length ? 'card duty-fevers alarm' : 'card duty-fevers'} aria-label={title}>
      <h2>
        {title} <span className={rows.length ? 'badge bad' : 'badge ok'}>{rows.length}</span>
      </h2>
      {rows.length === 0 ? (
        <p className="muted">{t('health.duty.noFevers')}</p>
      ) : (
        <table className="table" aria-label={title}>
          <tbody>
            {rows.map((a) => (
              <tr key={a.checkId} data-name={a.name}>
                <td className="nowrap">
                  <strong>{a.name}</strong>
                </td>
                <td>{a.place}</td>
                <td className="nowrap">{a.phone}</td>
                <td className="hot">
                  {a.firstTemperature !== null
                    ? t('health.duty.firstThenRecheck', {
                        first: a.firstTemperature.toFixed(1),
                        t: a.temperature.toFixed(1),
                      })
                    : celsius(t, a.temperature)}
                </td>
                <td className="nowrap">
                  {hhmm(a.at)} · {t('health.duty.waiting')} {t('health.minutes', { count: a.waitingMinutes })}
                </td>
                <td>
                  <button type="button" className="primary" onClick={() => onAct(a)}>
                    {t('health.duty.act')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** A reading at or above the threshold: recheck after a rest, entered here or in the round. */
export function RecheckList({ rows }: { rows: Alerts['rechecks'] }) {
  const { t } = useTranslation();
  const title = t('health.duty.rechecks');
  return (
    <section className="card" aria-label={title}>
      <h2>
        {title} <span className={rows.length ? 'badge warn' : 'badge ok'}>{rows.length}</span>
      </h2>
      {rows.length === 0 ? (
        <p className="muted">{t('health.duty.noRechecks')}</p>
      ) : (
        <table className="table" aria-label={title}>
          <tbody>
            {rows.map((a) => (
              <tr key={a.checkId} data-name={a.name}>
                <td className="nowrap">{a.name}</td>
                <td>{a.place}</td>
                <td className="nowrap">{a.phone}</td>
                <td className="hot">{celsius(t, a.temperature)}</td>
                <td className="nowrap">
                  {hhmm(a.at)} · {t('health.duty.waiting')} {t('health.minutes', { count: a.waitingMinutes })}
                </td>
                <td>
                  <CellEntry
                    slotId={a.slotId}
                    slot={0}
                    recheck
                    method="forehead"
                    label={t('health.round.recheckOf', { name: a.name })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** How many rows a duty list shows before "view all". */
export const DUTY_SHOWN = 8;

/**
 * A duty list: the first rows, then "view all (N)" opening every row (asking the server for all of
 * them, `onAll`, when it sent fewer than the total); only past the server's cap a line says how
 * many are left out. The badge's count and the list opened agree.
 */
function CappedList<R>({
  label,
  rows,
  total,
  onAll,
  item,
}: {
  label: string;
  rows: R[];
  total: number;
  onAll: () => void;
  item: (r: R) => ReactNode;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const shown = open ? rows : rows.slice(0, DUTY_SHOWN);
  return (
    <>
      <ul className={open ? 'plain-list open' : 'plain-list'} aria-label={label}>
        {shown.map(item)}
        {open && total > rows.length && (
          <li className="muted">{t('health.more', { count: total - rows.length })}</li>
        )}
      </ul>
      {total > DUTY_SHOWN && (
        <button
          type="button"
          className="link duty-all"
          aria-expanded={open}
          onClick={() => {
            if (!open) onAll();
            setOpen(!open);
          }}
        >
          {open ? t('health.duty.fewer') : t('health.duty.all', { count: total })}
        </button>
      )}
    </>
  );
}

/** Due and not taken, then not seen for two slots or more; each a capped list with its whole total. */
export function DueLists({ a, onAll }: { a: Alerts; onAll: () => void }) {
  const { t } = useTranslation();
  const dueTitle = t('health.duty.due');
  const lostTitle = t('health.duty.notSeen');
  return (
    <div className="grid-2 duty-due">
      <section className="card" aria-label={dueTitle}>
        <h2>
          {dueTitle} <span className={a.due.total ? 'badge warn' : 'badge ok'}>{a.due.total}</span>
        </h2>
        {a.due.total === 0 ? (
          <p className="muted">{t('health.duty.noDue')}</p>
        ) : (
          <CappedList
            label={dueTitle}
            rows={a.due.rows}
            total={a.due.total}
            onAll={onAll}
            item={(r) => (
              <li key={r.slotId}>
                {r.name} <span className="muted">{r.place}</span>{' '}
                <span className={r.missed ? 'badge warn' : 'badge'}>
                  {slotLabel(t, r.slot, r.perDay)}
                  {r.missed && ` · ${t('slotState.missed')}`}
                </span>{' '}
                <span className="muted small">{r.phone}</span>
              </li>
            )}
          />
        )}
      </section>
      <section className="card" aria-label={lostTitle}>
        <h2>
          {lostTitle} <span className={a.notSeen.total ? 'badge bad' : 'badge ok'}>{a.notSeen.total}</span>
        </h2>
        {a.notSeen.total === 0 ? (
          <p className="muted">{t('health.duty.noNotSeen')}</p>
        ) : (
          <CappedList
            label={lostTitle}
            rows={a.notSeen.rows}
            total={a.notSeen.total}
            onAll={onAll}
            item={(r) => (
              <li key={r.episodeId}>
                {r.name} <span className="muted">{r.place}</span>{' '}
                <span className="badge bad">{t('health.duty.missed', { count: r.slotsMissed })}</span>{' '}
                <span className="muted small">
                  {r.lastSeenAt
                    ? `${t('health.duty.lastSeen')} ${dayTime(r.lastSeenAt)}`
                    : t('health.duty.never')}
                </span>
              </li>
            )}
          />
        )}
      </section>
    </div>
  );
}
