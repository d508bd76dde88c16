import { zodResolver } from '@hookform/resolvers/zod';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { AuditQuery } from '../../../../electron/api/audit/contract';
import { formatInstant } from '../../../../electron/api/shared/dates';
import { label } from '../../../../electron/api/shared/labels';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { worded } from '../../components/form';
import { VirtualRows } from '../../components/VirtualRows';
import { currentLang, wordStored, wordWho } from '../../i18n/words';

type FilterForm = z.input<typeof AuditQuery>;
type Filters = z.output<typeof AuditQuery>;
const orUndefined = (v: unknown) => (v === '' || v === undefined || v === null ? undefined : v);
const idOrUndefined = (v: unknown) => (orUndefined(v) === undefined ? undefined : Number(v));
/**
 * Past this many rows "load more" (100 a page) would take hundreds of clicks to reach the oldest:
 * the screen says to narrow by date, area or operator instead. Rows loaded page after page are
 * drawn only where in sight (`VirtualRows`), so the hundredth page draws as quickly as the first.
 */
const NARROW_ABOVE = 5_000;

export function AuditPage() {
  const { t } = useTranslation();
  // The filters are audit.list's own input: each change is checked by its schema and, when it
  // passes, queried at once (no submit button); a bad value stays beside its field.
  const { register, handleSubmit, reset, formState } = useForm<FilterForm, unknown, Filters>({
    resolver: worded(zodResolver(AuditQuery)),
    defaultValues: {},
  });
  const [filters, setFilters] = useState<Filters>(() => AuditQuery.parse({}));
  const apply = handleSubmit((v) => setFilters(v));
  const operators = useApiQuery('team.list', {});
  const areas = useApiQuery('audit.areas', {});
  const list = useInfiniteQuery({
    queryKey: ['audit', 'audit.list', filters],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) => call('audit.list', { ...filters, beforeId: pageParam }),
    getNextPageParam: (last) => last.nextBeforeId ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;
  const areaLabel = (a: string) => label(currentLang(), 'area', a);
  const e = formState.errors;
  const err = (m: string | undefined) => m && <em className="field-error">{m}</em>;

  return (
    <div className="audit">
      <form
        className="filters card"
        onChange={() => void apply()}
        onSubmit={(ev) => void apply(ev)}
        noValidate
      >
        <label className="field">
          <span>{t('audit.operator')}</span>
          <select {...register('operatorId', { setValueAs: idOrUndefined })}>
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
          <select {...register('area', { setValueAs: orUndefined })}>
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
          <input type="date" {...register('from', { setValueAs: orUndefined })} aria-invalid={!!e.from} />
          {err(e.from?.message)}
        </label>
        <label className="field">
          <span>{t('audit.to')}</span>
          <input type="date" {...register('to', { setValueAs: orUndefined })} aria-invalid={!!e.to} />
          {err(e.to?.message)}
        </label>
        <button
          type="button"
          onClick={() => {
            reset();
            setFilters(AuditQuery.parse({}));
          }}
        >
          {t('audit.clear')}
        </button>
        <span className="muted" data-testid="audit-count">
          {t('audit.count', { count: total })}
        </span>
        {total > NARROW_ABOVE && (
          <span className="muted small" data-testid="audit-narrow">
            {t('audit.narrow')}
          </span>
        )}
      </form>
      {list.isError && (
        <div className="error-box" role="alert">
          {list.error.message}
        </div>
      )}
      <table className="table" aria-rowcount={rows.length ? Math.max(total, rows.length) + 1 : undefined}>
        <thead>
          <tr aria-rowindex={1}>
            <th style={{ width: 150 }}>{t('audit.time')}</th>
            <th style={{ width: 110 }}>{t('audit.operator')}</th>
            <th style={{ width: 110 }}>{t('audit.area')}</th>
            <th>{t('audit.summary')}</th>
          </tr>
        </thead>
        <VirtualRows
          items={rows}
          columns={4}
          estimate={37}
          row={(r, props) => (
            <tr key={r.id} {...props}>
              <td className="nowrap">{formatInstant(r.at)}</td>
              <td>{wordWho(r.operatorName, 'noOperator')}</td>
              <td>{areaLabel(r.area)}</td>
              <td className="summary">{wordStored(r)}</td>
            </tr>
          )}
          empty={
            list.isSuccess && (
              <tr>
                <td colSpan={4} className="muted">
                  {t('audit.empty')}
                </td>
              </tr>
            )
          }
        />
      </table>
      {list.hasNextPage && (
        <p className="row">
          <span className="muted small" data-testid="audit-shown">
            {t('audit.shown', { count: rows.length })}
          </span>
          <button type="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
            {t('audit.more')}
          </button>
        </p>
      )}
    </div>
  );
}
