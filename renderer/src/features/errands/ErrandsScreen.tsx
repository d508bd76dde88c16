import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ERRAND_KINDS, ERRAND_STATES } from '../../../../db/schema/enums';
import { isOpen } from '../../../../electron/api/errands/rules';
import { formatInstant } from '../../../../electron/api/shared/dates';
import { useApiQuery } from '../../api/hooks';
import { replaceQuery, useRouteQuery } from '../../app/route';
import { QueryState } from '../../components/QueryState';
import { TypePicker } from '../../components/TypePicker';
import { RequestForm } from './RequestForm';
import { ageText, errandNo, yuan } from './words';

const PAGE = 25;
const KEYS = ['scope', 'building', 'runner', 'state', 'kind', 'page'] as const;
type Key = (typeof KEYS)[number];
const SCOPES = ['open', 'stale', 'all'] as const;
type Scope = (typeof SCOPES)[number];
const LEVELS = ['fresh', 'aging', 'stale'] as const;
const oneOf = <T extends string>(keys: readonly T[], v: string): T | undefined =>
  (keys as readonly string[]).includes(v) ? (v as T) : undefined;

/**
 * `#/errands?scope=stale&building=3…`: the request form, then the errands oldest in their state
 * first, each age coloured by the list's limits, with the counts by colour over the whole filter.
 * The filters live in the address, so the overview's tile opens the stale ones.
 */
