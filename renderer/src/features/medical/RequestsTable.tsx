import { useTranslation } from 'react-i18next';
import { celsius, dayTime, type MedicalRow } from '../health/types';

const URGENCY_TONE = { emergency: 'bad', today: 'warn', routine: 'ok' } as const;

/** The requests, as `medical.list` orders them (urgent and oldest first), each with what was done. */
export function RequestsTable({
  rows,
  total,
  onTriage,
  onClose,
}: {
  rows: MedicalRow[];
  total: number;
  onTriage: (r: MedicalRow) => void;
  onClose: (r: MedicalRow) => void;
}) {
  const { t } = useTranslation();
  const title = t('medical.title');
  if (rows.length === 0) return <p className="muted">{t('medical.none')}</p>;
  return (
    <section className="card" aria-label={title}>
      <h2>
        {title} <span className="badge">{total}</span>
      </h2>
      <table className="table medical-table" aria-label={title}>
        <thead>
          <tr>
            <th>{t('medical.urgency')}</th>
            <th>{t('medical.kind')}</th>
            <th>{t('health.name')}</th>
            <th>{t('health.place')}</th>
            <th>{t('medical.created')}</th>
            <th>{t('medical.state')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-name={r.name}>
              <td>
                <span className={`badge ${URGENCY_TONE[r.urgency]}`}>{t(`medicalUrgency.${r.urgency}`)}</span>
              </td>
              <td>
                <span className="label">{t(`medicalKind.${r.kind}`)}</span>
                {r.temperature !== null && <span className="hot label"> {celsius(t, r.temperature)}</span>}
                <div className="muted small">{t(`medicalSource.${r.source}`)}</div>
              </td>
              <td className="nowrap">
                {r.name}
                <div className="muted small">{r.phone}</div>
              </td>
              <td>
                {r.place}
                {r.note && <div className="muted small">{r.note}</div>}
              </td>
              <td className="nowrap">
                {dayTime(r.createdAt)}
                <div className="muted small">{r.createdByName}</div>
              </td>
              <td>
                <span className="label">{t(`medicalState.${r.state}`)}</span>
                {r.action && <div className="small">{t(`triageAction.${r.action}`)}</div>}
                {r.hotelHandled && (
                  <div className="small">
                    {t('medical.hotelHandled', {
                      action: t(`feverAction.${r.hotelHandled.action}`),
                      by: r.hotelHandled.byName,
                      at: dayTime(r.hotelHandled.at),
                    })}
                  </div>
                )}
                {r.advice && <div className="muted small">{r.advice}</div>}
                {r.outcome && <div className="muted small">{t(`medicalOutcome.${r.outcome}`)}</div>}
                {r.nextRefillOn && (
                  <div className="muted small">
                    {t('medical.nextRefill')} {r.nextRefillOn}
                  </div>
                )}
                {r.followUpOn && (
                  <div className="muted small">
                    {t('medical.followUpOn')} {r.followUpOn}
                  </div>
                )}
              </td>
              <td className="nowrap">
                {r.state !== 'closed' && (
                  <>
                    <button
                      type="button"
                      className={r.state === 'new' ? 'primary' : undefined}
                      onClick={() => onTriage(r)}
                    >
                      {t('medical.triage')}
                    </button>{' '}
                    <button type="button" onClick={() => onClose(r)}>
                      {t('medical.close')}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
