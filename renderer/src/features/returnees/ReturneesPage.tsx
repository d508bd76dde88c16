import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReturneeView } from '../../../../electron/api/returnees/contract';
import { formatInstant } from '../../../../electron/api/shared/dates';
import { useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { CheckPanel } from './CheckPanel';
import { IntakeForm } from './IntakeForm';

type Filter = 'all' | 'undecided' | 'awaiting' | 'in_hotel';

export function ReturneesPage() {
  const { t } = useTranslation();
  const [checked, setChecked] = useState<ReturneeView[] | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const list = useApiQuery('returnees.list', { filter });
  return (
    <div className="returnees">
      <IntakeForm onDone={(r) => setChecked(r.members)} />
      {checked && <CheckPanel key={checked[0]?.groupId} members={checked} />}
      <section className="card">
        <div className="section-head">
          <h2>{t('list.title')}</h2>
          <div className="row">
            {(['all', 'undecided', 'awaiting', 'in_hotel'] as const).map((f) => (
              <button
                key={f}
                type="button"
                className={f === filter ? 'primary' : ''}
                onClick={() => setFilter(f)}
              >
                {f === 'awaiting' ? t('care.awaiting') : t(`list.${f}`)}
              </button>
            ))}
          </div>
        </div>
        <QueryState query={list}>
          {(rows) =>
            rows.length === 0 ? (
              <p className="muted">{t('list.none')}</p>
            ) : (
              <table className="table" aria-label={t('list.title')}>
                <thead>
                  <tr>
                    <th>{t('intake.name')}</th>
                    <th>{t('list.arrived')}</th>
                    <th>{t('list.from')}</th>
                    <th>{t('list.recommendation')}</th>
                    <th>{t('list.outcome')}</th>
                    <th>{t('list.where')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.id}>
                      <td>
                        <a href={`#/returnee/${r.id}`}>{r.name}</a>{' '}
                        <span className="muted">{r.address ?? t('list.notResident')}</span>
                      </td>
                      <td className="nowrap">{formatInstant(r.arrivedAt)}</td>
                      <td>{r.fromPlace}</td>
                      <td>{t(`outcome.${r.recommendation}`)}</td>
                      <td>
                        {r.outcome ? (
                          t(`outcome.${r.outcome}`)
                        ) : (
                          <span className="warn-text">{t('list.undecided')}</span>
                        )}
                      </td>
                      <td>
                        {r.stay ? (
                          `${r.stay.hotel} ${r.stay.room}`
                        ) : r.awaitingPlacement ? (
                          <span className="pill flag">{t('care.awaiting')}</span>
                        ) : (
                          '—'
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </QueryState>
      </section>
    </div>
  );
}