export function ErrandsScreen() {
  const { t } = useTranslation();
  const q = useRouteQuery();
  const [f, setF] = useState<Record<Key, string>>(
    () => Object.fromEntries(KEYS.map((k) => [k, q.get(k) ?? ''])) as Record<Key, string>,
  );
  const set = (k: Key, v: string) => {
    const next = { ...f, [k]: v, ...(k === 'page' ? {} : { page: '' }) };
    setF(next);
    replaceQuery(next);
  };
  const page = Math.max(0, Number(f.page || 1) - 1);
  const input = {
    scope: oneOf(SCOPES, f.scope) ?? ('open' as Scope),
    ...(f.building ? { buildingId: Number(f.building) } : {}),
    ...(f.runner ? { runnerId: Number(f.runner) } : {}),
    ...(oneOf(ERRAND_STATES, f.state) ? { state: oneOf(ERRAND_STATES, f.state) } : {}),
    ...(oneOf(ERRAND_KINDS, f.kind) ? { kind: oneOf(ERRAND_KINDS, f.kind) } : {}),
    offset: page * PAGE,
    limit: PAGE,
  };
  const list = useApiQuery('errands.list', input);
  const buildings = useApiQuery('buildings.list', {});
  const runners = useApiQuery('errands.runners', {});
  const buildingPicker = useId();
  const select = (k: Key, label: string, options: { value: string; text: string }[], all = true) => (
    <label className="field">
      <span>{label}</span>
      <select value={f[k]} onChange={(e) => set(k, e.target.value)} aria-label={label}>
        {all && <option value="">{t('errands.all')}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="errands-screen">
      <RequestForm />
      <section className="card" aria-label={t('errands.listTitle')}>
        <div className="filters">
          {select(
            'scope',
            t('errands.scope'),
            SCOPES.map((s) => ({ value: s === 'open' ? '' : s, text: t(`errands.scopes.${s}`) })),
            false,
          )}
          {/* Typed, not a drop-down: a district has hundreds of buildings. Empty is every building. */}
          <label className="field" htmlFor={buildingPicker}>
            <span>{t('errands.building')}</span>
            <TypePicker
              inputId={buildingPicker}
              label={t('errands.building')}
              placeholder={t('errands.allBuildings')}
              items={buildings.data ?? []}
              value={f.building ? Number(f.building) : undefined}
              onPick={(id) => set('building', String(id))}
            />
          </label>
          {f.building && (
            <button type="button" className="link" onClick={() => set('building', '')}>
              {t('errands.allBuildings')}
            </button>
          )}
          {select(
            'runner',
            t('errands.runner'),
            (runners.data?.runners ?? []).map((m) => ({ value: String(m.id), text: m.name })),
          )}
          {select(
            'state',
            t('errands.state'),
            ERRAND_STATES.map((s) => ({ value: s, text: t(`errandState.${s}`) })),
          )}
          {select(
            'kind',
            t('errands.kind'),
            ERRAND_KINDS.map((k) => ({ value: k, text: t(`errandKind.${k}`) })),
          )}
        </div>
        <QueryState query={list}>
          {(l) => {
            const pages = Math.max(1, Math.ceil(l.total / PAGE));
            return (
              <>
                <div className="errand-counts">
                  <span className="muted">{t('errands.counts')}</span>
                  {LEVELS.map((level) =>
                    level === 'stale' ? (
                      <button
                        key={level}
                        type="button"
                        className={`age-chip age-${level}`}
                        data-testid={`errand-count-${level}`}
                        onClick={() => set('scope', 'stale')}
                      >
                        {t(`errandAge.${level}`)} <strong>{l.counts[level]}</strong>
                      </button>
                    ) : (
                      <span
                        key={level}
                        className={`age-chip age-${level}`}
                        data-testid={`errand-count-${level}`}
                      >
                        {t(`errandAge.${level}`)} <strong>{l.counts[level]}</strong>
                      </span>
                    ),
                  )}
                  <span className="muted small">
                    {t('errands.limits', { aging: l.limits.agingMinutes, stale: l.limits.staleMinutes })}
                  </span>
                </div>
                {l.rows.length === 0 ? (
                  <p className="muted">{t('errands.none')}</p>
                ) : (
                  <table className="table errand-list" aria-label={t('errands.listTitle')}>
                    <thead>
                      <tr>
                        <th>{t('errands.no')}</th>
                        <th>{t('errands.household')}</th>
                        <th>{t('errands.needs')}</th>
                        <th>{t('errands.state')}</th>
                        <th>{t('errands.runner')}</th>
                        <th>{t('errands.age')}</th>
                        <th>{t('errands.budgetShort')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {l.rows.map((r) => (
                        <tr
                          key={r.id}
                          data-level={r.staleLevel}
                          className={r.medicineOpen ? 'medicine' : undefined}
                        >
                          <td className="nowrap">
                            <a href={`#/errands/${r.id}`}>{errandNo(r.no)}</a>
                          </td>
                          <td className="nowrap">
                            {r.building} {r.room}
                            <div className="muted small">{r.householdHead}</div>
                          </td>
                          <td>
                            {r.medicineOpen && (
                              <span className="badge bad" title={t('errands.medicineFlag')}>
                                {t('errands.medicine')}
                              </span>
                            )}{' '}
                            {r.summary}
                            <div className="muted small">
                              {t(`errandKind.${r.kind}`)} · {t(`errandUrgency.${r.urgency}`)}
                            </div>
                          </td>
                          <td className="nowrap">{t(`errandState.${r.state}`)}</td>
                          <td className="nowrap">
                            {r.runnerId !== null ? (
                              r.runnerName
                            ) : (
                              <span className="muted">{t('errands.unassigned')}</span>
                            )}
                          </td>
                          <td className="nowrap">
                            <span
                              className={isOpen(r.state) ? `age-chip age-${r.staleLevel}` : 'age-chip'}
                              title={t('errands.since', {
                                state: t(`errandState.${r.state}`),
                                at: formatInstant(r.stateSince),
                              })}
                            >
                              {ageText(t, r.ageMinutes)}
                            </span>
                          </td>
                          <td className="num">{yuan(r.budgetFen)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
                <div className="actions pager">
                  <span>{t('errands.total', { count: l.total })}</span>
                  <button type="button" disabled={page === 0} onClick={() => set('page', String(page))}>
                    {t('errands.prev')}
                  </button>
                  <span>{t('errands.page', { page: page + 1, pages })}</span>
                  <button
                    type="button"
                    disabled={page + 1 >= pages}
                    onClick={() => set('page', String(page + 2))}
                  >
                    {t('errands.next')}
                  </button>
                </div>
              </>
            );
          }}
        </QueryState>
      </section>
    </div>
  );
}
