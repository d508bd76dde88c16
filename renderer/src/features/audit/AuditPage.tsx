import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '../../../../electron/api/contract';
import { formatInstant } from '../../../../electron/api/shared/dates';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { wordReason } from '../../i18n/words';

type Filters = { operatorId?: number; area?: string; from?: string; to?: string };

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<Filters>({});
  const operators = useApiQuery('team.list', {});
  const areas = useApiQuery('audit.areas', {});
  const list = useInfiniteQuery({
    queryKey: ['audit', 'audit.list', filters],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      call('audit.list', { ...filters, beforeId: pageParam, limit: 100 } satisfies In<'audit.list'>),
    getNextPageParam: (last) => last.nextBeforeId ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;
  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));
  const areaLabel = (a: string) => (i18n.exists(`areas.${a}`) ? t(`areas.${a}`) : a);

  return (
    <div className="audit">
      <div className="filters card">
        <label className="field">
          <span>{t('audit.operator')}</span>
          <select
            value={filters.operatorId ?? ''}
            onChange={(e) => set({ operatorId: e.target.value ? Number(e.target.value) : undefined })}
          >
            <option value="">{t('audit.all')}</option>
            {operators.data?.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('audit.area')}</span>
          <select value={filters.area ?? ''} onChange={(e) => set({ area: e.target.value || undefined })}>
            <option value="">{t('audit.all')}</option>
            {areas.data?.map((a) => (
              <option key={a} value={a}>
                {areaLabel(a)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('audit.from')}</span>
          <input
            type="date"
            value={filters.from ?? ''}
            onChange={(e) => set({ from: e.target.value || undefined })}
          />
        </label>
        <label className="field">
          <span>{t('audit.to')}</span>
          <input
            type="date"
            value={filters.to ?? ''}
            onChange={(e) => set({ to: e.target.value || undefined })}
          />
        </label>
        <button type="button" onClick={() => setFilters({})}>
          {t('audit.clear')}
        </button>
        <span className="muted" data-testid="audit-count">
          {t('audit.count', { count: total })}
        </span>
      </div>
      {list.isError && (
        <div className="error-box" role="alert">
          {list.error.message}
        </div>
      )}
      <table className="table">
        <thead>
          <tr>
            <th style={{ width: 150 }}>{t('audit.time')}</th>
            <th style={{ width: 110 }}>{t('audit.operator')}</th>
            <th style={{ width: 110 }}>{t('audit.area')}</th>
            <th>{t('audit.summary')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td className="nowrap">{formatInstant(r.at)}</td>
              <td>{r.operatorName}</td>
              <td>{areaLabel(r.area)}</td>
              <td className="summary">
                {r.summaryCode
                  ? wordReason({ code: r.summaryCode, params: r.summaryParams ?? undefined })
                  : r.summary}
              </td>
            </tr>
          ))}
          {list.isSuccess && rows.length === 0 && (
            <tr>
              <td colSpan={4} className="muted">
                {t('audit.empty')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {list.hasNextPage && (
        <button type="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          {t('audit.more')}
        </button>
      )}
    </div>
  );
}
