import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EPISODE_REASONS } from '../../../../db/schema/enums';
import { useApiQuery } from '../../api/hooks';
import { replaceQuery, useRouteQuery } from '../../app/route';
import { QueryState } from '../../components/QueryState';
import { CloseEpisodeDialog } from './CloseEpisodeDialog';
import { OpenEpisodeDialog } from './OpenEpisodeDialog';
import type { Episode } from './types';

const SCOPES = ['open', 'closed', 'all'] as const;
type Scope = (typeof SCOPES)[number];
type Reason = (typeof EPISODE_REASONS)[number];
const PAGE = 100;

/**
 * `#/health/episodes`: who is followed, why, from when to when, "day X of N"; one past its last
 * day and still open is flagged (it never closes or extends by itself). Open one, close one.
 */
export function EpisodesScreen() {
  const { t } = useTranslation();
  const q = useRouteQuery();
  const [scope, setScope] = useState<Scope>(
    (SCOPES as readonly string[]).includes(q.get('scope') ?? '') ? (q.get('scope') as Scope) : 'open',
  );
  const [reason, setReason] = useState<Reason | ''>((q.get('reason') as Reason | null) ?? '');
  const [offset, setOffset] = useState(0);
  const [opening, setOpening] = useState(false);
  const [closing, setClosing] = useState<Episode | null>(null);
  const list = useApiQuery('health.episodes', {
    scope,
    ...(reason ? { reason } : {}),
    offset,
    limit: PAGE,
  });
  const filter = (s: Scope, r: Reason | '') => {
    setScope(s);
    setReason(r);
    setOffset(0);
    replaceQuery({ scope: s, reason: r });
  };
  return (
    <section aria-label={t('health.tabs.episodes')}>
      <div className="filters card">
        <label className="field">
          <span>{t('medical.state')}</span>
          <select value={scope} onChange={(e) => filter(e.target.value as Scope, reason)}>
            {SCOPES.map((s) => (
              <option key={s} value={s}>
                {t(`health.episodes.scope.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('health.episodes.reason')}</span>
          <select value={reason} onChange={(e) => filter(scope, e.target.value as Reason | '')}>
            <option value="">{t('health.all')}</option>
            {EPISODE_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`episodeReason.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="grow" />
        <button type="button" className="primary" onClick={() => setOpening(true)}>
          {t('health.episodes.open')}
        </button>
      </div>
      <QueryState query={list}>
        {(data) =>
          data.rows.length === 0 ? (
            <p className="muted">{t('health.episodes.none')}</p>
          ) : (
            <>
              <table className="table" aria-label={t('health.tabs.episodes')}>
                <thead>
                  <tr>
                    <th>{t('health.name')}</th>
                    <th>{t('health.place')}</th>
                    <th>{t('health.episodes.reason')}</th>
                    <th>{t('health.episodes.period')}</th>
                    <th>{t('health.episodes.progress')}</th>
                    <th className="num">{t('health.episodes.perDay')}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((e) => (
                    <tr key={e.id} data-name={e.name} className={e.overdue ? 'overdue' : undefined}>
                      <td className="nowrap">{e.name}</td>
                      <td>{e.place}</td>
                      <td>{t(`episodeReason.${e.reason}`)}</td>
                      <td className="nowrap">
                        {e.fromDay} – {e.toDay}
                      </td>
                      <td className="nowrap">
                        {e.closedAt ? (
                          <span className="muted">
                            {t('health.episodes.closed')}
                            {e.closeReason && ` · ${t(`episodeClose.${e.closeReason}`)}`}
                          </span>
                        ) : (
                          <>
                            {t('health.dayOf', { x: e.dayNo, n: e.days })}{' '}
                            {e.overdue && <span className="badge bad">{t('health.episodes.overdue')}</span>}
                          </>
                        )}
                      </td>
                      <td className="num">{e.checksPerDay}</td>
                      <td>
                        {!e.closedAt && (
                          <button type="button" onClick={() => setClosing(e)}>
                            {t('health.episodes.close')}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="row pager">
                <span className="muted">{t('health.episodes.total', { count: data.total })}</span>
                <button
                  type="button"
                  disabled={offset === 0}
                  onClick={() => setOffset(Math.max(0, offset - PAGE))}
                >
                  {t('health.episodes.prev')}
                </button>
                <button
                  type="button"
                  disabled={offset + PAGE >= data.total}
                  onClick={() => setOffset(offset + PAGE)}
                >
                  {t('health.episodes.next')}
                </button>
              </div>
            </>
          )
        }
      </QueryState>
      {opening && <OpenEpisodeDialog onDone={() => setOpening(false)} />}
      {closing && <CloseEpisodeDialog episode={closing} onDone={() => setClosing(null)} />}
    </section>
  );
}
