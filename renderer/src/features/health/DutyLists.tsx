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

/** Due and not taken, then not seen for two slots or more; each a capped list with its whole total. */
export function DueLists({ a }: { a: Alerts }) {
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
          <ul className="plain-list" aria-label={dueTitle}>
            {a.due.rows.map((r) => (
              <li key={r.slotId}>
                {r.name} <span className="muted">{r.place}</span>{' '}
                <span className={r.missed ? 'badge warn' : 'badge'}>
                  {slotLabel(t, r.slot, r.perDay)}
                  {r.missed && ` · ${t('slotState.missed')}`}
                </span>{' '}
                <span className="muted small">{r.phone}</span>
              </li>
            ))}
            {a.due.total > a.due.rows.length && (
              <li className="muted">{t('health.more', { count: a.due.total - a.due.rows.length })}</li>
            )}
          </ul>
        )}
      </section>
      <section className="card" aria-label={lostTitle}>
        <h2>
          {lostTitle} <span className={a.notSeen.total ? 'badge bad' : 'badge ok'}>{a.notSeen.total}</span>
        </h2>
        {a.notSeen.total === 0 ? (
          <p className="muted">{t('health.duty.noNotSeen')}</p>
        ) : (
          <ul className="plain-list" aria-label={lostTitle}>
            {a.notSeen.rows.map((r) => (
              <li key={r.episodeId}>
                {r.name} <span className="muted">{r.place}</span>{' '}
                <span className="badge bad">{t('health.duty.missed', { count: r.slotsMissed })}</span>{' '}
                <span className="muted small">
                  {r.lastSeenAt
                    ? `${t('health.duty.lastSeen')} ${dayTime(r.lastSeenAt)}`
                    : t('health.duty.never')}
                </span>
              </li>
            ))}
            {a.notSeen.total > a.notSeen.rows.length && (
              <li className="muted">
                {t('health.more', { count: a.notSeen.total - a.notSeen.rows.length })}
              </li>
            )}
          </ul>
        )}
      </section>
    </div>
  );
}
